"""Revoking kits (a lost USB stick): bundles signed with a revoked kit's key are refused.

Revocations are kept in the session's `meta` (`exchange.revoked`: JSON, public key → when), so
revoking needs no new table; a replacement is simply a new kit for the same platform.
"""

from __future__ import annotations

import json

from facilitator.exchange.laptop import require_secretariat
from facilitator.services import platforms
from facilitator.store.db import SessionFile, utc_now
from facilitator.store.exchange_models import PlatformKey

REVOKED_KEY = "exchange.revoked"


def revoked(sf: SessionFile) -> dict[str, str]:
    """Revoked public keys, each with the time it was revoked."""
    return dict(json.loads(sf.meta(REVOKED_KEY, "{}")))


def revoke_kits(sf: SessionFile, number: int) -> int:
    """Revoke every kit issued so far for platform `number`; how many were newly revoked."""
    require_secretariat(sf)
    platform = platforms.platform_by_number(number)
    with sf.atomic():
        found = revoked(sf)
        keys = PlatformKey.select().where(PlatformKey.platform == platform.id)
        fresh = [str(k.public_key) for k in keys if k.public_key not in found]
        now = utc_now()
        found.update(dict.fromkeys(fresh, now))
        sf.set_meta(REVOKED_KEY, json.dumps(found, sort_keys=True))
    return len(fresh)
