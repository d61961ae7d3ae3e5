"""Numbers shared after a merge: which proposals now show a "-2" (see facilitator.numbering)."""

from __future__ import annotations

from facilitator import numbering
from facilitator.exchange.codec import TABLES, Row, columns
from facilitator.store.db import SessionFile

_SHARED = (
    "SELECT number FROM proposal WHERE platform_id = ? AND NOT deleted "
    "GROUP BY number HAVING COUNT(*) > 1"
)
_TWINS = (
    "SELECT id, number, title FROM proposal WHERE platform_id = ? AND number = ? "
    "AND NOT deleted ORDER BY created_at, id"
)


def shared_numbers(
    sf: SessionFile, platform_id: str, platform_number: int, rows: list[Row]
) -> list[dict[str, str]]:
    """The live proposals that share a number with another, among the numbers of `rows`,
    each with the code it is shown under from now on (the first made keeps the number)."""
    names = columns(TABLES["proposal"])
    at_number, at_deleted = names.index("number"), names.index("deleted")
    touched = {row[at_number] for row in rows if not row[at_deleted]}
    conn = sf.db.connection()
    shared = [n for (n,) in conn.execute(_SHARED, (platform_id,)) if n in touched]
    found = []
    for number in sorted(shared):
        twins = conn.execute(_TWINS, (platform_id, number)).fetchall()
        for earlier, (record, _, title) in enumerate(twins[1:], start=1):
            found.append(
                {
                    "proposal_id": record,
                    "title": title,
                    "number": numbering.code(platform_number, number),
                    "shown_as": numbering.code(platform_number, number, earlier),
                }
            )
    return found
