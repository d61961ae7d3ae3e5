"""The exchange commands: kit, kit-open, bundle, merge (dry run, JSON), conflicts; exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.services import proposals
from facilitator.store.db import open_session_file


def run(*args: object) -> int:
    return main([str(a) for a in args])


@pytest.fixture
def laptop_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    master = tmp_path / "m.fsession"
    assert run("demo", master, "--filled") == 0
    assert run("kit", master, "--platform", 2, "-o", tmp_path / "p2.fkit") == 0
    assert run("kit-open", tmp_path / "p2.fkit", tmp_path / "l2.fsession") == 0
    sf = open_session_file(tmp_path / "l2.fsession")
    proposals.add_proposal(sf, sf.meta("exchange.platform"), "С площадки")
    sf.close()
    assert run("bundle", tmp_path / "l2.fsession", "-o", tmp_path / "b.fbundle") == 0
    capsys.readouterr()
    return master, tmp_path / "b.fbundle"


def test_merge_json(laptop_bundle: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    master, bundle = laptop_bundle
    assert run("merge", master, bundle, "--dry-run", "--json") == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] is True and preview["totals"]["new"] == 1
    assert run("merge", master, bundle, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    (b,) = data["bundles"]
    assert b["platform"] == 2 and b["status"] == "imported" and b["new"] == 1
    assert set(b) >= {
        "file",
        "platform_id",
        "device",
        "sequence",
        "created_at",
        "new",
        "changed",
        "unchanged",
        "conflicts",
        "rows",
    }
    assert data["backup"]
    assert run("merge", master, bundle) == 0
    assert "already imported" in capsys.readouterr().out


def test_conflicts_json(
    laptop_bundle: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    master, _ = laptop_bundle
    assert run("conflicts", master, "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert run("conflicts", master) == 0
    assert "No open conflicts" in capsys.readouterr().out


def test_refused_bundle_exits_1(
    laptop_bundle: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    master, bundle = laptop_bundle
    bundle.write_bytes(bundle.read_bytes()[:100])
    assert run("merge", master, bundle) == 1
    assert "damaged" in capsys.readouterr().err


def test_usage_error_exits_2(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        run("kit", tmp_path / "m.fsession")
    assert exit_.value.code == 2


def test_kits_and_merges_are_logged(
    laptop_bundle: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    master, bundle = laptop_bundle
    monkeypatch.setenv("FACILITATOR_LOG_DIR", str(tmp_path / "logs"))
    assert run("merge", master, bundle, "--dry-run") == 0
    assert run("merge", master, bundle) == 0
    assert run("kit", master, "--platform", 3, "-o", tmp_path / "p3.fkit") == 0
    text = (tmp_path / "logs" / "facilitator-cli.log").read_text(encoding="utf-8")
    assert "preview of b.fbundle (platform 2, device " in text
    assert "merged b.fbundle (platform 2, device " in text and ": imported; 1 new" in text
    assert f"kit for platform 3 written: {tmp_path / 'p3.fkit'}" in text


def test_merge_holds_a_bundle_from_a_clock_a_day_ahead_until_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from facilitator.clock import wall_ms

    master = tmp_path / "m.fsession"
    assert run("demo", master) == 0
    assert run("kit", master, "--platform", 1, "-o", tmp_path / "p1.fkit") == 0
    assert run("kit-open", tmp_path / "p1.fkit", tmp_path / "l1.fsession") == 0
    sf = open_session_file(tmp_path / "l1.fsession")
    sf.clock.now_ms = lambda: wall_ms() + 24 * 3_600_000
    proposals.add_proposal(sf, sf.meta("exchange.platform"), "Из будущего")
    sf.close()
    assert run("bundle", tmp_path / "l1.fsession", "-o", tmp_path / "b.fbundle") == 0
    capsys.readouterr()
    assert run("merge", master, tmp_path / "b.fbundle") == 0
    assert "--accept-clock-ahead" in capsys.readouterr().out
    assert run("merge", master, tmp_path / "b.fbundle", "--json", "--accept-clock-ahead") == 0
    (b,) = json.loads(capsys.readouterr().out)["bundles"]
    assert (b["status"], b["new"]) == ("imported", 1) and b["ahead_hours"] >= 23.9
