"""The command line contract: commands, flags, JSON keys and exit codes."""

import json
import subprocess
import sys

import pytest

from facilitator.cli import main
from facilitator.demo_data import PLATFORMS


def run(*args):
    return main([str(a) for a in args])


def test_demo_then_info_json(tmp_path, capsys):
    path = tmp_path / "demo.fsession"
    assert run("demo", path, "--filled") == 0
    capsys.readouterr()
    assert run("info", path, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["session"]["title"] == "Промышленный рывок – заводы развития"
    assert data["session"]["forum"] == "Локомотивы роста"
    assert [p["number"] for p in data["platforms"]] == list(range(1, 8))
    assert [p["title"] for p in data["platforms"]] == list(PLATFORMS)
    for platform in data["platforms"]:
        assert platform["participants"] > 0 and 0 < platform["present"] <= platform["participants"]
        assert all(platform["proposals"][kind] > 0 for kind in platform["proposals"])


def test_new_with_platforms_file_in_cp1251(tmp_path, capsys):
    titles = tmp_path / "platforms.txt"
    titles.write_bytes("Площадка один\r\n\r\nПлощадка два\r\n".encode("cp1251"))
    path = tmp_path / "new.fsession"
    assert run("new", path, "--title", "Сессия", "--date", "2026-06-05", "--platforms", titles) == 0
    capsys.readouterr()
    run("info", path, "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["session"]["date"] == "2026-06-05"
    assert [p["title"] for p in data["platforms"]] == ["Площадка один", "Площадка два"]


def test_refused_input_exits_non_zero_with_a_message(tmp_path, capsys):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    assert run("info", bad) == 1
    assert "notes.txt is not a Facilitator session file" in capsys.readouterr().err


def test_bad_date_is_refused_before_a_file_is_made(tmp_path, capsys):
    path = tmp_path / "x.fsession"
    assert run("new", path, "--title", "T", "--date", "tomorrow") == 1
    assert "is not a date" in capsys.readouterr().err
    assert not path.exists()


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        run("info")
    assert caught.value.code == 2


def test_imports_through_the_cli(tmp_path, capsys):
    path = tmp_path / "s.fsession"
    run("demo", path)
    people = tmp_path / "people.csv"
    people.write_bytes("ФИО;Площадка\nИванов И.И.;3\n".encode("cp1251"))
    assert run("participants", "import", path, people) == 0
    assert "1 added" in capsys.readouterr().out
    assert run("participants", "import", path, people) == 0
    assert "nothing added" in capsys.readouterr().out
    ideas = tmp_path / "ideas.csv"
    ideas.write_text("title,kind\nIdea,problem\n", encoding="utf-8")
    assert run("proposals", "import", path, "--platform", 9, ideas) == 1
    assert "no platform number 9" in capsys.readouterr().err
    assert run("proposals", "import", path, "--platform", 2, ideas) == 0


def test_console_script_runs_as_a_module(tmp_path):
    path = tmp_path / "d.fsession"
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "demo", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_export_resolution_and_protocol(tmp_path, capsys):
    from docx import Document

    path = tmp_path / "demo.fsession"
    run("demo", path, "--filled")
    assert run("export", path, "-o", tmp_path / "resolution.docx") == 0
    assert run("export", path, "-o", tmp_path / "protocol.docx", "--platform", 2) == 0
    text = "\n".join(p.text for p in Document(tmp_path / "resolution.docx").paragraphs)
    assert "РЕЗОЛЮЦИЯ" in text and PLATFORMS[6] in text
    protocol = "\n".join(p.text for p in Document(tmp_path / "protocol.docx").paragraphs)
    assert "ПРОТОКОЛ" in protocol and "Голосовали: «за» —" in protocol
    assert run("export", path, "-o", tmp_path / "x.txt") == 1
    assert "should end in .docx" in capsys.readouterr().err


def test_version_comes_from_the_package_metadata(capsys):
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    expected = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    with pytest.raises(SystemExit) as stop:
        run("--version")
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"facilitator {expected}\n"


QUICK_SOFFICE = """#!/bin/sh
for arg in "$@"; do
    if [ "$previous" = "--outdir" ]; then outdir="$arg"; fi
    previous="$arg"
done
mkdir -p "$outdir"
echo '%PDF-1.7' > "$outdir/$(basename "$arg" .docx).pdf"
"""


def test_export_pdf_says_the_conversion_is_coming(tmp_path, capsys, monkeypatch):
    fake = tmp_path / "soffice"
    fake.write_text(QUICK_SOFFICE)
    fake.chmod(0o755)
    monkeypatch.setenv("FACILITATOR_SOFFICE", str(fake))
    path = tmp_path / "demo.fsession"
    run("demo", path)
    capsys.readouterr()
    assert run("export", path, "-o", tmp_path / "r.docx", "--pdf") == 0
    out, err = capsys.readouterr()
    assert err.startswith(
        f"Written: {tmp_path / 'r.docx'}. Converting it to PDF with LibreOffice; a large "
        "document takes minutes (Ctrl+C stops it)…\n"
    )
    assert out == f"Written: {tmp_path / 'r.docx'}\nWritten: {tmp_path / 'r.pdf'}\n"
    assert (tmp_path / "r.pdf").read_text() == "%PDF-1.7\n"
