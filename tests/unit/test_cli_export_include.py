"""`export --include adopted|voted|all` chooses what goes into the resolution without the app."""

import json

import pytest
from docx import Document

from facilitator.cli import main


def run(*args):
    return main([str(a) for a in args])


def wording(p):
    return p["title"] if p["kind"] == "initiative" else (p["text"] or p["title"])


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    path = folder / "demo.fsession"
    run("demo", path, "--filled")
    idea = folder / "idea.csv"
    idea.write_text("Название\nНепроголосованное предложение\n", encoding="utf-8")
    run("proposals", "import", path, "--platform", 1, idea)
    texts = {}
    for include in ("adopted", "voted", "all"):
        out = folder / f"{include}.docx"
        assert run("export", path, "-o", out, "--include", include) == 0
        texts[include] = "\n".join(p.text for p in Document(out).paragraphs)
    return path, texts


def test_each_choice_takes_in_more(written, capsys):
    path, texts = written
    capsys.readouterr()
    run("proposals", "list", path, "--json")
    rows = [p for p in json.loads(capsys.readouterr().out) if p["kind"] != "problem"]
    adopted = next(p for p in rows if p["status"] == "adopted")
    # a vote still open decides nothing: "voted" does not take it in, "all" does
    still_open = next(p for p in rows if p["status"] == "voting" and p["votes"])
    unvoted = next(p for p in rows if p["status"] == "draft" and not p["votes"])
    assert wording(adopted) in texts["adopted"]
    assert wording(still_open) not in texts["adopted"]
    assert wording(still_open) not in texts["voted"] and wording(still_open) in texts["all"]
    assert wording(unvoted) == "Непроголосованное предложение"
    assert wording(unvoted) not in texts["voted"] and wording(unvoted) in texts["all"]
    rejected = next(p for p in rows if p["status"] == "rejected")
    assert wording(rejected) not in texts["voted"] and wording(rejected) in texts["all"]


def test_an_unknown_choice_is_a_usage_error(written, capsys):
    path, _ = written
    with pytest.raises(SystemExit) as caught:
        run("export", path, "-o", "x.docx", "--include", "some")
    assert caught.value.code == 2
    assert "invalid choice: 'some'" in capsys.readouterr().err


def test_the_output_may_be_a_folder(written, tmp_path, capsys):
    path, _ = written
    capsys.readouterr()
    assert run("export", path, "-o", tmp_path) == 0
    assert run("export", path, "-o", tmp_path, "--platform", 2) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "resolution.docx") in out and str(tmp_path / "protocol-02.docx") in out
    assert "ПРОТОКОЛ" in "\n".join(
        p.text for p in Document(tmp_path / "protocol-02.docx").paragraphs
    )
