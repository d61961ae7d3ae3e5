"""Every command with output prints JSON with `--json`: imports, attendance, edits, merges."""

import json

from facilitator.cli import main


def run_json(capsys, *args):
    capsys.readouterr()
    assert main([str(a) for a in args] + ["--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_writing_commands_report_in_json(tmp_path, capsys):
    path = tmp_path / "s.fsession"
    titles = tmp_path / "platforms.txt"
    titles.write_text("Первая\nВторая\n", encoding="utf-8")
    main(["new", str(path), "--title", "Форум", "--platforms", str(titles)])
    people = tmp_path / "people.csv"
    people.write_text("ФИО;Площадка;Явка;Цвет\nИванов;1;да;\nПетров;1;нет;\n", encoding="utf-8")
    report = run_json(capsys, "participants", "import", path, people)
    assert report == {
        "file": "people.csv",
        "added": 2,
        "skipped": 0,
        "present": 1,
        "ignored_columns": ["Цвет"],
    }
    marked = run_json(capsys, "attendance", path, "--platform", 1, "--present", "Петров")
    assert marked == {
        "platform": 1,
        "marked_present": 1,
        "marked_absent": 0,
        "present": 2,
        "participants": 2,
    }
    ideas = tmp_path / "ideas.csv"
    ideas.write_text("title\nДороги к паркам\nМосты\n", encoding="utf-8")
    assert run_json(capsys, "proposals", "import", path, "--platform", 1, ideas)["added"] == 2
    ideas.write_text("title\nДороги к паркам в Сибири\n", encoding="utf-8")
    run_json(capsys, "proposals", "import", path, "--platform", 2, ideas)
    edited = run_json(capsys, "proposals", "edit", path, "1.2", "--status", "voting")
    assert edited == {"code": "1.2", "changed": {"status": ["draft", "voting"]}}
    vote = tmp_path / "vote.csv"
    vote.write_text("Пункт;За;Против;Воздержались\n2;2;0;0\n", encoding="utf-8")
    counted = run_json(capsys, "votes", "import", path, "--platform", 1, vote)
    assert counted["items"]["1.2"]["result"] == "adopted" and counted["items"]["1.2"]["for"] == 2
    merged = run_json(capsys, "similar", "merge", path, "1.1", "2.1")
    assert merged == {"merged": "1.3", "title": "Дороги к паркам", "originals": ["1.1", "2.1"]}
