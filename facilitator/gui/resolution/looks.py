"""What the outline's cells show: texts, check states, colours and tooltips per role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from facilitator.gui.resolution.arrangement import Entry, Group
from facilitator.gui.resolution.labels import number, platform_label, section_label, vote_details
from facilitator.vocabulary import KIND_LABELS, STATUS_LABELS

COL_INCLUDE, COL_CODE, COL_SECTION, COL_WORDING, COL_VOTES = range(5)
R = Qt.ItemDataRole
STATE = {None: Qt.CheckState.PartiallyChecked, True: Qt.CheckState.Checked}


def tr_model(text: str) -> str:
    return QCoreApplication.translate("ResolutionModel", text)


def haystack(entry: Entry) -> str:
    row = entry.row
    return "\n".join((row.code, row.title, row.text, entry.wording, row.presenter)).casefold()


def _colour(group: QPalette.ColorGroup, role: QPalette.ColorRole) -> Any:
    return QGuiApplication.palette().color(group, role)


def _font(bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


# --- headings --------------------------------------------------------------------------
def group_title(group: Group) -> str:
    if group.platform is not None and not group.section:
        return platform_label(group.platform.number, group.platform.title)
    return section_label(group.section)


def group_data(group: Group | None, column: int, role: int) -> Any:
    if group is None or column != 0:
        return None
    if role == R.DisplayRole:
        inside, total = group.counts()
        return QCoreApplication.translate(
            "ResolutionModel", "{title} — {inside} of {total}"
        ).format(title=group_title(group), inside=inside, total=total)
    if role == R.ToolTipRole:
        inside, total = group.counts()
        text = QCoreApplication.translate(
            "ResolutionModel", "{inside} of {total} items go into the resolution"
        )
        return text.format(inside=inside, total=total)
    if role == R.FontRole:
        return _font(bold=not (group.platform and group.section))
    return None


# --- items -----------------------------------------------------------------------------
def include_text(entry: Entry) -> str:
    if entry.included is None:
        return (
            QCoreApplication.translate("ResolutionModel", "rules: in")
            if entry.auto
            else QCoreApplication.translate("ResolutionModel", "rules: out")
        )
    return (
        QCoreApplication.translate("ResolutionModel", "in")
        if entry.included
        else QCoreApplication.translate("ResolutionModel", "out")
    )


def include_tooltip(entry: Entry) -> str:
    rules = (
        QCoreApplication.translate("ResolutionModel", "The rules put it in.")
        if entry.auto
        else QCoreApplication.translate("ResolutionModel", "The rules leave it out.")
    )
    if entry.included is None:
        chosen = QCoreApplication.translate("ResolutionModel", "Nobody changed that.")
    elif entry.included:
        chosen = QCoreApplication.translate("ResolutionModel", "Included by hand.")
    else:
        chosen = QCoreApplication.translate("ResolutionModel", "Excluded by hand.")
    return f"{rules} {chosen}\n" + QCoreApplication.translate(
        "ResolutionModel", "Space: rules → in → out → rules"
    )


def code_tooltip(entry: Entry) -> str:
    row = entry.row
    kind = QCoreApplication.translate("Vocabulary", KIND_LABELS[row.kind])
    status = QCoreApplication.translate("Vocabulary", STATUS_LABELS[row.status])
    return f"{kind}, {status.lower()}: {row.title}"


def display(entry: Entry, column: int) -> str:
    if column == COL_INCLUDE:
        return include_text(entry)
    if column == COL_CODE:
        return entry.row.code
    if column == COL_SECTION:
        return section_label(entry.section)
    if column == COL_WORDING:
        return entry.wording or entry.default_wording
    score = entry.vote.score if entry.vote is not None else None
    return "" if score is None else number(score)


def tooltip(entry: Entry, column: int) -> str:
    if column == COL_INCLUDE:
        return include_tooltip(entry)
    if column == COL_CODE:
        return code_tooltip(entry)
    if column == COL_SECTION:
        by_hand = (
            QCoreApplication.translate("ResolutionModel", "Chosen by hand.")
            if entry.section_choice
            else QCoreApplication.translate("ResolutionModel", "By its kind.")
        )
        return by_hand
    if column == COL_WORDING:
        if entry.wording:
            return entry.wording
        return (
            QCoreApplication.translate(
                "ResolutionModel", "The proposal's own text (F2 to write another):"
            )
            + "\n"
            + display(entry, column)
        )
    return vote_details(entry.vote)


def foreground(entry: Entry, column: int) -> Any:
    if not entry.is_in:  # left out: the whole row recedes
        return _colour(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if column == COL_WORDING and not entry.wording:
        return _colour(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
    return None


def entry_data(entry: Entry, column: int, role: int) -> Any:
    if role == R.DisplayRole:
        return display(entry, column)
    if role == R.EditRole:
        return {COL_SECTION: entry.section_choice, COL_WORDING: entry.wording}.get(column)
    if role == R.CheckStateRole and column == COL_INCLUDE:
        return STATE.get(entry.included, Qt.CheckState.Unchecked)
    if role == R.ToolTipRole:
        return tooltip(entry, column)
    if role == R.ForegroundRole:
        return foreground(entry, column)
    if role == R.FontRole and not entry.is_in:
        return _font(italic=True)
    if role == R.TextAlignmentRole and column == COL_VOTES:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return None
