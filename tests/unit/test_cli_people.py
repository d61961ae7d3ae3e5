"""The command line on people: attendance marks and the participant list."""

import json

from facilitator.cli import main


def run(*args):
    return main([str(a) for a in args])


def people(tmp_path, capsys, platform=None):
    capsys.readouterr()
    args = ["participants", "list", tmp_path / "s.fsession", "--json"]
    assert run(*args, *(["--platform", platform] if platform else [])) == 0
    return json.loads(capsys.readouterr().out)


def session(tmp_path, capsys):
    path = tmp_path / "s.fsession"
    titles = tmp_path / "platforms.txt"
    titles.write_text("Первая\nВторая\n", encoding="utf-8")
    run("new", path, "--title", "Форум", "--platforms", titles)
    csv = tmp_path / "people.csv"
    csv.write_text(
        "ФИО;Организация;Площадка;Явка\n"
        "Иванов Иван Иванович;ИРНИТУ;1;да\n"
        "Петрова Анна;;1;нет\n"
        "Сидоров Пётр;;2;+\n"
        "Орлова Ольга;;2;\n",
        encoding="utf-8",
    )
    assert run("participants", "import", path, csv) == 0
    assert "4 added" in capsys.readouterr().out
    return path


def test_import_reads_the_attendance_column(tmp_path, capsys):
    session(tmp_path, capsys)
    listed = {p["full_name"]: p for p in people(tmp_path, capsys)}
    assert {n: p["present"] for n, p in listed.items()} == {
        "Иванов Иван Иванович": True,
        "Петрова Анна": False,
        "Сидоров Пётр": True,
        "Орлова Ольга": False,
    }
    assert listed["Иванов Иван Иванович"]["organisation"] == "ИРНИТУ"
    assert listed["Сидоров Пётр"]["platform"] == 2
    assert [p["full_name"] for p in people(tmp_path, capsys, 2)] == ["Орлова Ольга", "Сидоров Пётр"]


def test_an_unknown_presence_mark_is_refused_naming_row_and_column(tmp_path, capsys):
    path = session(tmp_path, capsys)
    bad = tmp_path / "bad.csv"
    bad.write_text("ФИО,Площадка,Присутствовал\nНовый Человек,1,может быть\n", encoding="utf-8")
    assert run("participants", "import", path, bad) == 1
    err = capsys.readouterr().err
    assert "row 2, column “Присутствовал”" in err and "“может быть” is not a presence mark" in err
    assert len(people(tmp_path, capsys)) == 4
    bad.write_text("ФИО,Явка\nНовый Человек,да\n", encoding="utf-8")
    assert run("participants", "import", path, bad) == 1
    assert "a presence mark needs the participant's platform" in capsys.readouterr().err


def test_attendance_by_name_then_absent_then_all(tmp_path, capsys):
    path = session(tmp_path, capsys)
    assert run("attendance", path, "--platform", 1, "--present", "петрова  анна") == 0
    assert "present now 2 of 2" in capsys.readouterr().out
    assert run("attendance", path, "--platform", 1, "--absent", "Иванов Иван Иванович") == 0
    assert "present now 1 of 2" in capsys.readouterr().out
    assert run("attendance", path, "--platform", 2, "--all") == 0
    assert "present now 2 of 2" in capsys.readouterr().out
    present = {p["full_name"] for p in people(tmp_path, capsys) if p["present"]}
    assert present == {"Петрова Анна", "Сидоров Пётр", "Орлова Ольга"}


def test_a_name_not_on_the_platform_is_named_with_close_matches_and_nothing_changes(
    tmp_path, capsys
):
    path = session(tmp_path, capsys)
    args = ("attendance", path, "--platform", 1, "--present", "Петрова Анна", "Иванов Иван")
    assert run(*args) == 1
    err = capsys.readouterr().err
    assert "“Иванов Иван” is not a participant of platform 1" in err
    assert "did you mean: Иванов Иван Иванович" in err
    assert "participants list SESSION --platform 1" in err
    # Sidorov is on platform 2: not offered as platform 1's participant
    assert run("attendance", path, "--platform", 1, "--present", "Сидоров Пётр") == 1
    assert "Сидоров Пётр” is not a participant of platform 1" in capsys.readouterr().err
    present = {p["full_name"] for p in people(tmp_path, capsys) if p["present"]}
    assert present == {"Иванов Иван Иванович", "Сидоров Пётр"}


def test_attendance_from_a_file_with_and_without_a_present_column(tmp_path, capsys):
    path = session(tmp_path, capsys)
    marks = tmp_path / "marks.csv"
    marks.write_text("ФИО;Присутствует\nИванов Иван Иванович;0\nПетрова Анна;yes\n", "utf-8")
    assert run("attendance", path, "--platform", 1, "--file", marks) == 0
    assert "1 marked present, 1 absent" in capsys.readouterr().out
    names = tmp_path / "names.csv"
    names.write_text("ФИО\nОрлова Ольга\n", "utf-8")
    assert run("attendance", path, "--platform", 2, "--file", names) == 0
    present = {p["full_name"] for p in people(tmp_path, capsys) if p["present"]}
    assert present == {"Петрова Анна", "Сидоров Пётр", "Орлова Ольга"}
    bad = tmp_path / "bad.csv"
    bad.write_text("ФИО\nНикто Никтович\n", "utf-8")
    assert run("attendance", path, "--platform", 2, "--file", bad) == 1
    assert "row 2: “Никто Никтович” is not a participant of platform 2" in capsys.readouterr().err


def test_the_participant_list_as_text(tmp_path, capsys):
    path = session(tmp_path, capsys)
    capsys.readouterr()
    assert run("participants", "list", path, "--platform", 1) == 0
    out = capsys.readouterr().out
    assert "+   1  Иванов Иван Иванович (ИРНИТУ)" in out
    assert "Participants: 2, present: 1." in out
