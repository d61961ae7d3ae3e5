"""VoteError carries its reason as data; the engine imports no Qt, peewee, GUI or store."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import facilitator.voting
from facilitator.voting import QT_TRANSLATE_NOOP, VoteError

PACKAGE = Path(facilitator.voting.__file__).parent
TEMPLATE_TAKERS = ("VoteError", "_refuse_over")


def test_message_is_template_filled_with_params() -> None:
    err = VoteError(
        "count_negative",
        "The {field} count cannot be negative (got {value}).",
        field="against",
        value=-1,
    )
    assert str(err) == "The against count cannot be negative (got -1)."
    assert err.code == "count_negative"
    assert err.params == {"field": "against", "value": -1}


def test_format_translates_template_before_filling() -> None:
    err = VoteError("x", "Item {item} is listed twice.", item="P1")
    seen: list[tuple[str, str]] = []

    def tr(context: str, text: str) -> str:
        seen.append((context, text))
        return "Пункт {item} указан дважды."

    assert err.format(tr) == "Пункт P1 указан дважды."
    assert seen == [("Voting", "Item {item} is listed twice.")]


def test_to_dict_is_json_friendly() -> None:
    err = VoteError("voter_twice", "Participant {voter} has already voted.", voter="p7")
    assert err.to_dict() == {
        "code": "voter_twice",
        "message": "Participant p7 has already voted.",
        "params": {"voter": "p7"},
    }


def test_noop_returns_text_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("Voting", "Adopted") == "Adopted"


def test_vote_error_is_not_a_value_error() -> None:
    with pytest.raises(VoteError) as info:
        facilitator.voting.decide_count(
            facilitator.voting.CountTally(-1, 0, 0), facilitator.voting.VoteRules(), 5, 5
        )
    assert not isinstance(info.value, ValueError)


def _modules() -> list[Path]:
    return sorted(PACKAGE.glob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.name)
def test_imports_only_the_standard_library_and_itself(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top in sys.stdlib_module_names or name.startswith(
                ("facilitator.voting", "facilitator.messages")
            ), name


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.name)
def test_every_vote_error_template_is_marked_for_translation(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in TEMPLATE_TAKERS:
            template = node.args[1]
            if isinstance(template, ast.Name):  # passed through from a marked call site
                continue
            assert isinstance(template, ast.Call), ast.unparse(node)
            assert getattr(template.func, "id", None) == "QT_TRANSLATE_NOOP", ast.unparse(node)
            assert isinstance(template.args[0], ast.Constant) and template.args[0].value == "Voting"
            assert isinstance(template.args[1], ast.Constant), ast.unparse(node)


def test_importing_the_engine_loads_no_qt_or_peewee() -> None:
    code = (
        "import sys, facilitator.voting\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'peewee', 'shiboken6')"
        " or m.startswith(('facilitator.gui', 'facilitator.store'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent.parent)
