"""Files shipped in the package: found through importlib.resources, declared as package data,
and a missing translation refused loudly rather than silently dropped."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import facilitator
from facilitator import i18n, resources
from facilitator.cli import main
from facilitator.messages import FacilitatorError

PACKAGE = Path(facilitator.__file__).parent
ROOT = PACKAGE.parent


def test_shipped_files_live_inside_the_package() -> None:
    for path in (resources.template_path(), resources.ts_path("ru"), resources.qm_path("ru")):
        assert path.is_file(), path
        assert path.is_relative_to(PACKAGE), path


def test_every_shipped_file_is_declared_as_package_data() -> None:
    """A file added under facilitator/resources but not matched by pyproject's globs would be
    missing from the wheel (the CI install check catches it later; this catches it now)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["facilitator.resources"]
    folder = PACKAGE / "resources"
    shipped = {
        path for path in folder.rglob("*") if path.is_file() and path.suffix not in (".py", ".pyc")
    }
    declared = {path for pattern in globs for path in folder.glob(pattern)}
    assert shipped and shipped == declared


def test_russian_translator_translates() -> None:
    tr = i18n.translator("ru")
    assert tr("CLI", "Written: {path}") == "Записано: {path}"


def test_english_and_unknown_languages_need_no_file() -> None:
    assert i18n.translator("en")("CLI", "Written: {path}") == "Written: {path}"
    assert i18n.translator("de")("CLI", "Written: {path}") == "Written: {path}"


@pytest.mark.parametrize("content", [None, "", "<TS version='2.1'></TS>"])
def test_a_missing_or_broken_translation_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None
) -> None:
    path = tmp_path / "facilitator_ru.ts"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(i18n, "ts_path", lambda language: path)
    with pytest.raises(FacilitatorError, match="installation of Facilitator is incomplete"):
        i18n.translator("ru")


def test_cli_says_the_installation_is_incomplete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(i18n, "ts_path", lambda language: tmp_path / "gone.ts")
    assert main(["--lang", "ru", "info", str(tmp_path / "x.fsession")]) == 1
    err = capsys.readouterr().err
    assert "gone.ts cannot be loaded" in err and "Reinstall it" in err
