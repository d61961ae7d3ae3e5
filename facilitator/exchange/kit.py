"""Platform kits: the secretariat writes one per platform; a laptop makes its session from it."""

from __future__ import annotations

import dataclasses
import logging
import re
import sqlite3
from pathlib import Path
from typing import Any

from peewee import IntegrityError

from facilitator import numbering
from facilitator.exchange import keys, sealing
from facilitator.exchange.archive import (
    MAX_KIT_SECRETS,
    dump_json,
    load_json,
    load_small_json,
    open_archive,
    write_archive,
)
from facilitator.exchange.codec import (
    TABLES,
    Row,
    columns,
    decode,
    encode,
    member_name,
    sql_columns,
)
from facilitator.exchange.errors import bad_member, problem, refuse
from facilitator.exchange.files import KIT_SUFFIX, read_file, write_atomically
from facilitator.exchange.laptop import (
    KIT_AT_KEY,
    PLATFORM_KEY,
    SEQUENCE_KEY,
    SIGNING_KEY,
    require_secretariat,
)
from facilitator.exchange.manifest import (
    KIT,
    KIT_SECRETS,
    SEALED_MEMBERS,
    Package,
    header_bytes,
    pack,
    unpack,
    versioned,
)
from facilitator.exchange.plan import kit_source
from facilitator.exchange.scope import OWNED, SHARED, kit_rows
from facilitator.exchange.write import write_bases
from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.services import platforms
from facilitator.services.platforms import LOCAL_SERIES_KEY
from facilitator.store.db import CLI, SessionFile, building, open_session_file, utc_now
from facilitator.store.exchange_models import PlatformKey
from facilitator.store.models import Session

KIT_TABLES = (*SHARED, *OWNED)
RULES_KEY = "voting_rules"  # the session's voting rules, as services.votes keeps them

log = logging.getLogger(__name__)

_HEX64 = re.compile(r"[0-9a-f]{64}")


def make_kit(sf: SessionFile, number: int, passphrase: str | None = None) -> bytes:
    """A kit for platform `number`, with a new signing key whose public half is kept here;
    with a passphrase, everything but the manifest is sealed (see exchange.sealing)."""
    require_secretariat(sf)
    if passphrase is not None:
        passphrase = sealing.check_passphrase(passphrase)
    platform = platforms.platform_by_number(number)
    private, public = keys.new_key_pair()
    with sf.atomic():
        before = PlatformKey.select().where(PlatformKey.platform == platform.id).count()
        PlatformKey.create(public_key=public, platform=platform.id, issued_at=utc_now())
        tables = {t: kit_rows(sf, t, platform.id) for t in KIT_TABLES}
        _remember_handed(sf, kit_source(public), tables)
    secrets = {
        "private_key": private,
        "voting_rules": sf.meta(RULES_KEY),
        "series": numbering.kit_series(before),
    }
    header = {
        "format": KIT,
        "session": sf.session.id,
        "platform": platform.id,
        "platform_number": platform.number,
        "created_at": utc_now(),
        "rows": {t: len(rows) for t, rows in tables.items()},
    }
    members = {member_name(t): encode(TABLES[t], rows) for t, rows in tables.items()}
    members[KIT_SECRETS] = dump_json(secrets)
    if passphrase is not None:
        header["protection"] = protection = sealing.new_protection()
        aad = header_bytes(versioned(header))
        members = {
            sealing.SEALED: sealing.seal(passphrase, protection, aad, write_archive(members))
        }
    return pack(header, members, None)


def _remember_handed(sf: SessionFile, source: str, tables: dict[str, list[Row]]) -> None:
    """What the kit hands over is the merge base of the laptops that open it (this kit's
    only: another kit of the platform, issued later, leaves these bases alone)."""
    for table in OWNED:
        rows = tables[table]  # the session's own rows: it holds each of them
        write_bases(sf, source, table, rows, {row[0]: row[2] for row in rows})


def write_kit(sf: SessionFile, number: int, path: Path, passphrase: str | None = None) -> Path:
    written = write_atomically(Path(path), make_kit(sf, number, passphrase))
    log.info("kit for platform %d written: %s", number, written)
    return written


def write_kits(sf: SessionFile, folder: Path, passphrase: str | None = None) -> list[Path]:
    """One kit per platform into a folder: platform-01.fkit, platform-02.fkit, …"""
    if passphrase is not None:
        sealing.check_passphrase(passphrase)  # before the first kit, not after it
    return [
        write_kit(sf, p.number, Path(folder) / f"platform-{p.number:02d}{KIT_SUFFIX}", passphrase)
        for p in platforms.list_platforms()
    ]


def open_kit(
    kit: Path, path: Path, program: str = CLI, passphrase: str | None = None
) -> SessionFile:
    """Make the moderator's local session at `path` from a kit; refuses a damaged kit.

    A protected kit without a passphrase raises sealing.PassphraseNeeded, with a wrong one
    sealing.WrongPassphrase; either way before anything is written."""
    kit = Path(kit)
    package = _unsealed(unpack(read_file(kit), KIT, kit.name), passphrase)
    tables = _kit_tables(package)
    private, rules, series = _secrets(package)
    session = dict(zip(columns(TABLES["session"]), tables["session"][0], strict=True))
    with building(Path(path), str(session.get("title", "")) or "—") as sf:
        try:
            with sf.atomic():
                Session.delete().execute()  # the new file's own row: the kit's replaces it
                _insert_all(sf, tables)
                sf.set_meta(PLATFORM_KEY, package.manifest["platform"])
                sf.set_meta(SIGNING_KEY, private)
                sf.set_meta(LOCAL_SERIES_KEY, str(series))
                sf.set_meta(SEQUENCE_KEY, "0")
                sf.set_meta(KIT_AT_KEY, package.manifest["created_at"])
                if rules:
                    sf.set_meta(RULES_KEY, rules)
        except (IntegrityError, sqlite3.IntegrityError):
            raise _bad_kit(kit.name) from None
    log.info("kit %s opened as %s", kit, path)
    return open_session_file(Path(path), program=program)


def is_protected(kit: Path) -> bool:
    """Whether opening the kit needs its passphrase (the kit is checked as when opened)."""
    kit = Path(kit)
    return sealing.PROTECTION in unpack(read_file(kit), KIT, kit.name).manifest


def _unsealed(package: Package, passphrase: str | None) -> Package:
    """The kit's members in clear: a protected kit's sealed member authenticated (with its
    manifest) and opened, then read under the same limits as a plain kit's members."""
    protection = package.manifest.get(sealing.PROTECTION)
    if protection is None:
        if sealing.SEALED in package.members:
            raise _bad_kit(package.file)
        return package
    if not sealing.valid_protection(protection) or set(package.members) != {sealing.SEALED}:
        raise _bad_kit(package.file)
    plain = sealing.unseal(
        passphrase,
        protection,
        header_bytes(package.manifest),
        package.members[sealing.SEALED],
        package.file,
    )
    inner = open_archive(plain, SEALED_MEMBERS, package.file)
    members = {
        name: inner.read(name, MAX_KIT_SECRETS if name == KIT_SECRETS else None)
        for name in inner.names
    }
    return dataclasses.replace(package, members=members)


def _kit_tables(package: Package) -> dict[str, list[Row]]:
    tables = {}
    for table in KIT_TABLES:
        name = member_name(table)
        if name not in package.members:
            raise bad_member(package.file, name, problem(QT_TRANSLATE_NOOP("Exchange", "missing.")))
        data = load_json(package.members[name], package.file, name)
        tables[table] = decode(TABLES[table], data, package.file, package.schema)
    if len(tables["session"]) != 1 or tables["session"][0][0] != package.manifest["session"]:
        raise _bad_kit(package.file)
    if package.manifest["platform"] not in {r[0] for r in tables["platform"]}:
        raise _bad_kit(package.file)
    return tables


def _secrets(package: Package) -> tuple[str, str, int]:
    data: Any = load_small_json(package.members.get(KIT_SECRETS, b""), package.file, KIT_SECRETS)
    if not isinstance(data, dict):
        raise _bad_kit(package.file)
    private, rules = data.get("private_key"), data.get("voting_rules", "")
    series = data.get("series", 0)  # kits from before series number plainly
    if not isinstance(private, str) or not _HEX64.fullmatch(private) or not isinstance(rules, str):
        raise _bad_kit(package.file)
    if type(series) is not int or not 0 <= series <= len(numbering.KIT_LETTERS):
        raise _bad_kit(package.file)
    return private, rules, series


def _insert_all(sf: SessionFile, tables: dict[str, list[Row]]) -> None:
    conn = sf.db.connection()
    for table in KIT_TABLES:
        names = sql_columns(TABLES[table])
        sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
            table, ", ".join(f'"{c}"' for c in names), ", ".join("?" * len(names))
        )
        conn.executemany(sql, tables[table])


def _bad_kit(file: str) -> Exception:
    return refuse(
        QT_TRANSLATE_NOOP(
            "Exchange",
            "{file}: the kit is incomplete or inconsistent; ask the secretariat for a new one.",
        ),
        file=file,
    )
