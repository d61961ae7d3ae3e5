"""The command line on records: proposals listed, shown, edited and deleted; platforms and
the session set up after `new`."""

import json

import pytest

from facilitator.cli import main, normalise


def run(*args):
    return main([str(a) for a in args])


def out_json(capsys, *args):
    capsys.readouterr()
    assert run(*args, "--json") == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def path(tmp_path, capsys):
    path = tmp_path / "s.fsession"
    titles = tmp_path / "platforms.txt"
    titles.write_text("Первая\nВторая\n", encoding="utf-8")
    run("new", path, "--title", "Форум", "--platforms", titles)
    ideas = tmp_path / "ideas.csv"
    ideas.write_text(
        "Название;Вид;Статус;Докладчик\n"
        "Дороги;проблема;;Иванов\n"
        "Мост через реку;предложение;принято;Петров\n"
        "Кадры;предложение;;\n",
        encoding="utf-8",
    )
    assert run("proposals", "import", path, "--platform", 2, ideas) == 0
    capsys.readouterr()
    return path


def test_proposals_list_filters_by_platform_kind_and_status(path, capsys):
    listed = out_json(capsys, "proposals", "list", path)
    assert [(p["code"], p["kind"], p["status"]) for p in listed] == [
        ("2.1", "problem", "draft"),
        ("2.2", "proposal", "adopted"),
        ("2.3", "proposal", "draft"),
    ]
    assert out_json(capsys, "proposals", "list", path, "--platform", 1) == []
    only = out_json(capsys, "proposals", "list", path, "--kind", "предложение", "--status", "draft")
    assert [p["title"] for p in only] == ["Кадры"]
    assert run("proposals", "list", path, "--status", "maybe") == 1
    assert "“maybe” is not a status" in capsys.readouterr().err


def test_edit_is_one_step_in_the_history_and_show_has_it(path, capsys):
    args = ("proposals", "edit", path, "2.3", "--status", "adopted", "--deadline", "31.12.2026")
    assert run(*args, "--responsible", "Минпромторг") == 0
    assert "Proposal 2.3 changed: responsible, status, deadline." in capsys.readouterr().out
    shown = out_json(capsys, "proposals", "show", path, "2.3")
    assert (shown["status"], shown["deadline"], shown["responsible"]) == (
        "adopted",
        "2026-12-31",
        "Минпромторг",
    )
    assert [h["action"] for h in shown["history"]] == ["create", "update"]
    assert shown["history"][1]["changes"]["status"] == ["draft", "adopted"]
    assert run("proposals", "edit", path, "2.3", "--status", "adopted") == 0
    assert "nothing changed" in capsys.readouterr().out
    assert run("proposals", "edit", path, "2.3", "--title", "") == 1
    assert "must not be empty" in capsys.readouterr().err
    assert run("proposals", "show", path, "2.3") == 0
    text = capsys.readouterr().out
    assert "2.3  Proposal · Adopted  Кадры" in text and "“Draft” → “Adopted”" in text


def test_delete_leaves_a_tombstone_and_the_number_is_gone(path, capsys):
    assert run("proposals", "delete", path, "2.1") == 0
    assert "Proposal 2.1 “Дороги” deleted" in capsys.readouterr().out
    assert [p["code"] for p in out_json(capsys, "proposals", "list", path)] == ["2.2", "2.3"]
    assert run("proposals", "show", path, "2.1") == 1
    assert "There is no proposal 2.1" in capsys.readouterr().err
    assert run("proposals", "delete", path, "7") == 1
    assert "such as 3.12" in capsys.readouterr().err


def test_platforms_listed_changed_and_added(path, capsys):
    assert run("platforms", "set", path, 2, "--moderator", "Петров П. П.", "--room", "214") == 0
    assert "Platform 2: changed moderators, room." in capsys.readouterr().out
    assert run("platforms", "add", path, "--title", "Третья", "--room", "101") == 0
    assert "Platform 3 added: Третья." in capsys.readouterr().out
    listed = out_json(capsys, "platforms", path)
    assert [(p["number"], p["title"], p["moderators"], p["room"]) for p in listed] == [
        (1, "Первая", "", ""),
        (2, "Вторая", "Петров П. П.", "214"),
        (3, "Третья", "", "101"),
    ]
    assert run("platforms", "set", path, 5, "--room", "1") == 1
    assert "no platform number 5" in capsys.readouterr().err


def test_a_platforms_secretary_is_set_listed_and_travels_in_its_kit(path, capsys, tmp_path):
    assert run("platforms", "set", path, 2, "--secretary", "Никитина Анна Павловна") == 0
    assert "Platform 2: changed secretary." in capsys.readouterr().out
    listed = out_json(capsys, "platforms", path)
    assert [p["secretary"] for p in listed] == ["", "Никитина Анна Павловна"]
    assert run("platforms", "list", path) == 0
    assert "secretary: Никитина Анна Павловна;" in capsys.readouterr().out
    kit, laptop = tmp_path / "2.fkit", tmp_path / "laptop.fsession"
    assert run("kit", "--platform", 2, "-o", kit, path) == 0
    assert run("kit-open", kit, laptop) == 0
    capsys.readouterr()
    (on_laptop,) = [p for p in out_json(capsys, "platforms", laptop) if p["number"] == 2]
    assert on_laptop["secretary"] == "Никитина Анна Павловна"


def test_session_set_changes_only_the_fields_given(path, capsys):
    assert run("session", "set", path, "--date", "05.06.2026", "--venue", "Иркутск") == 0
    assert "The session: changed date, venue." in capsys.readouterr().out
    info = out_json(capsys, "info", path)["session"]
    assert (info["title"], info["date"], info["venue"]) == ("Форум", "2026-06-05", "Иркутск")
    assert run("session", "set", path, "--date", "завтра") == 1
    assert "is not a date" in capsys.readouterr().err


def test_chair_and_secretary_from_new_and_session_set(tmp_path, capsys):
    path = tmp_path / "signed.fsession"
    given = ("--chair", "Орлов Пётр Сергеевич", "--chair-position", "Председатель оргкомитета")
    assert run("new", path, "--title", "Форум", *given, "--secretary", "Лебедева А. И.") == 0
    info = out_json(capsys, "info", path)["session"]
    assert (info["chair"], info["chair_position"]) == given[1::2]
    assert (info["secretary"], info["secretary_position"]) == ("Лебедева А. И.", "")
    assert run("session", "set", path, "--secretary-position", "Секретарь сессии") == 0
    assert "changed secretary's position." in capsys.readouterr().out
    info = out_json(capsys, "info", path)["session"]
    assert (info["secretary"], info["secretary_position"]) == (
        "Лебедева А. И.",
        "Секретарь сессии",
    )
    assert info["chair"] == "Орлов Пётр Сергеевич"
    assert run("info", path) == 0
    out = capsys.readouterr().out
    assert "Chair: Орлов Пётр Сергеевич, Председатель оргкомитета" in out
    assert "Secretary: Лебедева А. И., Секретарь сессии" in out


def test_lang_after_the_command_and_a_default_action():
    assert normalise(["platforms", "x.fsession", "--lang", "ru"]) == [
        "--lang",
        "ru",
        "platforms",
        "list",
        "x.fsession",
    ]
    assert normalise(["platforms", "set", "x", "1", "--lang=en"]) == [
        "--lang=en",
        "platforms",
        "set",
        "x",
        "1",
    ]
    assert normalise(["platforms", "--help"]) == ["platforms", "--help"]


def test_info_json_has_the_session_totals(tmp_path, capsys):
    path = tmp_path / "demo.fsession"
    run("demo", path, "--filled")
    info = out_json(capsys, "info", path)
    totals, platforms = info["totals"], info["platforms"]
    assert totals["platforms"] == len(platforms) == 7
    assert totals["participants"] == sum(p["participants"] for p in platforms) > 0
    assert 0 < totals["present"] < totals["participants"]
    assert totals["proposals"]["all"] == sum(sum(p["proposals"].values()) for p in platforms)
    assert totals["proposals"]["problem"] == sum(p["proposals"]["problem"] for p in platforms)


def test_new_skips_a_header_line_and_refuses_a_table_given_for_the_platforms(tmp_path, capsys):
    titles = tmp_path / "platforms.txt"
    titles.write_text("Название площадки\nПервая\nВторая, с запятой\n", encoding="utf-8")
    path = tmp_path / "s.fsession"
    assert run("new", path, "--title", "Форум", "--platforms", titles) == 0
    assert [p["title"] for p in out_json(capsys, "platforms", path)] == [
        "Первая",
        "Вторая, с запятой",
    ]
    table = tmp_path / "platforms.csv"
    table.write_text("Первая\n2;Вторая;Петров\n", encoding="utf-8")
    other = tmp_path / "t.fsession"
    assert run("new", other, "--title", "Форум", "--platforms", table) == 1
    assert "platforms.csv, line 2: this looks like a table" in capsys.readouterr().err
    assert not other.exists()
