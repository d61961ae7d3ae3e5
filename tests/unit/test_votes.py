"""Vote services: facts not increments, attendance limits, close/reopen/re-run, results."""

import json

import pytest

from facilitator.messages import FacilitatorError
from facilitator.services import participants, platforms, proposals, votes
from facilitator.services.results import results_report
from facilitator.services.vote_results import evaluate
from facilitator.store.models import History, Tally


@pytest.fixture
def room(sf):
    """A platform with 5 registered participants, 4 present, and three proposals."""
    platform = platforms.list_platforms()[0]
    people = [participants.add_participant(sf, f"P{i}", platform=platform.id) for i in range(5)]
    for person in people[:4]:
        participants.set_present(sf, person.id, platform.id, True)
    items = [proposals.add_proposal(sf, platform.id, f"Item {i}").id for i in range(3)]
    return platform, [p.id for p in people], items


def test_count_vote_from_start_to_close(sf, room):
    platform, _, items = room
    vote = votes.start_vote(sf, platform.id, "count", items[:1])
    assert proposals.proposal_row(items[0]).status == "voting"
    votes.record_tally(sf, vote.id, items[0], {"for": 3, "against": 1, "abstain": 0})
    results = votes.close_vote(sf, vote.id)
    assert results[items[0]]["result"] == "adopted"
    assert proposals.proposal_row(items[0]).status == "adopted"


def test_a_corrected_tally_replaces_the_fact(sf, room):
    platform, _, items = room
    vote = votes.start_vote(sf, platform.id, "count", items[:1])
    votes.record_tally(sf, vote.id, items[0], {"for": 1, "against": 1, "abstain": 0})
    votes.record_tally(sf, vote.id, items[0], {"for": 3, "against": 1, "abstain": 0})
    stored = Tally.select().where(Tally.vote == vote.id)
    assert [json.loads(t.figures)["for"] for t in stored] == [3]
    assert stored[0].id == votes.fact_id("tally", vote.id, items[0])


@pytest.mark.parametrize(
    ("figures", "problem"),
    [
        ({"for": -1, "against": 0, "abstain": 0}, "negative"),
        ({"for": 3, "against": 1, "abstain": 1}, "present"),
    ],
)
def test_impossible_counts_are_refused_and_nothing_is_stored(sf, room, figures, problem):
    platform, _, items = room
    vote = votes.start_vote(sf, platform.id, "count", items[:1])
    history = History.select().count()
    with pytest.raises(FacilitatorError, match=problem):
        votes.record_tally(sf, vote.id, items[0], figures)
    assert Tally.select().count() == 0 and History.select().count() == history


def test_no_quorum_when_too_few_are_present(sf, room):
    platform, people, items = room
    for person in people[1:4]:
        participants.set_present(sf, person, platform.id, False)
    vote = votes.start_vote(sf, platform.id, "count", items[:1])
    votes.record_tally(sf, vote.id, items[0], {"for": 1, "against": 0, "abstain": 0})
    assert votes.close_vote(sf, vote.id)[items[0]]["result"] == "no_quorum"
    assert proposals.proposal_row(items[0]).status == "voting"


def test_closed_vote_is_locked_and_keeps_its_attendance(sf, room):
    platform, people, items = room
    vote = votes.start_vote(sf, platform.id, "named", items[:1])
    for person in people[:3]:
        votes.record_ballot(sf, vote.id, person, {items[0]: "for"})
    votes.close_vote(sf, vote.id)
    participants.set_present(sf, people[0], platform.id, False)  # leaves after the vote
    vote = votes.get_vote(vote.id)
    assert evaluate(vote)[items[0]]["present"] == 4
    with pytest.raises(FacilitatorError, match="closed"):
        votes.record_ballot(sf, vote.id, people[3], {items[0]: "against"})
    votes.reopen_vote(sf, vote.id)
    actions = [
        json.loads(h.changes).get("status")
        for h in History.select().where(History.record_id == vote.id, History.action == "update")
    ]
    assert actions == [["open", "closed"], ["closed", "open"]]


def test_absent_participant_cannot_vote(sf, room):
    platform, people, items = room
    vote = votes.start_vote(sf, platform.id, "named", items[:1])
    with pytest.raises(FacilitatorError) as refused:
        votes.record_ballot(sf, vote.id, people[4], {items[0]: "for"})
    name = participants.get_participant(people[4]).full_name
    assert str(refused.value) == f"Participant {name} is not present."


def test_a_refused_item_is_named_by_its_number_not_its_id(sf, room):
    platform, _, items = room
    vote = votes.start_vote(sf, platform.id, "dots", items[:2], {"dots": 3, "cap": 2})
    with pytest.raises(FacilitatorError) as refused:
        votes.record_tally(sf, vote.id, items[1], {"dots": 9})
    code = proposals.proposal_row(items[1]).code
    assert f"on item {code};" in str(refused.value) and items[1] not in str(refused.value)


def test_rerun_keeps_the_earlier_round(sf, room):
    platform, _, items = room
    first = votes.start_vote(sf, platform.id, "count", items[:1])
    votes.record_tally(sf, first.id, items[0], {"for": 1, "against": 2, "abstain": 1})
    votes.close_vote(sf, first.id)
    second = votes.rerun_vote(sf, first.id)
    votes.record_tally(sf, second.id, items[0], {"for": 4, "against": 0, "abstain": 0})
    votes.close_vote(sf, second.id)
    assert second.round == 2
    assert evaluate(votes.get_vote(first.id))[items[0]]["for"] == 1
    assert evaluate(votes.get_vote(second.id))[items[0]]["result"] == "adopted"


def test_dots_rating_and_ranking_results(sf, room):
    platform, people, items = room
    dots = votes.start_vote(sf, platform.id, "dots", items, {"dots": 3})
    for item, count in zip(items, (5, 7, 0), strict=True):
        votes.record_tally(sf, dots.id, item, {"dots": count})
    with pytest.raises(FacilitatorError):
        votes.record_tally(sf, dots.id, items[2], {"dots": 1})  # 13 > 3 × 4 present
    rating = votes.start_vote(sf, platform.id, "rating", items[:2])
    votes.record_ballot(sf, rating.id, people[0], {items[0]: {"effect": 8, "feasibility": 9}})
    votes.record_ballot(sf, rating.id, people[1], {items[0]: {"effect": 6, "feasibility": 7}})
    ranking = votes.start_vote(sf, platform.id, "ranking", items)
    for person in people[:3]:
        votes.record_ballot(sf, ranking.id, person, [[items[1]], [items[0]], [items[2]]])
    report = results_report(platform.number)["platforms"][0]["votes"]
    by_method = {v["method"]: v["items"] for v in report}
    assert [(e["title"], e["dots"], e["rank"]) for e in by_method["dots"]] == [
        ("Item 1", 7, 1),
        ("Item 0", 5, 2),
        ("Item 2", 0, 3),
    ]
    assert by_method["rating"][0]["means"] == {"effect": 7.0, "feasibility": 8.0}
    assert by_method["rating"][0]["quadrant"] == "quick_win"
    assert [e["title"] for e in by_method["ranking"]] == ["Item 1", "Item 0", "Item 2"]


def test_only_this_platforms_proposals_can_be_voted(sf, room):
    platform, _, _ = room
    other = platforms.list_platforms()[1]
    foreign = proposals.add_proposal(sf, other.id, "Elsewhere")
    with pytest.raises(FacilitatorError, match="Only proposals of this platform"):
        votes.start_vote(sf, platform.id, "count", [foreign.id])


def test_a_closed_vote_keeps_its_locked_result(sf, room):
    platform, people, items = room
    vote = votes.start_vote(sf, platform.id, "dots", items[:2], {"dots": 3})
    votes.record_tally(sf, vote.id, items[0], {"dots": 4})
    locked = votes.close_vote(sf, vote.id)
    Tally.update(figures='{"dots": 1}').execute()  # a stray change under a closed vote
    assert evaluate(votes.get_vote(vote.id)) == json.loads(json.dumps(locked))
    votes.reopen_vote(sf, vote.id)
    assert evaluate(votes.get_vote(vote.id))[items[0]]["dots"] == 1  # open: counted live
