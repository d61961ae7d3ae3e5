"""Which items the rules propose, and how a person's overrides change them."""

from __future__ import annotations

import pytest

from facilitator.export.resolution import VoteSummary
from facilitator.export.selection import (
    FINAL,
    NOTES,
    PROPOSE,
    RECOMMEND,
    SUPPORT,
    ItemOverride,
    SelectionRules,
    choose,
)
from facilitator.messages import FacilitatorError
from facilitator.services.proposals import ProposalRow


def row(
    pid: str, kind: str = "proposal", status: str = "draft", platform: str = "p1", **kw: str
) -> ProposalRow:
    number = int(pid[1:]) if pid[1:].isdigit() else 1
    fields = dict(title=f"Title {pid}", text="", tags="", presenter="", organisation="",
                  responsible="", deadline="", updated_at="")  # fmt: skip
    fields.update(kw)
    return ProposalRow(pid, platform, 1, number, kind, fields["title"], fields["text"],
                       fields["tags"], status, fields["presenter"], fields["organisation"],
                       fields["responsible"], fields["deadline"], fields["updated_at"])  # fmt: skip


ROWS = [
    row("a1", "problem"),
    row("a2", "proposal", "adopted", text="Full wording of a2"),
    row("a3", "proposal", "voting"),
    row("a4", "resolution_item", "adopted"),
    row("a5", "initiative", "adopted", text="Long description"),
    row("a6", "proposal", "rejected"),
    row("a7", "problem", "withdrawn"),
    row("a8", "proposal", "draft"),
]


def ids(chosen: list) -> list[str]:
    return [c.row.id for c in chosen]


def test_default_rules_take_adopted_items_and_problems() -> None:
    chosen = choose(ROWS, SelectionRules())
    assert ids(chosen) == ["a1", "a2", "a4", "a5"]
    groups = {c.row.id: c.group for c in chosen}
    assert groups == {"a1": NOTES, "a2": PROPOSE, "a4": RECOMMEND, "a5": SUPPORT}


def test_wording_is_the_text_but_an_initiative_keeps_its_name() -> None:
    wording = {c.row.id: c.wording for c in choose(ROWS, SelectionRules())}
    assert wording["a2"] == "Full wording of a2"
    assert wording["a4"] == "Title a4"
    assert wording["a5"] == "Title a5"


def test_top_n_and_threshold_by_votes() -> None:
    votes = {
        "a3": VoteSummary("count", for_=9, against=1, abstain=0),
        "a8": VoteSummary("dots", dots=4),
        "a6": VoteSummary("count", for_=20),  # rejected: never proposed by a rule
    }
    top1 = choose(
        ROWS, SelectionRules(include_adopted=False, include_problems=False, top_n=1), votes=votes
    )
    assert ids(top1) == ["a3"]
    threshold = SelectionRules(include_adopted=False, include_problems=False, min_score=4)
    assert ids(choose(ROWS, threshold, votes=votes)) == ["a3", "a8"]
    assert choose(ROWS, SelectionRules(top_n=5), votes=None)  # works without votes


def test_top_n_is_per_platform() -> None:
    rows = [row("b1", platform="x"), row("b2", platform="x"), row("b3", platform="y")]
    votes = {pid: VoteSummary("dots", dots=n) for n, pid in enumerate(["b1", "b2", "b3"])}
    chosen = choose(rows, SelectionRules(top_n=1), votes=votes)
    assert sorted(ids(chosen)) == ["b2", "b3"]


def test_overrides_include_exclude_reword_move_and_order() -> None:
    overrides = [
        ItemOverride("a6", included=True),
        ItemOverride("a2", included=False),
        ItemOverride("a4", wording="  Новая формулировка  ", section=FINAL),
        ItemOverride("a5", position=0),
        ItemOverride("a1", position=1),
    ]
    chosen = choose(ROWS, SelectionRules(), overrides)
    assert ids(chosen) == ["a5", "a1", "a4", "a6"]
    a4 = next(c for c in chosen if c.row.id == "a4")
    assert (a4.group, a4.wording) == (FINAL, "Новая формулировка")


def test_bad_override_and_rules_are_refused() -> None:
    with pytest.raises(FacilitatorError, match="not a section"):
        ItemOverride("a1", section="nowhere")
    with pytest.raises(FacilitatorError, match="negative"):
        SelectionRules(top_n=-1)


def test_vote_score() -> None:
    assert VoteSummary("count", for_=3).score == 3
    assert VoteSummary("dots", dots=7).score == 7
    assert VoteSummary("rating", effect=4, feasibility=2).score == 3
    assert VoteSummary("ranking", rank=2).score == -2
    assert VoteSummary("count").score is None
