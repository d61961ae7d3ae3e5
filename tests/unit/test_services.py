"""Services: every edit one transaction with history; tombstones; numbering; validation."""

import json

import pytest

from facilitator.messages import FacilitatorError
from facilitator.services import participants, platforms, proposals
from facilitator.services.session import edit_session
from facilitator.store.models import History, Proposal


def first(sf):
    return platforms.list_platforms()[0]


def test_proposals_are_numbered_per_platform(sf):
    one, two = platforms.list_platforms()
    a = proposals.add_proposal(sf, one.id, "A")
    b = proposals.add_proposal(sf, one.id, "B", kind="problem")
    c = proposals.add_proposal(sf, two.id, "C")
    codes = {r.title: r.code for r in proposals.list_proposals()}
    assert codes == {"A": "1.1", "B": "1.2", "C": "2.1"}
    assert (a.number, b.number, c.number) == (1, 2, 1)


def test_deleted_number_is_not_reused(sf):
    p = first(sf)
    a = proposals.add_proposal(sf, p.id, "A")
    proposals.delete_proposal(sf, a.id)
    b = proposals.add_proposal(sf, p.id, "B")
    assert b.number == 2


def test_edit_records_old_and_new_values_in_history(sf):
    a = proposals.add_proposal(sf, first(sf).id, "Title")
    changed = proposals.edit_proposal(sf, a.id, title="New title", status="adopted")
    assert changed == {"title": ("Title", "New title"), "status": ("draft", "adopted")}
    last = History.select().order_by(History.id.desc()).get()
    assert last.action == "update" and last.record_id == a.id
    assert json.loads(last.changes) == {
        "title": ["Title", "New title"],
        "status": ["draft", "adopted"],
    }


def test_edit_bumps_the_version_and_unchanged_edit_writes_nothing(sf):
    a = proposals.add_proposal(sf, first(sf).id, "Title")
    before = Proposal.get_by_id(a.id).version
    proposals.edit_proposal(sf, a.id, text="Body")
    after = Proposal.get_by_id(a.id).version
    assert after > before
    count = History.select().count()
    assert proposals.edit_proposal(sf, a.id, text="Body") == {}
    assert History.select().count() == count


def test_delete_is_a_tombstone_and_restore_brings_it_back(sf):
    a = proposals.add_proposal(sf, first(sf).id, "Title")
    proposals.delete_proposal(sf, a.id)
    assert proposals.list_proposals() == []
    assert Proposal.get_by_id(a.id).deleted
    proposals.restore_proposal(sf, a.id)
    assert [r.id for r in proposals.list_proposals()] == [a.id]
    actions = [h.action for h in History.select().where(History.record_id == a.id)]
    assert actions == ["create", "delete", "restore"]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"title": "  "}, "must not be empty"),
        ({"kind": "wish"}, "is not a kind"),
        ({"status": "maybe"}, "is not a status"),
        ({"deadline": "31.02.2026"}, "is not a date"),
    ],
)
def test_invalid_edits_are_refused_and_change_nothing(sf, fields, problem):
    a = proposals.add_proposal(sf, first(sf).id, "Title")
    count = History.select().count()
    with pytest.raises(FacilitatorError, match=problem):
        proposals.edit_proposal(sf, a.id, **fields)
    assert History.select().count() == count
    assert proposals.proposal_row(a.id).title == "Title"


def test_russian_kind_status_and_date_are_understood(sf):
    a = proposals.add_proposal(sf, first(sf).id, "Заголовок", kind="Пункт резолюции")
    proposals.edit_proposal(sf, a.id, status="Принято", deadline="01.09.2026", tags="a; b, a")
    row = proposals.proposal_row(a.id)
    assert (row.kind, row.status, row.deadline, row.tags) == (
        "resolution_item",
        "adopted",
        "2026-09-01",
        "a, b",
    )


def test_control_characters_are_dropped_from_text(sf):
    a = proposals.add_proposal(sf, first(sf).id, "Bad\x00 title\x07", text="line\nnext")
    row = proposals.proposal_row(a.id)
    assert row.title == "Bad title" and row.text == "line\nnext"


def test_platforms_reorder_and_delete_renumbers(sf):
    third = platforms.add_platform(sf, "Third")
    platforms.move_platform(sf, third.id, 1)
    assert [p.title for p in platforms.list_platforms()] == [
        "Third",
        "First platform",
        "Second platform",
    ]
    assert [p.number for p in platforms.list_platforms()] == [1, 2, 3]
    platforms.delete_platform(sf, third.id)
    assert [(p.number, p.title) for p in platforms.list_platforms()] == [
        (1, "First platform"),
        (2, "Second platform"),
    ]
    platforms.restore_platform(sf, third.id, 1)
    assert [p.title for p in platforms.list_platforms()][0] == "Third"


def test_attendance_counts_present_participants(sf):
    p = first(sf)
    people = [participants.add_participant(sf, f"Person {i}", platform=p.id) for i in range(3)]
    participants.set_present(sf, people[0].id, p.id, True)
    participants.set_present(sf, people[1].id, p.id, True)
    participants.set_present(sf, people[1].id, p.id, False)
    participants.set_present(sf, people[2].id, p.id, True)
    participants.delete_participant(sf, people[2].id)
    assert participants.present_count(p.id) == 1
    rows = {r.full_name: r.present for r in participants.list_participants(p.id)}
    assert rows == {"Person 0": True, "Person 1": False}


def test_session_edit_validates_date(sf):
    edit_session(sf, date="05.06.2026", venue="Иркутск")
    assert (sf.session.date, sf.session.venue) == ("2026-06-05", "Иркутск")
    with pytest.raises(FacilitatorError, match="not a date"):
        edit_session(sf, date="June")


def test_a_platform_laptop_captures_and_votes_for_its_own_platform_only(sf):
    from facilitator.services import votes

    own, other = platforms.list_platforms()
    foreign = proposals.add_proposal(sf, other.id, "Made by the secretariat")
    sf.set_meta(platforms.LOCAL_PLATFORM_KEY, own.id)
    proposals.add_proposal(sf, own.id, "Ours")
    for attempt in (
        lambda: proposals.add_proposal(sf, other.id, "Not ours"),
        lambda: proposals.edit_proposal(sf, foreign.id, title="Changed"),
        lambda: proposals.delete_proposal(sf, foreign.id),
        lambda: votes.start_vote(sf, other.id, "count", [foreign.id]),
    ):
        with pytest.raises(FacilitatorError, match="its own platform only"):
            attempt()
    assert [r.title for r in proposals.list_proposals(other.id)] == ["Made by the secretariat"]
