"""The platform laptop's side: which platform it serves, and writing its results bundles."""

from __future__ import annotations

from pathlib import Path

from facilitator.exchange import keys
from facilitator.exchange.codec import TABLES, encode, member_name
from facilitator.exchange.errors import refuse
from facilitator.exchange.files import BUNDLE_SUFFIX, write_atomically
from facilitator.exchange.manifest import BUNDLE, pack
from facilitator.exchange.open_votes import check_before_export
from facilitator.exchange.scope import OWNED, owned_rows
from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.services.platforms import LOCAL_PLATFORM_KEY
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.models import Platform

PLATFORM_KEY = LOCAL_PLATFORM_KEY
SIGNING_KEY = "exchange.signing_key"
SEQUENCE_KEY = "exchange.sequence"
KIT_AT_KEY = "exchange.kit_at"


def local_platform(sf: SessionFile) -> str | None:
    """The platform this laptop serves (opened from its kit), or None on the secretariat's."""
    return sf.meta(PLATFORM_KEY) or None


def require_laptop(sf: SessionFile) -> tuple[Platform, str]:
    platform_id, key = local_platform(sf), sf.meta(SIGNING_KEY)
    if platform_id is None or not key:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "This session was not opened from a platform kit, so it cannot write a results "
                "bundle. Open the platform's kit first.",
            )
        )
    return Platform.get_by_id(platform_id), key


def require_secretariat(sf: SessionFile) -> None:
    if local_platform(sf) is not None:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "This is a platform's session (opened from a kit); kits are made and bundles "
                "merged in the secretariat's session.",
            )
        )


def make_bundle(sf: SessionFile) -> bytes:
    """The platform's whole current state, tombstones included, signed; bumps the sequence."""
    platform, key = require_laptop(sf)
    with sf.atomic():
        sequence = int(sf.meta(SEQUENCE_KEY, "0")) + 1
        sf.set_meta(SEQUENCE_KEY, str(sequence))
        tables = {t: owned_rows(sf, t, platform.id) for t in OWNED}
        check_before_export(tables, platform.id)  # nothing the secretariat would refuse
    header = {
        "format": BUNDLE,
        "session": sf.session.id,
        "platform": platform.id,
        "platform_number": platform.number,
        "device": sf.device,
        "sequence": sequence,
        "created_at": utc_now(),
        "key": keys.public_of(key),
        "rows": {t: len(rows) for t, rows in tables.items()},
    }
    members = {member_name(t): encode(TABLES[t], rows) for t, rows in tables.items()}
    return pack(header, members, key)


def bundle_name(sf: SessionFile) -> str:
    """A stable name per laptop: each bundle holds everything, so the latest replaces the rest."""
    platform, _ = require_laptop(sf)
    return f"platform-{platform.number:02d}-{sf.device}{BUNDLE_SUFFIX}"


def export_bundle(sf: SessionFile, path: Path) -> Path:
    """Write a bundle to a chosen file (atomically). The sequence number is taken in the same
    transaction: a write that fails (a full stick, a wrong folder) uses none."""
    with sf.atomic():
        return write_atomically(Path(path), make_bundle(sf))


def write_bundle(sf: SessionFile, folder: Path) -> Path:
    """Write this laptop's latest bundle into a folder (USB stick, share, synced folder)."""
    with sf.atomic():
        return write_atomically(Path(folder) / bundle_name(sf), make_bundle(sf))
