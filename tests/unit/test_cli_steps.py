"""Command-line edits kept as steps the app can undo: what is recorded, undone, refused."""

import pytest

from facilitator.cli import main
from facilitator.messages import FacilitatorError
from facilitator.services import participants, platforms, proposals, steps
from facilitator.store.db import open_session_file


def run(*args):
    return main([str(a) for a in args])


@pytest.fixture
def path(tmp_path, capsys):
    path = tmp_path / "s.fsession"
    titles = tmp_path / "platforms.txt"
    titles.write_text("Первая\nВторая\n", encoding="utf-8")
    assert run("new", path, "--title", "Форум", "--platforms", titles) == 0
    ideas = tmp_path / "ideas.csv"
    ideas.write_text("Название;Вид\nДороги;проблема\nМост;предложение\n", encoding="utf-8")
    assert run("proposals", "import", path, "--platform", 2, ideas) == 0
    people = tmp_path / "people.csv"
    people.write_text("ФИО;Площадка\nИванов Иван;2\nПетров Пётр;2\n", encoding="utf-8")
    assert run("participants", "import", path, people) == 0
    capsys.readouterr()
    return path


def taken(path):
    sf = open_session_file(path)
    return sf, steps.take_unseen(sf)


def test_only_single_record_commands_make_steps_oldest_first(path):
    assert run("proposals", "edit", path, "2.1", "--title", "Дороги и мосты") == 0
    assert run("proposals", "edit", path, "2.2", "--title", "Мост") == 0  # nothing changed
    assert run("platforms", "set", path, 1, "--room", "214") == 0
    assert run("session", "set", path, "--venue", "Иркутск") == 0
    assert run("attendance", path, "--platform", 2, "--present", "Иванов Иван") == 0
    assert run("platforms", "add", path, "--title", "Третья") == 0
    assert run("proposals", "delete", path, "2.2") == 0
    sf, found = taken(path)
    try:
        assert [s.label().format() for s in found] == [
            "Change 2.1 (command line)",
            "Change of platform 1 (command line)",
            "Change of the session (command line)",
            "Attendance at platform 2 (command line)",
            "New platform 3 (command line)",
            "Deletion 2.2 (command line)",
        ]
        assert found[0].records[0].before == {"title": "Дороги"}
        assert found[0].records[0].after == {"title": "Дороги и мосты"}
        assert steps.take_unseen(sf) == []  # seen once: not offered again
    finally:
        sf.close()


def test_undo_and_redo_each_kind_of_step(path):
    run("proposals", "edit", path, "2.1", "--title", "Дороги и мосты", "--status", "adopted")
    run("attendance", path, "--platform", 2, "--present", "Иванов Иван")
    run("platforms", "add", path, "--title", "Третья")
    run("proposals", "delete", path, "2.2")
    sf, found = taken(path)
    try:
        edit, present, added, deleted = found
        for step in reversed(found):
            steps.undo(sf, step)
        row = proposals.proposal_by_code("2.1")
        assert (row.title, row.status) == ("Дороги", "draft")
        assert proposals.proposal_by_code("2.2").title == "Мост"
        assert [p.title for p in platforms.list_platforms()] == ["Первая", "Вторая"]
        second = platforms.platform_by_number(2).id
        assert participants.present_count(second) == 0
        for step in found:
            steps.redo(sf, step)
        assert proposals.proposal_by_code("2.1").title == "Дороги и мосты"
        assert participants.present_count(second) == 1
        assert platforms.platform_by_number(3).title == "Третья"
        with pytest.raises(FacilitatorError):
            proposals.proposal_by_code("2.2")
        actions = [h["action"] for h in proposals.history(deleted.records[0].record_id)]
        assert actions == ["create", "delete", "restore", "delete"]  # undo is in the history
        assert edit.records and present.records and added.records
    finally:
        sf.close()


def test_undo_refused_when_the_record_changed_since(path):
    run("proposals", "edit", path, "2.1", "--title", "Дороги и мосты")
    run("proposals", "edit", path, "2.1", "--title", "Третий вариант")
    sf, (first, second) = taken(path)
    try:
        with pytest.raises(FacilitatorError) as refused:
            steps.undo(sf, first)
        assert "cannot be undone: proposal 2.1 was changed after it" in str(refused.value)
        assert proposals.proposal_by_code("2.1").title == "Третий вариант"  # nothing changed
        steps.undo(sf, second)
        steps.undo(sf, first)
        assert proposals.proposal_by_code("2.1").title == "Дороги"
    finally:
        sf.close()


def test_undo_of_an_edit_refused_when_the_proposal_was_deleted_since(path):
    run("proposals", "edit", path, "2.1", "--title", "Дороги и мосты")
    sf = open_session_file(path)
    try:
        proposals.delete_proposal(sf, proposals.proposal_by_code("2.1").id)
        (edit,) = steps.take_unseen(sf)
        with pytest.raises(FacilitatorError, match="cannot be undone"):
            steps.undo(sf, edit)
    finally:
        sf.close()


def test_a_refused_command_makes_no_step(path):
    assert run("proposals", "edit", path, "2.1", "--deadline", "someday") == 1
    assert run("attendance", path, "--platform", 2, "--present", "Сидоров") == 1
    sf, found = taken(path)
    sf.close()
    assert found == []


def test_marking_absent_someone_never_marked_is_nothing_to_undo(path):
    assert run("attendance", path, "--platform", 2, "--absent", "Петров Пётр") == 0
    assert run("attendance", path, "--platform", 2, "--present", "Петров Пётр") == 0
    sf, found = taken(path)
    sf.close()
    assert [[(t.before, t.after) for t in s.records] for s in found] == [
        [({"present": False}, {"present": True})]
    ]


def test_steps_seen_by_the_app_are_not_offered_again(path):
    run("proposals", "edit", path, "2.1", "--title", "Один")
    sf, found = taken(path)
    sf.close()
    assert len(found) == 1
    run("proposals", "edit", path, "2.1", "--title", "Два")
    sf, found = taken(path)
    sf.close()
    assert [s.records[0].after for s in found] == [{"title": "Два"}]


def test_only_the_last_steps_are_kept(path, monkeypatch):
    monkeypatch.setattr(steps, "MAX_STEPS", 3)
    for title in "abcde":
        run("proposals", "edit", path, "2.1", "--title", title)
    sf, found = taken(path)
    sf.close()
    assert [s.records[0].after["title"] for s in found] == ["c", "d", "e"]
