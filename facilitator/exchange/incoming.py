"""Reading a results bundle on the secretariat's session: every check before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from facilitator.exchange import keys
from facilitator.exchange.archive import load_json
from facilitator.exchange.checks import check_rows
from facilitator.exchange.codec import DEVICE, TABLES, Row, decode, member_name
from facilitator.exchange.errors import bad_member, problem, refuse
from facilitator.exchange.laptop import require_secretariat
from facilitator.exchange.manifest import BUNDLE, Package, read_manifest, unpack
from facilitator.exchange.plan import load_bases
from facilitator.exchange.revoke import revoked
from facilitator.exchange.scope import OWNED
from facilitator.exchange.values import check_values
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError
from facilitator.store.db import SessionFile
from facilitator.store.exchange_models import ImportLog, PlatformKey
from facilitator.store.models import Platform

SIGNATURE_SIZE = 64  # Ed25519


@dataclass(frozen=True)
class Bundle:
    """A verified bundle: whose it is and its rows per table, ready to merge."""

    file: str
    digest: str
    platform: str
    number: int  # the platform's number in this session
    key: str  # the public key of the kit that signed it
    device: str
    sequence: int
    created_at: str
    tables: dict[str, list[Row]]  # empty when the bundle was imported before
    row_counts: dict[str, int]
    newest: str | None = None  # the highest version of its rows (None when not decoded)
    title: str = ""  # the platform's title in this session
    number_in_kit: int = 0  # the platform's number when the kit was made (renumbered since?)


def read_bundle(sf: SessionFile, data: bytes, file: str) -> Bundle:
    """Verify a bundle (archive, signature, manifest, hashes, session, platform, rows) or refuse.

    The signature is checked over the manifest's raw bytes, against the keys of the kits this
    session issued, before the manifest is parsed or any record read.
    """
    require_secretariat(sf)
    signer: list[str] = []
    package = unpack(
        data, BUNDLE, file, lambda raw, sig: signer.append(_signer(sf, raw, sig, file))
    )
    manifest = package.manifest
    platform = _platform_of(sf, manifest, file)
    _check_signer(file, manifest["key"], signer[0], platform)
    _check_revoked(sf, signer[0], platform, file)
    if platform.deleted:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "{file} comes from platform «{title}», which was deleted in this session after "
                "its kit was made. Restore the platform, then merge the file again.",
            ),
            file=file,
            title=platform.title,
        )
    if not DEVICE.fullmatch(manifest["device"]) or manifest["sequence"] < 1:
        raise refuse(
            QT_TRANSLATE_NOOP("Exchange", "{file}: the manifest is invalid ({key})."),
            file=file,
            key="device",
        )
    known = ImportLog.select().where(ImportLog.digest == package.digest).exists()
    tables = {t: [] for t in OWNED} if known else _tables(package)  # seen: no need to decode
    if not known:
        check_rows(
            sf,
            tables,
            platform.id,
            file,
            load_bases(sf, signer[0], manifest["device"], platform.id),
        )
        check_values(tables, file)
    return Bundle(
        file,
        package.digest,
        platform.id,
        platform.number,
        signer[0],
        manifest["device"],
        manifest["sequence"],
        manifest["created_at"],
        tables,
        dict(manifest["rows"]),
        max((r[2] for rows in tables.values() for r in rows), default=None),
        platform.title,
        manifest["platform_number"],
    )


def _signer(sf: SessionFile, raw: bytes, signature: bytes | None, file: str) -> str:
    """The key of a kit of this session that signed these manifest bytes, or the refusal."""
    if signature is not None and len(signature) == SIGNATURE_SIZE:
        for known in PlatformKey.select():
            if keys.verify(str(known.public_key), raw, signature):
                return str(known.public_key)
    raise _untrusted(sf, raw, signature, file)


def _untrusted(sf: SessionFile, raw: bytes, signature: bytes | None, file: str) -> Exception:
    """Why no kit's key vouches for a manifest: read (under limits) only to say so clearly."""
    manifest = read_manifest(raw, BUNDLE, file)
    platform = _platform_of(sf, manifest, file)
    if signature is None:
        return refuse(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "{file} is not signed; only bundles signed with a platform kit's key are accepted.",
            ),
            file=file,
        )
    known = PlatformKey.get_or_none(PlatformKey.public_key == manifest["key"])
    if known is None:
        return _unknown_key(file, platform)
    if known.platform != platform.id:
        return _other_platform(file, platform, known)
    return refuse(
        QT_TRANSLATE_NOOP(
            "Exchange", "{file}: the signature is not valid; the bundle was changed or forged."
        ),
        file=file,
    )


def _platform_of(sf: SessionFile, manifest: dict[str, Any], file: str) -> Platform:
    if manifest["session"] != sf.session.id:
        raise refuse(
            QT_TRANSLATE_NOOP("Exchange", "{file} belongs to another session, not to this one."),
            file=file,
        )
    platform = Platform.get_or_none(Platform.id == manifest["platform"])
    if platform is None:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Exchange", "{file} comes from a platform this session does not have."
            ),
            file=file,
        )
    return platform


def _check_revoked(sf: SessionFile, signer: str, platform: Platform, file: str) -> None:
    when = revoked(sf).get(signer)
    if when:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "{file} is signed with a kit of platform {number} «{title}» that was revoked on "
                "{date} (a lost or replaced kit), so it is not merged. Results of the platform "
                "come in bundles of its replacement kit.",
            ),
            file=file,
            number=platform.number,
            title=platform.title,
            date=when[:16].replace("T", " "),
        )


def _check_signer(file: str, claimed: str, signer: str, platform: Platform) -> None:
    known = PlatformKey.get_by_id(signer)
    if claimed != signer:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Exchange", "{file}: the signature is not valid; the bundle was changed or forged."
            ),
            file=file,
        )
    if known.platform != platform.id:
        raise _other_platform(file, platform, known)


def _other_platform(file: str, platform: Platform, known: PlatformKey) -> FacilitatorError:
    other = Platform.get_or_none(Platform.id == known.platform)
    return refuse(
        QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} says it comes from platform {number} but is signed with the "
            "key of platform {other}.",
        ),
        file=file,
        number=platform.number,
        other=other.number if other else "?",
    )


def _unknown_key(file: str, platform: Platform) -> FacilitatorError:
    if not PlatformKey.select().where(PlatformKey.platform == platform.id).exists():
        return refuse(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "{file}: no kit was issued for platform {number} in this session, so "
                "its bundles cannot be trusted.",
            ),
            file=file,
            number=platform.number,
        )
    return refuse(
        QT_TRANSLATE_NOOP(
            "Exchange", "{file} is signed with a key that no kit of this session carries."
        ),
        file=file,
    )


def _tables(package: Package) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {}
    counts = package.manifest["rows"]
    for table in OWNED:
        name = member_name(table)
        if name not in package.members:
            raise bad_member(package.file, name, problem(QT_TRANSLATE_NOOP("Exchange", "missing.")))
        data = load_json(package.members[name], package.file, name)
        tables[table] = decode(TABLES[table], data, package.file, package.schema)
        if counts.get(table) != len(tables[table]):
            raise refuse(
                QT_TRANSLATE_NOOP("Exchange", "{file}: the manifest is invalid ({key})."),
                file=package.file,
                key="rows",
            )
    if set(package.members) != {member_name(t) for t in OWNED}:
        extra = sorted(set(package.members) - {member_name(t) for t in OWNED})[0]
        raise bad_member(
            package.file,
            extra,
            problem(
                QT_TRANSLATE_NOOP(
                    "Exchange", "a bundle may not carry this; only the platform's own records."
                )
            ),
        )
    return tables
