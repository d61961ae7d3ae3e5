"""The voting views' colours: timer levels, choices and chart themes, chosen for projectors."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from facilitator.gui.voting.timer import DANGER, NORMAL, OVERTIME, WARNING

AMBER = QColor("#FFB300")
RED = QColor("#E53935")
GREEN = QColor("#43A047")
GREY = QColor("#9E9E9E")
BLUE = QColor("#1E88E5")

TIMER_COLOURS = {WARNING: AMBER, DANGER: RED, OVERTIME: RED}

# for / against / abstain, and rejected/no quorum: colours that stay apart for colour-blind eyes
CHOICE_COLOURS = {"for": GREEN, "against": RED, "abstain": GREY}
RESULT_COLOURS = {"adopted": GREEN, "rejected": RED, "no_quorum": AMBER}


@dataclass(frozen=True)
class Theme:
    """Colours of a chart or the projector: background, text, faint lines, bars."""

    background: QColor
    text: QColor
    faint: QColor
    bar: QColor
    highlight: QColor


LIGHT = Theme(QColor("#FFFFFF"), QColor("#202020"), QColor("#C8C8C8"), BLUE, QColor("#FB8C00"))
DARK = Theme(QColor("#1E1E1E"), QColor("#E8E8E8"), QColor("#555555"), BLUE, QColor("#FFB300"))
# pure black and white; brighter bars survive a washed-out projector
HIGH_CONTRAST = Theme(
    QColor("#000000"), QColor("#FFFFFF"), QColor("#808080"), QColor("#42A5F5"), QColor("#FFD600")
)


def palette_theme(palette: QPalette) -> Theme:
    """A chart's colours from a widget's palette (light or dark desktop alike)."""
    role = QPalette.ColorRole
    return Theme(palette.color(role.Base), palette.color(role.Text), palette.color(role.Mid),
                 BLUE, QColor("#FB8C00"))  # fmt: skip


def timer_colour(level: str) -> QColor | None:
    """The text colour for a timer level; None keeps the view's own colour."""
    return None if level == NORMAL else TIMER_COLOURS[level]


# darker shades of the same colours for text on a white table
CHOICE_TEXT_COLOURS = {
    "for": QColor("#2E7D32"),
    "against": QColor("#C62828"),
    "abstain": QColor("#616161"),
}
