"""The secretariat's choices for the resolution: which items, in which words, where, in what order.

The export's rules propose the items; these choices, kept in the session file, override them.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from facilitator.messages import QT_TRANSLATE_NOOP, fail
from facilitator.services import records, validate
from facilitator.services.proposals import get_proposal
from facilitator.store.db import SessionFile
from facilitator.store.models import ResolutionEntry

from .selection import GROUPS, ItemOverride, SelectionRules

RULES_KEY = "resolution_rules"


def selection_rules(sf: SessionFile) -> SelectionRules:
    stored = sf.meta(RULES_KEY)
    return SelectionRules(**json.loads(stored)) if stored else SelectionRules()


def set_selection_rules(sf: SessionFile, rules: SelectionRules) -> None:
    with sf.atomic():
        sf.set_meta(RULES_KEY, json.dumps(asdict(rules)))


def overrides() -> list[ItemOverride]:
    rows = ResolutionEntry.select().where(~ResolutionEntry.deleted)
    return [
        ItemOverride(r.proposal_id, r.included, r.wording or None, r.section or None, r.position)
        for r in rows
    ]


def set_entry(sf: SessionFile, proposal_id: str, **fields: Any) -> dict[str, Any]:
    """Change the decision about one proposal: included (True/False/None), wording, section,
    position (None for the rules' order). Returns the changed fields as (old, new)."""
    get_proposal(proposal_id)
    cleaned = _clean(fields)
    with sf.atomic():
        entry = ResolutionEntry.get_or_none(ResolutionEntry.proposal == proposal_id)
        if entry is None:
            records.create(sf, ResolutionEntry, proposal=proposal_id, **cleaned)
            return {key: (None, value) for key, value in cleaned.items()}
        return records.update(sf, entry, **cleaned)


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    if "included" in fields:
        cleaned["included"] = None if fields["included"] is None else bool(fields["included"])
    if "wording" in fields:
        cleaned["wording"] = validate.clean(fields["wording"])
    if "section" in fields:
        section = validate.clean(fields["section"])
        if section and section not in GROUPS:
            raise fail(QT_TRANSLATE_NOOP("Messages", "“{value}” is not a section."), value=section)
        cleaned["section"] = section
    if "position" in fields:
        position = fields["position"]
        cleaned["position"] = None if position is None else int(position)
    return cleaned
