"""The fixed vocabularies of the domain: proposal kinds and statuses, with their labels."""

from __future__ import annotations

from facilitator.messages import QT_TRANSLATE_NOOP

PROBLEM, PROPOSAL, INITIATIVE, RESOLUTION_ITEM = (
    "problem",
    "proposal",
    "initiative",
    "resolution_item",
)
KINDS: tuple[str, ...] = (PROBLEM, PROPOSAL, INITIATIVE, RESOLUTION_ITEM)
KIND_LABELS = {
    PROBLEM: QT_TRANSLATE_NOOP("Vocabulary", "Problem"),
    PROPOSAL: QT_TRANSLATE_NOOP("Vocabulary", "Proposal"),
    INITIATIVE: QT_TRANSLATE_NOOP("Vocabulary", "Project initiative"),
    RESOLUTION_ITEM: QT_TRANSLATE_NOOP("Vocabulary", "Resolution item"),
}
KIND_PLURALS = {
    PROBLEM: QT_TRANSLATE_NOOP("Vocabulary", "Problems"),
    PROPOSAL: QT_TRANSLATE_NOOP("Vocabulary", "Proposals"),
    INITIATIVE: QT_TRANSLATE_NOOP("Vocabulary", "Initiatives"),
    RESOLUTION_ITEM: QT_TRANSLATE_NOOP("Vocabulary", "Resolution items"),
}

DRAFT, VOTING, ADOPTED, REJECTED, WITHDRAWN, MERGED = (
    "draft",
    "voting",
    "adopted",
    "rejected",
    "withdrawn",
    "merged",
)
STATUSES: tuple[str, ...] = (DRAFT, VOTING, ADOPTED, REJECTED, WITHDRAWN, MERGED)
STATUS_LABELS = {
    DRAFT: QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    VOTING: QT_TRANSLATE_NOOP("Vocabulary", "Up for vote"),
    ADOPTED: QT_TRANSLATE_NOOP("Vocabulary", "Adopted"),
    REJECTED: QT_TRANSLATE_NOOP("Vocabulary", "Rejected"),
    WITHDRAWN: QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
    MERGED: QT_TRANSLATE_NOOP("Vocabulary", "Merged"),
}

# Values accepted in imported files, in either language (compared case-insensitively).
KIND_ALIASES = {
    "problem": PROBLEM,
    "проблема": PROBLEM,
    "proposal": PROPOSAL,
    "предложение": PROPOSAL,
    "initiative": INITIATIVE,
    "project initiative": INITIATIVE,
    "инициатива": INITIATIVE,
    "проектная инициатива": INITIATIVE,
    "проект": INITIATIVE,
    "resolution item": RESOLUTION_ITEM,
    "resolution_item": RESOLUTION_ITEM,
    "пункт резолюции": RESOLUTION_ITEM,
    "решение": RESOLUTION_ITEM,
}
STATUS_ALIASES = {
    "draft": DRAFT,
    "черновик": DRAFT,
    "новое": DRAFT,
    "новый": DRAFT,
    "voting": VOTING,
    "up for vote": VOTING,
    "на голосовании": VOTING,
    "adopted": ADOPTED,
    "принято": ADOPTED,
    "принят": ADOPTED,
    "rejected": REJECTED,
    "отклонено": REJECTED,
    "отклонен": REJECTED,
    "withdrawn": WITHDRAWN,
    "снято": WITHDRAWN,
    "отозвано": WITHDRAWN,
    "merged": MERGED,
    "объединено": MERGED,
}

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Vocabulary", "title"),
    "forum": QT_TRANSLATE_NOOP("Vocabulary", "forum"),
    "date": QT_TRANSLATE_NOOP("Vocabulary", "date"),
    "venue": QT_TRANSLATE_NOOP("Vocabulary", "venue"),
    "organiser": QT_TRANSLATE_NOOP("Vocabulary", "organiser"),
    "chair": QT_TRANSLATE_NOOP("Vocabulary", "chair"),
    "chair_position": QT_TRANSLATE_NOOP("Vocabulary", "chair's position"),
    "secretary": QT_TRANSLATE_NOOP("Vocabulary", "secretary"),
    "secretary_position": QT_TRANSLATE_NOOP("Vocabulary", "secretary's position"),
    "number": QT_TRANSLATE_NOOP("Vocabulary", "number"),
    "moderators": QT_TRANSLATE_NOOP("Vocabulary", "moderators"),
    "room": QT_TRANSLATE_NOOP("Vocabulary", "room"),
    "full_name": QT_TRANSLATE_NOOP("Vocabulary", "full name"),
    "organisation": QT_TRANSLATE_NOOP("Vocabulary", "organisation"),
    "position": QT_TRANSLATE_NOOP("Vocabulary", "position"),
    "delegation": QT_TRANSLATE_NOOP("Vocabulary", "delegation"),
    "role": QT_TRANSLATE_NOOP("Vocabulary", "role"),
    "platform": QT_TRANSLATE_NOOP("Vocabulary", "platform"),
    "kind": QT_TRANSLATE_NOOP("Vocabulary", "kind"),
    "text": QT_TRANSLATE_NOOP("Vocabulary", "text"),
    "tags": QT_TRANSLATE_NOOP("Vocabulary", "tags"),
    "status": QT_TRANSLATE_NOOP("Vocabulary", "status"),
    "presenter": QT_TRANSLATE_NOOP("Vocabulary", "presenter"),
    "responsible": QT_TRANSLATE_NOOP("Vocabulary", "responsible"),
    "deadline": QT_TRANSLATE_NOOP("Vocabulary", "deadline"),
}
