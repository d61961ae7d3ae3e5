"""Every value of a signed bundle checked as local input would be: kinds, statuses, dates,
numbers, texts as stored, vote settings; a locked vote result recomputed from its figures."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from facilitator.exchange.codec import ID, TABLES, Row, columns
from facilitator.exchange.errors import bad_row, problem
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError
from facilitator.services import validate
from facilitator.services.vote_results import Attendance, evaluate
from facilitator.services.votes import check_settings
from facilitator.store.models import Vote
from facilitator.vocabulary import KINDS, STATUSES
from facilitator.voting import Method

Check = Callable[[Any], bool]
METHODS = frozenset(m.value for m in Method)
MAX_FIGURE = 1_000_000  # votes, dots or raters for one item: more people than any forum has
VOTE_STATUSES = frozenset(("open", "closed"))


def _stored(value: Any) -> bool:
    """A text the services could store: no control characters (outer spaces are let be)."""
    return value is None or (isinstance(value, str) and validate.clean(value) == value.strip())


def _required(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and _stored(value)


def _date(value: Any) -> bool:
    if value == "":
        return True
    try:
        return isinstance(value, str) and validate.date("deadline", value) == value
    except FacilitatorError:
        return False


def _positive(value: Any) -> bool:
    return type(value) is int and value > 0


def _count(value: Any) -> bool:
    return value is None or (type(value) is int and value >= 0)


def _json_of(kind: type) -> Check:
    def check(value: Any) -> bool:
        try:
            return isinstance(json.loads(value), kind)
        except (TypeError, ValueError, RecursionError):
            return False

    return check


def _ids(value: Any) -> bool:
    found = json.loads(value)
    return isinstance(found, list) and all(isinstance(v, str) and ID.fullmatch(v) for v in found)


def _results(value: Any) -> bool:
    return value == "" or _json_of(dict)(value)


_PERSON_TEXTS = ("organisation", "position", "delegation", "role")
_PROPOSAL_TEXTS = ("text", "tags", "presenter", "organisation", "responsible")
RULES: dict[str, tuple[tuple[str, Check], ...]] = {
    "participant": (("full_name", _required), *((n, _stored) for n in _PERSON_TEXTS)),
    "attendance": (),
    "proposal": (
        ("number", _positive),
        ("kind", KINDS.__contains__),
        ("status", STATUSES.__contains__),
        ("title", _required),
        ("deadline", _date),
        *((n, _stored) for n in _PROPOSAL_TEXTS),
    ),
    "vote": (
        ("method", METHODS.__contains__),
        ("status", VOTE_STATUSES.__contains__),
        ("round", _positive),
        ("present", _count),
        ("registered", _count),
        ("items", _ids),
        ("present_ids", _ids),
        ("settings", _json_of(dict)),
        ("results", _results),
    ),
    "tally": (("figures", _json_of(dict)),),
    "ballot": (),
}


def check_values(tables: dict[str, list[Row]], file: str) -> None:
    """Refuse the bundle at the first value local input could not have made."""
    for table, rules in RULES.items():
        names = columns(TABLES[table])
        for field, check in rules:
            _check_column(tables[table], names.index(field), check, file, table, field)
    check_votes(tables, file)
    check_figures(tables, file)


def _check_column(
    rows: Sequence[Row], i: int, check: Check, file: str, table: str, field: str
) -> None:
    """Distinct values once each (statuses and kinds repeat); the first bad row is named."""
    bad = {v for v in {row[i] for row in rows} if not check(v)}
    if bad:
        number = next(n for n, row in enumerate(rows, start=1) if row[i] in bad)
        raise invalid(file, table, number, field)


def invalid(file: str, table: str, number: int, field: str) -> FacilitatorError:
    return bad_row(
        file,
        table,
        number,
        problem(QT_TRANSLATE_NOOP("Exchange", "the value of {field} is invalid."), field=field),
    )


def check_votes(tables: dict[str, list[Row]], file: str) -> None:
    """Each vote's settings as the engine reads them; a closed one's result recomputed."""
    names = columns(TABLES["vote"])
    at = {name: names.index(name) for name in ("deleted", "method", "settings", "status")}
    live = [(n, row) for n, row in enumerate(tables["vote"], start=1) if not row[at["deleted"]]]
    settings: dict[tuple[str, str], int] = {}  # many votes share their settings: read once
    for number, row in live:
        settings.setdefault((row[at["method"]], row[at["settings"]]), number)
    for (method, text), number in settings.items():
        _check_settings(method, text, file, number)
    closed = [
        (n, Vote(**dict(zip(names, row, strict=True))))
        for n, row in live
        if row[at["status"]] == "closed"
    ]
    ids = {vote.id for _, vote in closed}
    tallies = live_facts(tables, "tally", "proposal", "figures", ids)
    ballots = live_facts(tables, "ballot", "voter", "choices", ids)
    for number, vote in closed:
        _check_closed(vote, tallies.get(vote.id, {}), ballots.get(vote.id, {}), file, number)


def _check_settings(method: str, text: str, file: str, number: int) -> None:
    try:
        check_settings(method, json.loads(text))
    except (FacilitatorError, ValueError, TypeError, KeyError, AttributeError):
        raise invalid(file, "vote", number, "settings") from None


def live_facts(
    tables: dict[str, list[Row]], table: str, key: str, value: str, votes: set[str]
) -> dict[str, dict[str, Any]]:
    """The live tallies or ballots of the given votes, parsed, by vote."""
    names = columns(TABLES[table])
    at_vote, at_key, at_value = names.index("vote"), names.index(key), names.index(value)
    at_deleted = names.index("deleted")
    found: dict[str, dict[str, Any]] = {}
    parsed: dict[str, Any] = {}  # figures repeat ({"dots": 5}): each text is parsed once, read only
    for row in tables[table]:
        if row[at_vote] in votes and not row[at_deleted]:
            text = row[at_value]
            if text not in parsed:
                parsed[text] = json.loads(text)
            found.setdefault(row[at_vote], {})[row[at_key]] = parsed[text]
    return found


def _check_closed(
    vote: Vote, tallies: dict[str, Any], ballots: dict[str, Any], file: str, number: int
) -> None:
    """A closed vote's locked result, counted again from its figures, must be the one given."""
    present_ids = json.loads(vote.present_ids)
    if vote.registered is None or vote.present != len(present_ids):
        raise invalid(file, "vote", number, "present")
    people = Attendance(frozenset(present_ids), vote.registered)
    try:
        recomputed = evaluate(vote, tallies=tallies, ballots=ballots, people=people)
    except FacilitatorError as error:
        raise _not_from_figures(file, number, error.message) from None
    except (ValueError, TypeError, KeyError, AttributeError):
        raise invalid(file, "vote", number, "results") from None
    if json.loads(json.dumps(recomputed)) != json.loads(vote.results or "{}"):
        raise invalid(file, "vote", number, "results")


COUNTS = ("for", "against", "abstain")
CHOICES = frozenset(COUNTS)


def _whole(value: Any) -> bool:
    return type(value) is int and 0 <= value < MAX_FIGURE


def _score(value: Any, low: float, high: float) -> bool:
    return type(value) in (int, float) and low <= value <= high


def _tally_form(method: str, settings: dict[str, Any]) -> Callable[[Any], bool]:
    """What one item's figures look like for a method (as `votes.record_tally` is given them)."""
    if method == Method.COUNT:
        # all three, as the laptop records them: the engine counts no missing figure
        return lambda f: set(f) == CHOICES and all(map(_whole, f.values()))
    if method == Method.DOTS:
        return lambda f: set(f) == {"dots"} and _whole(f["dots"])
    if method == Method.RATING:
        criteria = set(settings.get("criteria", ("effect", "feasibility")))
        low, high = float(settings.get("low", 0)), float(settings.get("high", 10))
        return lambda f: (
            set(f) - {"raters"} == criteria
            and all(_score(f[c], low, high) for c in criteria)
            and ("raters" not in f or _whole(f["raters"]))
        )
    return lambda f: False  # named and ranking votes are counted from ballots


def _ballot_form(method: str, items: set[str]) -> Callable[[Any], bool]:
    """What one voter's choices look like for a method (as `votes.record_ballot` is given them)."""
    if method == Method.NAMED:
        return lambda c: isinstance(c, dict) and set(c) <= items and set(c.values()) <= CHOICES
    if method == Method.DOTS:
        return lambda c: isinstance(c, dict) and set(c) <= items and all(map(_whole, c.values()))
    if method == Method.RATING:
        return lambda c: (
            isinstance(c, dict) and set(c) <= items and all(isinstance(s, dict) for s in c.values())
        )
    if method == Method.RANKING:
        return lambda c: (
            isinstance(c, list) and all(isinstance(g, list) and set(g) <= items for g in c)
        )
    return lambda c: False  # count votes are counted from tallies


def check_figures(tables: dict[str, list[Row]], file: str) -> None:
    """Every live tally and ballot in the form its vote's method gives them."""
    names = columns(TABLES["vote"])
    at = {n: names.index(n) for n in ("id", "method", "settings", "items")}
    forms = {}
    for row in tables["vote"]:
        method, settings = row[at["method"]], json.loads(row[at["settings"]])
        forms[row[at["id"]]] = (
            _tally_form(method, settings),
            _ballot_form(method, set(json.loads(row[at["items"]]))),
        )
    _check_facts(tables, "tally", "figures", 0, forms, file)
    _check_facts(tables, "ballot", "choices", 1, forms, file)


def _check_facts(
    tables: dict[str, list[Row]],
    table: str,
    field: str,
    kind: int,
    forms: dict[str, tuple[Callable[[Any], bool], Callable[[Any], bool]]],
    file: str,
) -> None:
    names = columns(TABLES[table])
    at_vote, at_value, at_deleted = names.index("vote"), names.index(field), names.index("deleted")
    for number, row in enumerate(tables[table], start=1):
        if row[at_deleted]:
            continue
        try:
            ok = forms[row[at_vote]][kind](json.loads(row[at_value]))
        except (KeyError, TypeError, ValueError, AttributeError):
            ok = False
        if not ok:
            raise invalid(file, table, number, field)


def _not_from_figures(file: str, number: int, reason: Any) -> FacilitatorError:
    return bad_row(
        file,
        "vote",
        number,
        problem(
            QT_TRANSLATE_NOOP(
                "Exchange", "its locked result cannot be counted from its figures: {reason}"
            ),
            reason=reason,
        ),
    )
