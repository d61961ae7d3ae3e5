"""Short texts of vote results for table cells, in the UI language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator.voting.labels import (  # the labels only: not the whole engine, at start-up
    CHOICE_TITLES,
    CRITERION_TITLES,
    METHOD_TITLES,
    QUADRANT_TITLES,
    RESULT_TITLES,
)

DECIDING = ("count", "named")  # methods that adopt or reject; the others only rank
MARKS = {"adopted": "\u2713", "rejected": "\u2717"}
OPEN_MARK = "\u2026"  # "…": the vote is still running
DEFAULT_CRITERIA = ("effect", "feasibility")
MATRIX = ("effect", "feasibility")  # the criteria that span the matrix, when a rating has both


def voting(text: str) -> str:
    """Translate an engine label (marked with QT_TRANSLATE_NOOP("Voting", …))."""
    return QCoreApplication.translate("Voting", text)


def method_title(method: str) -> str:
    return voting(METHOD_TITLES.get(method, method))


def result_title(result: str) -> str:
    return voting(RESULT_TITLES.get(result, result))


def choice_title(choice: str) -> str:
    return voting(CHOICE_TITLES.get(choice, choice))


def criterion_title(criterion: str) -> str:
    return voting(CRITERION_TITLES[criterion]) if criterion in CRITERION_TITLES else criterion


def criteria_of(config: dict[str, Any]) -> list[str]:
    """A rating's criterion ids, in its order."""
    return list(config.get("criteria", DEFAULT_CRITERIA))


def criterion_names(config: dict[str, Any]) -> dict[str, str]:
    """A rating's criteria, id → the name shown: as renamed at the set-up, else translated."""
    titles = config.get("titles", {})
    return {c: titles.get(c) or criterion_title(c) for c in criteria_of(config)}


def has_matrix(config: dict[str, Any]) -> bool:
    return all(c in criteria_of(config) for c in MATRIX)


def quadrant_title(quadrant: str | None) -> str:
    return voting(QUADRANT_TITLES[quadrant]) if quadrant in QUADRANT_TITLES else ""


def number(value: float, decimals: int = 1) -> str:
    """A decimal the way the UI language writes it (7,5 in Russian)."""
    return QLocale().toString(float(value), "f", decimals)


def figures_text(method: str, figures: dict[str, Any]) -> str:
    """One vote's figures for one item: "12/1/2 ✓", "★ 17 dots #1", "7.5/8.0 Quick win"…"""
    if method in DECIDING:
        counts = f"{figures['for']}/{figures['against']}/{figures['abstain']}"
        outcome = figures.get("result", "")
        mark = MARKS.get(outcome) or result_title(outcome)
        return f"{counts} {mark}"
    if method == "dots":
        # a format field, not %n: lupdate takes a plural only when the count is a literal
        text = QCoreApplication.translate("VoteResults", "★ {dots} dots #{rank}")
        return text.format(dots=figures["dots"], rank=figures["rank"])
    if method == "rating":
        means = "/".join(number(v) for v in figures.get("means", {}).values())
        return f"{means} {quadrant_title(figures.get('quadrant'))}".strip()
    if method == "ranking":
        return ranking_text(figures)
    return ""


def ranking_text(figures: dict[str, Any]) -> str:
    schulze, borda = figures["schulze_rank"], figures["borda_rank"]
    if schulze == borda:
        return QCoreApplication.translate("VoteResults", "Schulze #{rank}").format(rank=schulze)
    return QCoreApplication.translate("VoteResults", "Schulze #{schulze}, Borda #{borda}").format(
        schulze=schulze, borda=borda
    )


def result_text(results_for_item: list[dict[str, Any]] | None) -> str:
    """The "Result" cell of a proposal: its deciding vote if it had one, else its latest vote.

    `results_for_item` is one value of services.results.latest_results(platform_id).
    """
    if not results_for_item:
        return ""
    deciding = [r for r in results_for_item if r.get("method") in DECIDING]
    chosen = (deciding or results_for_item)[-1]
    if is_open(chosen):  # the figures so far: never a decision before the vote closes
        return f"{counts_so_far(chosen)} {OPEN_MARK}".strip()
    return figures_text(chosen["method"], chosen)


def is_open(result: dict[str, Any]) -> bool:
    """A latest_results() entry of a vote still running (its figures are not a decision)."""
    return result.get("vote_status", "closed") != "closed"


def counts_so_far(result: dict[str, Any]) -> str:
    """An open vote's figures without its would-be outcome: "12/0/0", "★ 10 dots #3"."""
    if result["method"] in DECIDING:
        return f"{result['for']}/{result['against']}/{result['abstain']}"
    return figures_text(result["method"], result)


def result_tooltip(results_for_item: list[dict[str, Any]] | None) -> str:
    """Every latest vote of a proposal, one a line, for the cell's tooltip."""
    return "\n".join(_tooltip_line(r) for r in results_for_item or [])


def _tooltip_line(result: dict[str, Any]) -> str:
    method = method_title(result["method"])
    if is_open(result):
        still = QCoreApplication.translate("VoteResults", "the vote is not finished")
        return f"{method}: {counts_so_far(result)} ({still})"
    return f"{method}: {figures_text(result['method'], result)}"
