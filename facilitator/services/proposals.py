"""Proposals of every kind: problems, proposals, project initiatives, resolution items."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from peewee import fn

from facilitator import numbering
from facilitator.messages import QT_TRANSLATE_NOOP, fail
from facilitator.services import records, validate
from facilitator.services.platforms import LOCAL_PLATFORM_KEY, LOCAL_SERIES_KEY, check_local
from facilitator.store.db import SessionFile, plain_rows, utc_now
from facilitator.store.exchange_models import PlatformKey
from facilitator.store.models import History, Platform, Proposal
from facilitator.vocabulary import PROPOSAL

TEXT_FIELDS = ("title", "text", "tags", "presenter", "organisation", "responsible")
EDITABLE = (*TEXT_FIELDS, "kind", "status", "deadline")


@dataclass(slots=True)
class ProposalRow:
    """A proposal as tables show it; `code` is the human number such as 3.12."""

    id: str
    platform_id: str
    platform_number: int
    number: int
    kind: str
    title: str
    text: str
    tags: str
    status: str
    presenter: str
    organisation: str
    responsible: str
    deadline: str
    updated_at: str
    earlier: int = 0  # live proposals of the platform shown with the same number, made before

    @property
    def code(self) -> str:
        return numbering.code(self.platform_number, self.number, self.earlier)


_Twin = Proposal.alias()
# How many live proposals of the platform with the same number were made before this one.
EARLIER = (
    _Twin.select(fn.COUNT(_Twin.id))
    .where(
        (_Twin.platform == Proposal.platform)
        & (_Twin.number == Proposal.number)
        & ~_Twin.deleted
        & (
            (_Twin.created_at < Proposal.created_at)
            | ((_Twin.created_at == Proposal.created_at) & (_Twin.id < Proposal.id))
        )
    )
    .alias("earlier")
)
ROW_FIELDS = (
    Proposal.id,
    Proposal.platform,
    Platform.number,
    Proposal.number,
    Proposal.kind,
    Proposal.title,
    Proposal.text,
    Proposal.tags,
    Proposal.status,
    Proposal.presenter,
    Proposal.organisation,
    Proposal.responsible,
    Proposal.deadline,
    Proposal.updated_at,
)


def clean_fields(fields: dict[str, Any]) -> dict[str, str]:
    """Validated values of the editable fields given (others are ignored)."""
    cleaned = {k: validate.text(k, v) for k, v in fields.items() if k in TEXT_FIELDS}
    if "title" in fields:
        cleaned["title"] = validate.required("title", fields["title"])
    if "tags" in fields:
        cleaned["tags"] = normalise_tags(cleaned["tags"])
    if "kind" in fields:
        cleaned["kind"] = validate.kind(fields["kind"])
    if "status" in fields:
        cleaned["status"] = validate.status(fields["status"])
    if "deadline" in fields:
        cleaned["deadline"] = validate.date("deadline", fields["deadline"])
    return cleaned


def normalise_tags(text: str) -> str:
    """Tags as stored: comma separated, trimmed, no repeats, in the order given."""
    seen: dict[str, None] = {}
    for tag in text.replace(";", ",").split(","):
        if tag.strip():
            seen.setdefault(tag.strip(), None)
    return ", ".join(seen)


def number_series(sf: SessionFile, platform_id: str) -> int:
    """Which series this session numbers the platform's new proposals in (see numbering)."""
    if sf.meta(LOCAL_PLATFORM_KEY):  # a laptop: its kit's series
        return int(sf.meta(LOCAL_SERIES_KEY, "0") or 0)
    kit_out = PlatformKey.select().where(PlatformKey.platform == platform_id).exists()
    return numbering.SECRETARIAT_SERIES if kit_out else 0


def next_number(sf: SessionFile, platform_id: str) -> int:
    """The number after the platform's last one in this session's series."""
    low, high = numbering.series_range(number_series(sf, platform_id))
    last = Proposal.select(fn.MAX(Proposal.number)).where(
        (Proposal.platform == platform_id) & Proposal.number.between(low, high)
    )
    return int(last.scalar() or low - 1) + 1


def get_proposal(proposal_id: str) -> Proposal:
    proposal = Proposal.get_or_none((Proposal.id == proposal_id) & ~Proposal.deleted)
    if proposal is None:
        raise fail(QT_TRANSLATE_NOOP("Messages", "There is no such proposal."))
    return proposal


def proposal_by_code(code: str) -> Proposal:
    """A live proposal by its number as shown, such as 3.12, 3.б4, 3.с1 or 3.12-2."""
    platform_part = code.strip().partition(".")[0]
    found = None
    platform = None
    if platform_part.isdigit():
        platform = Platform.get_or_none((Platform.number == int(platform_part)) & ~Platform.deleted)
    key = numbering.parse_code(code, platform.number) if platform is not None else None
    if platform is not None and key is not None:
        shown = (r.id for r in list_proposals(platform.id) if (r.number, r.earlier) == key)
        found = next((Proposal.get_by_id(i) for i in shown), None)
    if found is None:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There is no proposal {code} in this session (a number is the platform's and "
                "the proposal's, such as 3.12).",
            ),
            code=code,
        )
    return found


def history(record_id: str) -> list[dict[str, Any]]:
    """A record's changes, oldest first: when, on which device, what was done and changed."""
    rows = History.select().where(History.record_id == record_id).order_by(History.id)
    return [
        {"at": h.at, "device": h.device, "action": h.action, "changes": json.loads(h.changes)}
        for h in rows
    ]


def add_proposal(
    sf: SessionFile, platform_id: str, title: str, kind: str = PROPOSAL, **fields: Any
) -> Proposal:
    """Add a proposal at the end of a platform's list, numbered after the last one."""
    cleaned = clean_fields({**fields, "title": title, "kind": kind})
    if Platform.get_or_none((Platform.id == platform_id) & ~Platform.deleted) is None:
        raise fail(QT_TRANSLATE_NOOP("Messages", "There is no such platform."))
    check_local(sf, platform_id)
    now = utc_now()
    with sf.atomic():
        return records.create(
            sf,
            Proposal,
            platform=platform_id,
            number=next_number(sf, platform_id),
            created_at=now,
            updated_at=now,
            **cleaned,
        )


def edit_proposal(sf: SessionFile, proposal_id: str, **fields: Any) -> dict[str, Any]:
    proposal = get_proposal(proposal_id)
    check_local(sf, proposal.platform_id)
    return records.update(sf, proposal, **clean_fields(fields))


def delete_proposal(sf: SessionFile, proposal_id: str) -> None:
    proposal = get_proposal(proposal_id)
    check_local(sf, proposal.platform_id)
    records.set_deleted(sf, proposal, True)


def restore_proposal(sf: SessionFile, proposal_id: str) -> None:
    proposal = Proposal.get_by_id(proposal_id)
    check_local(sf, proposal.platform_id)
    records.set_deleted(sf, proposal, False)


def list_proposals(platform_id: str | None = None) -> list[ProposalRow]:
    """Live proposals (of one platform, or all) in platform and number order, as flat rows."""
    query: Any = Proposal.select(*ROW_FIELDS).join(Platform).where(~Proposal.deleted)
    if platform_id is not None:
        query = query.where(Proposal.platform == platform_id)
    query = query.order_by(Platform.number, Proposal.number)
    rows = [ProposalRow(*values) for values in plain_rows(query)]
    _mark_shared(rows)
    return rows


def _mark_shared(rows: list[ProposalRow]) -> None:
    """Set `earlier` where live proposals of a platform share a number (rare: see numbering)."""
    if len({(row.platform_id, row.number) for row in rows}) == len(rows):
        return
    groups: dict[tuple[str, int], list[ProposalRow]] = {}
    for row in rows:
        groups.setdefault((row.platform_id, row.number), []).append(row)
    shared = [group for group in groups.values() if len(group) > 1]
    ids = [row.id for group in shared for row in group]
    query = Proposal.select(Proposal.id, Proposal.created_at).where(Proposal.id.in_(ids))
    made: dict[str, str] = {str(i): str(at) for i, at in plain_rows(query)}
    for group in shared:
        group.sort(key=lambda row: (made[row.id], row.id))
        for earlier, row in enumerate(group):
            row.earlier = earlier


def proposal_row(proposal_id: str) -> ProposalRow:
    query: Any = (
        Proposal.select(*ROW_FIELDS, EARLIER).join(Platform).where(Proposal.id == proposal_id)
    )
    return ProposalRow(*query.tuples().get())
