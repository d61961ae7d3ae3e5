"""The editor's texts for sections and vote figures (UI language, not the document's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from facilitator.export.resolution import VoteSummary
from facilitator.export.selection import FINAL, GENERAL, NOTES, PROPOSE, RECOMMEND, SUPPORT
from facilitator.messages import QT_TRANSLATE_NOOP

SECTION_LABELS = {
    GENERAL: QT_TRANSLATE_NOOP("ResolutionSections", "General provisions"),
    NOTES: QT_TRANSLATE_NOOP("ResolutionSections", "Participants note"),
    RECOMMEND: QT_TRANSLATE_NOOP("ResolutionSections", "Recommend"),
    PROPOSE: QT_TRANSLATE_NOOP("ResolutionSections", "Propose"),
    SUPPORT: QT_TRANSLATE_NOOP("ResolutionSections", "Support project initiatives"),
    FINAL: QT_TRANSLATE_NOOP("ResolutionSections", "Final provisions"),
}


def section_label(section: str) -> str:
    return QCoreApplication.translate("ResolutionSections", SECTION_LABELS.get(section, section))


def platform_label(number: int, title: str) -> str:
    text = QCoreApplication.translate("ResolutionSections", "Platform {number}. {title}")
    return text.format(number=number, title=title)


def number(value: float) -> str:
    """A score as the UI language writes numbers: 12, 3.5 (3,5 in Russian), one decimal."""
    return QLocale().toString(round(value, 1), "g", 6)


def vote_details(vote: VoteSummary | None) -> str:
    """The figures behind a score, for a tooltip."""
    if vote is None:
        return QCoreApplication.translate("ResolutionModel", "No vote")
    if vote.open and not vote.closed:  # its live counts decide nothing yet
        return QCoreApplication.translate("ResolutionModel", "Voting not finished")
    if vote.dots is not None:
        return QCoreApplication.translate("ResolutionModel", "{dots} dots").format(dots=vote.dots)
    if vote.for_ is not None:
        text = QCoreApplication.translate(
            "ResolutionModel", "For {for_}, against {against}, abstain {abstain}"
        )
        return text.format(for_=vote.for_, against=vote.against or 0, abstain=vote.abstain or 0)
    if vote.effect is not None and vote.feasibility is not None:
        text = QCoreApplication.translate(
            "ResolutionModel", "Effect {effect}, feasibility {feasibility}"
        )
        return text.format(effect=number(vote.effect), feasibility=number(vote.feasibility))
    if vote.rank is not None:
        return QCoreApplication.translate("ResolutionModel", "Place {rank}").format(rank=vote.rank)
    return QCoreApplication.translate("ResolutionModel", "No figures")
