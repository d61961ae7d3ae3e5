"""`--lang ru` is Russian throughout: argparse's usage and errors, OS errors, --help examples."""

import argparse

import pytest

from facilitator.cli import main


def run(*args):
    return main([str(a) for a in args])


def test_argparse_usage_errors_in_russian_with_lang_after_the_command(capsys):
    with pytest.raises(SystemExit) as caught:
        run("attendance", "x.fsession", "--lang", "ru")
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("использование: facilitator attendance")
    assert "facilitator attendance: ошибка: не указаны обязательные аргументы: --platform" in err
    with pytest.raises(SystemExit):
        run("--lang", "ru", "kit", "x.fsession", "--platform", "x", "-o", "k")
    assert "аргумент --platform: недопустимое значение" in capsys.readouterr().err


def test_help_in_russian_shows_columns_and_an_example(capsys):
    with pytest.raises(SystemExit) as caught:
        run("participants", "import", "--help", "--lang=ru")
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "позиционные аргументы" in out and "показать эту справку и выйти" in out
    assert "Явка / present (да/нет, +/−, 1/0)" in " ".join(out.split())
    assert "Пример:\n  facilitator participants import forum.fsession people.xlsx" in out


def test_english_stays_english_and_argparse_is_left_as_it_was(capsys):
    before = argparse._
    with pytest.raises(SystemExit):
        run("--lang", "en", "attendance", "x.fsession")
    assert "the following arguments are required: --platform" in capsys.readouterr().err
    assert argparse._ is before


def test_os_errors_in_russian(tmp_path, capsys):
    path = tmp_path / "s.fsession"
    run("new", path, "--title", "Т")
    assert run("--lang", "ru", "participants", "import", path, tmp_path / "нет.csv") == 1
    assert "нет.csv: не удаётся прочитать (нет такого файла или папки)." in capsys.readouterr().err


def test_every_command_has_an_example_in_its_help(capsys):
    commands = [
        ("participants", "import"),
        ("participants", "list"),
        ("attendance",),
        ("proposals", "import"),
        ("proposals", "list"),
        ("proposals", "show"),
        ("proposals", "edit"),
        ("proposals", "delete"),
        ("platforms", "list"),
        ("platforms", "set"),
        ("platforms", "add"),
        ("session", "set"),
        ("conflicts", "list"),
        ("conflicts", "resolve"),
        ("similar", "list"),
        ("similar", "merge"),
        ("status",),
        ("demo",),
        ("new",),
        ("info",),
        ("votes", "import"),
        ("results",),
        ("kit",),
        ("kit-open",),
        ("bundle",),
        ("merge",),
    ]
    for words in commands:
        with pytest.raises(SystemExit):
            run(*words, "--help")
        out = capsys.readouterr().out
        assert f"Example:\n  facilitator {' '.join(words)}".replace(" list", "") in out.replace(
            " list", ""
        ), words


def test_results_name_the_rating_criteria_in_russian(tmp_path, capsys):
    path = tmp_path / "demo.fsession"
    run("demo", path, "--filled")
    capsys.readouterr()
    assert run("results", path, "--platform", 1, "--lang", "ru") == 0
    out = capsys.readouterr().out
    assert "Эффект " in out and "Реализуемость " in out and "Effect" not in out


@pytest.mark.parametrize(
    "system, language",
    [
        (("Russian_Russia", "1251"), "ru"),  # Windows names its locales in words
        (("ru_RU", "UTF-8"), "ru"),
        (("English_United States", "1252"), "en"),
        ((None, None), "en"),
    ],
)
def test_the_systems_language_without_locale_variables(monkeypatch, system, language):
    """Windows sets no LANG: the language comes from the system locale."""
    import locale

    from facilitator.i18n import system_language

    for var in ("FACILITATOR_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *args: system)
    assert system_language() == language
