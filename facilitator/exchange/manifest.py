"""The manifest of a kit or bundle: what it is, whose it is, and the SHA-256 of every member."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from facilitator.exchange import keys
from facilitator.exchange.archive import (
    MAX_KIT_SECRETS,
    MAX_MANIFEST,
    MAX_SIGNATURE,
    dump_json,
    load_small_json,
    open_archive,
    write_archive,
)
from facilitator.exchange.codec import ID, TABLES, member_name
from facilitator.exchange.errors import bad_member, problem, refuse
from facilitator.exchange.sealing import SEALED
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError
from facilitator.store.migrations import SCHEMA_VERSION

FORMAT_VERSION = 1
BUNDLE, KIT = "facilitator-bundle", "facilitator-kit"
MANIFEST, SIGNATURE, KIT_SECRETS = "manifest.json", "signature", "kit.json"
RECORD_MEMBERS = frozenset(member_name(t) for t in TABLES)
ALLOWED = {
    BUNDLE: RECORD_MEMBERS | {MANIFEST, SIGNATURE},
    KIT: RECORD_MEMBERS | {MANIFEST, KIT_SECRETS, SEALED},
}
# What a passphrase-protected kit's sealed member holds: every member but the manifest.
SEALED_MEMBERS = frozenset(RECORD_MEMBERS | {KIT_SECRETS})
# Every manifest holds these, with these types; kinds add their own below.
_COMMON: dict[str, type | tuple[type, ...]] = {
    "format": str,
    "format_version": int,
    "schema_version": int,
    "session": str,
    "platform": str,
    "platform_number": int,
    "created_at": str,
    "rows": dict,
    "members": dict,
}
_BUNDLE_ONLY: dict[str, type | tuple[type, ...]] = {"device": str, "sequence": int, "key": str}


@dataclass(frozen=True)
class Package:
    """A kit or bundle read and checked against its manifest (signature not yet checked)."""

    file: str
    manifest: dict[str, Any]
    manifest_bytes: bytes
    members: dict[str, bytes]
    signature: bytes | None

    @property
    def schema(self) -> int:
        """The schema version of the file it was written from (its members' columns)."""
        return int(self.manifest["schema_version"])

    @property
    def digest(self) -> str:
        """The bundle's identity: the hash of its manifest, which hashes every member."""
        return hashlib.sha256(self.manifest_bytes).hexdigest()


def pack(header: dict[str, Any], members: dict[str, bytes], private_key: str | None) -> bytes:
    """An archive of the members with their manifest, signed when a key is given."""
    manifest = {
        **versioned(header),
        "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    manifest_bytes = dump_json(manifest)
    out = {MANIFEST: manifest_bytes, **members}
    if private_key is not None:
        out[SIGNATURE] = keys.sign(private_key, manifest_bytes)
    return write_archive(out)


def versioned(header: dict[str, Any]) -> dict[str, Any]:
    """The header as the manifest holds it: with the format and schema versions."""
    return {**header, "format_version": FORMAT_VERSION, "schema_version": SCHEMA_VERSION}


def header_bytes(manifest: dict[str, Any]) -> bytes:
    """The manifest without its members' hashes, canonical: what a sealed kit authenticates."""
    return dump_json({key: value for key, value in manifest.items() if key != "members"})


# Called with the raw manifest bytes and the signature (None when unsigned) before either is
# parsed or any other member read; raises the refusal when they are not to be trusted.
Trust = Callable[[bytes, bytes | None], None]


def unpack(data: bytes, kind: str, file: str, trust: Trust | None = None) -> Package:
    """Read an archive of the given kind; refuses anything not exactly as its manifest says.

    The order bounds what a hostile file can cost: the archive's directory (names, sizes), then
    the manifest and signature (small, size-limited) and `trust` over their raw bytes, then the
    manifest parsed under limits of depth, count and length, then the other members.
    """
    archive = open_archive(data, frozenset(ALLOWED[kind] | ALLOWED[BUNDLE] | ALLOWED[KIT]), file)
    if MANIFEST not in archive.names:
        raise _missing(file, MANIFEST)
    manifest_bytes = archive.read(MANIFEST, MAX_MANIFEST)
    signature = archive.read(SIGNATURE, MAX_SIGNATURE) if SIGNATURE in archive.names else None
    if trust is not None:
        trust(manifest_bytes, signature)
    manifest = read_manifest(manifest_bytes, kind, file)
    members = {
        name: archive.read(name, MAX_KIT_SECRETS if name == KIT_SECRETS else None)
        for name in archive.names
        if name not in (MANIFEST, SIGNATURE)
    }
    _check_members(manifest, members, kind, file)
    return Package(file, manifest, manifest_bytes, members, signature)


def read_manifest(manifest_bytes: bytes, kind: str, file: str) -> dict[str, Any]:
    """The manifest parsed under limits and checked key by key."""
    manifest = load_small_json(manifest_bytes, file, MANIFEST)
    check_manifest(manifest, kind, file)
    return cast(dict[str, Any], manifest)


def check_manifest(manifest: Any, kind: str, file: str) -> None:
    if not isinstance(manifest, dict):
        raise _invalid(file, "manifest")
    if manifest.get("format") in (BUNDLE, KIT) and manifest["format"] != kind:
        raise _wrong_kind(file, kind)
    version = manifest.get("format_version")
    if type(version) is int and version > FORMAT_VERSION:
        raise _newer(file, version, FORMAT_VERSION)
    schema = manifest.get("schema_version")
    if type(schema) is int and schema > SCHEMA_VERSION:
        raise _newer(file, schema, SCHEMA_VERSION)
    expected = {**_COMMON, **(_BUNDLE_ONLY if kind == BUNDLE else {})}
    for key, kind_of in expected.items():
        value = manifest.get(key)
        if not isinstance(value, kind_of) or isinstance(value, bool):
            raise _invalid(file, key)
    # an older schema is read by its columns (codec.columns_at); none before version 1
    if manifest["format"] != kind or version != FORMAT_VERSION or manifest["schema_version"] < 1:
        raise _invalid(file, "format")
    for key in ("session", "platform"):
        if not ID.fullmatch(manifest[key]):
            raise _invalid(file, key)


def _check_members(
    manifest: dict[str, Any], members: dict[str, bytes], kind: str, file: str
) -> None:
    listed = manifest["members"]
    for name in listed:
        if name not in members:
            raise _missing(file, str(name))
    for name, data in members.items():
        expected = listed.get(name)
        if expected is None or name not in ALLOWED[kind]:
            raise bad_member(
                file,
                name,
                problem(
                    QT_TRANSLATE_NOOP(
                        "Exchange", "not listed in the manifest, or not allowed here."
                    )
                ),
            )
        if hashlib.sha256(data).hexdigest() != expected:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "{file}: the SHA-256 of {member} does not match the manifest: "
                    "the file was changed or damaged.",
                ),
                file=file,
                member=name,
            )


def _missing(file: str, member: str) -> FacilitatorError:
    return bad_member(file, member, problem(QT_TRANSLATE_NOOP("Exchange", "missing.")))


def _invalid(file: str, key: str) -> FacilitatorError:
    return refuse(
        QT_TRANSLATE_NOOP("Exchange", "{file}: the manifest is invalid ({key})."),
        file=file,
        key=key,
    )


def _wrong_kind(file: str, kind: str) -> FacilitatorError:
    if kind == BUNDLE:
        return refuse(
            QT_TRANSLATE_NOOP("Exchange", "{file} is a platform kit, not a results bundle."),
            file=file,
        )
    return refuse(
        QT_TRANSLATE_NOOP("Exchange", "{file} is a results bundle, not a platform kit."), file=file
    )


def _newer(file: str, found: int, known: int) -> FacilitatorError:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} was written by a newer version of Facilitator "
            "(format {found}; this version reads up to {known}). Please update.",
        ),
        file=file,
        found=found,
        known=known,
    )
