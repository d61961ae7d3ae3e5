"""The README's command-line section documents every command the parser has."""

import argparse
from pathlib import Path

from facilitator.cli import build_parser
from facilitator.messages import untranslated

README = Path(__file__).resolve().parents[2] / "README.md"


def commands(parser: argparse.ArgumentParser, prefix: str = "facilitator") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += commands(sub, f"{prefix} {name}") or [f"{prefix} {name}"]
    return found


def test_every_command_is_in_the_readme_table():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Command line") : text.index("## The desktop app")]
    listed = commands(build_parser(untranslated))
    assert len(listed) > 25
    for command in listed:
        shown = command.replace(" platforms list", " platforms")
        shown = shown.replace(" conflicts list", " conflicts").replace(" similar list", " similar")
        assert f"`{shown} " in section, command


def test_every_command_has_an_example_in_the_readme():
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Command line") : text.index("## The desktop app")]
    block = section[section.index("```sh") : section.index("```", section.index("```sh") + 5)]
    lines = [line.split("#")[0].split() for line in block.splitlines()]
    for command in commands(build_parser(untranslated)):
        words = command.split()
        if words[-1] == "list" and words[-2] in ("platforms", "conflicts", "similar"):
            words = words[:-1]  # written without its default action: the session comes next
            lines_of = [line for line in lines if line[len(words) : len(words) + 1] != []]
            found = [line for line in lines_of if line[len(words)].endswith(".fsession")]
        else:
            found = lines
        assert any(line[: len(words)] == words for line in found), command
