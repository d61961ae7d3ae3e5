"""The session's own fields: title, forum, date, venue, organiser, and who signs the
resolution (the chair and the secretary, each a name and a position)."""

from __future__ import annotations

from typing import Any

from facilitator.services import records, validate
from facilitator.services.platforms import check_secretariat
from facilitator.store.db import SessionFile

SIGNATORY_FIELDS = ("chair", "chair_position", "secretary", "secretary_position")
SESSION_FIELDS = ("title", "forum", "date", "venue", "organiser", *SIGNATORY_FIELDS)


def clean_session_fields(fields: dict[str, Any]) -> dict[str, str]:
    cleaned = {
        key: validate.text(key, value) for key, value in fields.items() if key in SESSION_FIELDS
    }
    if "title" in fields:
        cleaned["title"] = validate.required("title", fields["title"])
    if "date" in fields:
        cleaned["date"] = validate.date("date", fields["date"])
    return cleaned


def edit_session(sf: SessionFile, **fields: Any) -> dict[str, tuple[Any, Any]]:
    check_secretariat(sf)
    return records.update(sf, sf.session, **clean_session_fields(fields))
