"""The secretariat's commands: kits and bundles into folders, merge by kind, conflicts settled,
similar proposals merged, the status of every platform."""

import json

import pytest

from facilitator.cli import main


def run(*args):
    return main([str(a) for a in args])


def out_json(capsys, *args):
    capsys.readouterr()
    assert run(*args, "--json") == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def day(tmp_path, capsys):
    """A master with two platforms, platform 2's laptop with one new proposal, bundled."""
    master = tmp_path / "m.fsession"
    titles = tmp_path / "platforms.txt"
    titles.write_text("Первая\nВторая\n", encoding="utf-8")
    run("new", master, "--title", "Форум", "--platforms", titles)
    ideas = tmp_path / "ideas.csv"
    ideas.write_text("title\nРазвитие малых городов Сибири\nДороги\n", encoding="utf-8")
    assert run("proposals", "import", master, "--platform", 1, ideas) == 0
    (tmp_path / "kits").mkdir()
    assert run("kit", master, "--platform", 2, "-o", tmp_path / "kits") == 0
    kit = tmp_path / "kits" / "platform-02.fkit"
    assert kit.exists()
    laptop = tmp_path / "l2.fsession"
    assert run("kit-open", kit, laptop) == 0
    people = tmp_path / "people.csv"
    people.write_text("ФИО;Площадка;Явка\nИванов;2;да\nПетров;2;нет\n", encoding="utf-8")
    assert run("participants", "import", laptop, people) == 0
    own = tmp_path / "own.csv"
    own.write_text("title\nРазвитие малых городов в Сибири\n", encoding="utf-8")
    assert run("proposals", "import", laptop, "--platform", 2, own) == 0
    (tmp_path / "stick").mkdir()
    capsys.readouterr()
    assert run("bundle", laptop, "-o", tmp_path / "stick") == 0
    (bundle,) = (tmp_path / "stick").glob("platform-02-*.fbundle")
    assert bundle.name in capsys.readouterr().out
    return master, laptop, bundle


def test_merge_says_what_it_added_by_kind_and_a_total(day, capsys):
    master, _, bundle = day
    capsys.readouterr()
    assert run("merge", master, bundle) == 0
    out = capsys.readouterr().out
    assert "Added: participants 2, attendance marks 2, proposals 1." in out
    assert "Total: 1 bundles; new 5, changed 0, unchanged 0, conflicts 0." in out
    assert run("merge", master, bundle, "--dry-run") == 0
    assert "Total: 1 bundles; new 0" in capsys.readouterr().out


def test_merging_a_laptops_session_file_says_to_bundle_it(day, capsys):
    master, laptop, _ = day
    capsys.readouterr()
    assert run("merge", master, laptop) == 1
    err = capsys.readouterr().err
    assert "l2.fsession is a session file, not a results bundle" in err
    assert "facilitator bundle l2.fsession -o FOLDER" in err


def conflict(day, capsys, tmp_path):
    master, laptop, bundle = day
    run("merge", master, bundle)
    assert run("proposals", "edit", laptop, "2.1", "--title", "С площадки", "--text", "т") == 0
    assert run("proposals", "edit", master, "2.1", "--title", "Секретариат", "--text", "с") == 0
    assert run("bundle", laptop, "-o", tmp_path / "stick") == 0
    assert run("merge", master, bundle) == 0
    (found,) = out_json(capsys, "conflicts", master)
    assert {f["name"] for f in found["fields"]} == {"title", "text"}
    return master, found["id"]


def test_a_conflict_settled_field_by_field(day, capsys, tmp_path):
    master, number = conflict(day, capsys, tmp_path)
    capsys.readouterr()
    assert run("conflicts", master, "--lang", "ru") == 0
    listed = capsys.readouterr().out
    assert f"№{number} предложение 2.1 «С площадки» (площадка 2):" in listed
    assert "название (title): здесь «Секретариат», на площадке «С площадки»" in listed
    assert "facilitator conflicts resolve СЕССИЯ НОМЕР --keep ours|theirs" in listed
    assert run("conflicts", "resolve", master, number, "--field", "colour=theirs") == 1
    assert "a field that differs in this conflict: title, text" in capsys.readouterr().err
    fields = ("--field", "title=theirs", "--field", "text=ours")
    assert run("conflicts", "resolve", master, number, *fields) == 0
    assert f"Conflict #{number} “С площадки” settled." in capsys.readouterr().out
    shown = out_json(capsys, "proposals", "show", master, "2.1")
    assert (shown["title"], shown["text"]) == ("С площадки", "с")
    assert out_json(capsys, "conflicts", master) == []
    assert run("conflicts", "resolve", master, number, "--keep", "ours") == 1
    assert f"no open conflict #{number}" in capsys.readouterr().err


@pytest.mark.parametrize(("keep", "title"), [("ours", "Секретариат"), ("theirs", "С площадки")])
def test_a_conflict_settled_by_keeping_one_side(day, capsys, tmp_path, keep, title):
    master, number = conflict(day, capsys, tmp_path)
    assert run("conflicts", "resolve", master, number, "--keep", keep) == 0
    assert out_json(capsys, "proposals", "show", master, "2.1")["title"] == title
    assert out_json(capsys, "status", master)[1]["conflicts"] == 0


def test_similar_found_and_merged_with_the_apps_rules(day, capsys):
    master, _, bundle = day
    run("merge", master, bundle)
    (group,) = out_json(capsys, "similar", master)
    assert [p["code"] for p in group["proposals"]] == ["1.1", "2.1"]
    assert group["platforms"] == [1, 2]
    assert run("similar", master) == 0
    assert "facilitator similar merge SESSION 1.1 2.1" in capsys.readouterr().out
    assert run("similar", "merge", master, "1.1", "2.1") == 0
    assert "Merged 1.1, 2.1 into 1.3 “Развитие малых городов Сибири”." in capsys.readouterr().out
    merged = out_json(capsys, "proposals", "show", master, "1.3")
    assert [link["platform"] for link in merged["lineage"]] == [1, 2]
    statuses = {p["code"]: p["status"] for p in out_json(capsys, "proposals", "list", master)}
    assert statuses == {"1.1": "merged", "1.2": "draft", "1.3": "draft", "2.1": "merged"}
    assert out_json(capsys, "similar", master) == []
    assert run("similar", "merge", master, "1.1", "1.2") == 1
    assert "not merged already" in capsys.readouterr().err


def test_status_per_platform(day, capsys):
    master, _, bundle = day
    before = out_json(capsys, "status", master)
    assert [(s["number"], s["kits"], s["bundles"], s["missing"]) for s in before] == [
        (1, 0, 0, ["no_kit", "no_bundle"]),
        (2, 1, 0, ["no_bundle"]),
    ]
    run("merge", master, bundle)
    after = out_json(capsys, "status", master)[1]
    assert (after["bundles"], after["last_sequence"], after["proposals"]) == (1, 1, 1)
    assert after["missing"] == [] and after["last_imported_at"]
    assert run("status", master) == 0
    out = capsys.readouterr().out
    assert "missing: no kit written, no bundle merged" in out and "last bundle 1, written" in out


def test_a_bundle_that_cannot_be_written_uses_no_sequence_number(day, capsys, tmp_path):
    master, laptop, _ = day
    capsys.readouterr()
    assert run("bundle", laptop, "-o", tmp_path / "no such folder" / "b.fbundle") == 1
    assert "cannot be written" in capsys.readouterr().err
    assert run("bundle", laptop, "-o", tmp_path / "b2.fbundle") == 0
    assert "Bundle 2 written" in capsys.readouterr().out  # the fixture's was 1
    assert run("merge", master, tmp_path / "b2.fbundle") == 0
    assert out_json(capsys, "status", master)[1]["last_sequence"] == 2
