"""`--lang ru` is Russian throughout: argparse's usage and errors, OS errors, --help examples."""

import argparse
import re

import pytest

from facilitator.cli import main
from facilitator.messages import FacilitatorError


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


def leaf_commands(parser=None, words=()):
    """Every command the parser has, as the words that name it (`proposals edit`)."""
    from facilitator.cli import build_parser
    from facilitator.messages import untranslated

    parser = parser or build_parser(untranslated)
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        return [words]
    return [
        found
        for name, child in groups[0].choices.items()
        for found in leaf_commands(child, (*words, name))
    ]


def test_every_command_has_an_example_in_its_help(capsys):
    commands = leaf_commands()
    assert len(commands) >= 30 and ("proposals", "edit") in commands and ("open",) in commands
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


BAD_COMMANDS = [
    ("proposals", "list", "s.fsession", "--platform", "x"),  # an invalid int
    ("conflicts", "resolve", "s.fsession", "abc", "--keep", "ours"),
    ("conflicts", "resolve", "s.fsession", "1", "--keep", "maybe"),  # an invalid choice
    ("attendance", "s.fsession", "--platform", "1"),  # one of the arguments is required
    ("attendance", "s.fsession", "--platform", "1", "--all", "--present", "Иванов"),
    ("attendance", "s.fsession", "--p", "1", "--all"),  # ambiguous
    ("attendance", "s.fsession", "--platform", "1", "--present"),  # at least one
    ("attendance", "s.fsession", "--all", "--platform"),  # one argument expected
    ("proposals", "edit"),  # required arguments
    ("proposals", "lis", "s.fsession"),  # an invalid action
    ("bogus",),
    ("info", "s.fsession", "extra"),  # unrecognised
    ("export", "s.fsession", "-o", "r.docx", "--include", "some"),
    ("platforms", "set", "s.fsession", "two", "--room", "1"),
]


@pytest.mark.parametrize("words", BAD_COMMANDS, ids=lambda w: " ".join(w))
def test_argparse_errors_have_no_english_in_russian(words, capsys):
    with pytest.raises(SystemExit) as caught:
        run(*words, "--lang", "ru")
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "ошибка: " in err
    # what is not language: options and their choices, commands, the values given (quoted)
    rest = re.sub(r"'[^']*'|\{[a-z,]+\}|--?[a-z][a-z-]*|ours\|theirs|\bN\b|\.docx", " ", err)
    for word in ("facilitator", ".fsession", *words):
        rest = rest.replace(word, " ")
    assert not re.search("[A-Za-z]", rest), err


def test_every_placeholder_has_a_translation():
    from facilitator.cli import build_parser
    from facilitator.cli.usage import METAVARS, placeholder
    from facilitator.messages import untranslated

    def placeholders(parser):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for child in action.choices.values():
                    yield from placeholders(child)
            yield placeholder(action)

    assert {p for p in placeholders(build_parser(untranslated)) if p} <= set(METAVARS)


def test_usage_names_the_placeholders_in_russian(capsys):
    with pytest.raises(SystemExit):
        run("proposals", "edit", "--lang", "ru")
    err = capsys.readouterr().err
    assert "[--title НАЗВАНИЕ]" in err and "[--deadline СРОК]" in err
    assert "не указаны обязательные аргументы: СЕССИЯ, НОМЕР" in err


def test_an_invalid_number_is_named_in_russian(capsys):
    with pytest.raises(SystemExit):
        run("--lang", "ru", "proposals", "list", "s.fsession", "--platform", "x")
    err = capsys.readouterr().err
    assert "аргумент --platform: недопустимое значение (ожидается целое число): 'x'" in err
    with pytest.raises(SystemExit):
        run("proposals", "list", "s.fsession", "--platform", "x")
    assert "argument --platform: invalid int value: 'x'" in capsys.readouterr().err


def test_a_wrong_kind_or_status_offers_the_words_it_accepts_in_russian(tmp_path, capsys):
    from facilitator import i18n
    from facilitator.services import validate
    from facilitator.vocabulary import KINDS, STATUSES

    path = tmp_path / "demo.fsession"
    run("demo", path, "--filled")
    capsys.readouterr()
    assert run("proposals", "list", path, "--status", "maybe", "--lang", "ru") == 1
    err = capsys.readouterr().err
    assert "(ожидается одно из: черновик, на голосовании, принято, отклонено" in err
    for check, known, wrong in ((validate.kind, KINDS, "wish"), (validate.status, STATUSES, "x")):
        with pytest.raises(FacilitatorError) as refused:
            check(wrong)
        english = refused.value.message.params["known"]
        assert english.format() == ", ".join(known)
        offered = english.format(i18n.translator("ru")).split(", ")
        assert [check(word) for word in offered] == list(known)  # each word offered is taken


def test_the_history_names_statuses_in_russian(tmp_path, capsys):
    path = tmp_path / "demo.fsession"
    run("demo", path, "--filled")
    run("proposals", "edit", path, "3.2", "--status", "adopted")
    capsys.readouterr()
    assert run("proposals", "show", path, "3.2", "--lang", "ru") == 0
    assert "статус: «Черновик» → «Принято»" in capsys.readouterr().out


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
