"""One vote's items ranked by its method, with the figures behind the ranking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from facilitator.gui.voting import texts
from facilitator.gui.voting.colours import RESULT_COLOURS
from facilitator.messages import QT_TRANSLATE_NOOP

Index = Any
Entry = dict[str, Any]
DISPLAY = Qt.ItemDataRole.DisplayRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUADRANT_ORDER = ("quick_win", "major_project", "fill_in", "time_sink", None)
RESULT_ORDER = ("adopted", "rejected", "no_quorum")


def _tr(text: str) -> str:
    return QCoreApplication.translate("VoteResults", text)


LEADING = (
    QT_TRANSLATE_NOOP("VoteResults", "Rank"),
    QT_TRANSLATE_NOOP("VoteResults", "No."),
    QT_TRANSLATE_NOOP("VoteResults", "Title"),
)
# per method: (column header, how to show an entry), after rank, number and title
FIGURES: dict[str, list[tuple[str, Any]]] = {
    "count": [
        (QT_TRANSLATE_NOOP("VoteResults", "For"), lambda e: e["for"]),
        (QT_TRANSLATE_NOOP("VoteResults", "Against"), lambda e: e["against"]),
        (QT_TRANSLATE_NOOP("VoteResults", "Abstain"), lambda e: e["abstain"]),
        (QT_TRANSLATE_NOOP("VoteResults", "Result"), lambda e: texts.result_title(e["result"])),
    ],
    "dots": [
        (QT_TRANSLATE_NOOP("VoteResults", "Dots"), lambda e: e["dots"]),
        (
            QT_TRANSLATE_NOOP("VoteResults", "Share"),
            lambda e: f"{texts.number(e['share'] * 100, 0)} %",
        ),
    ],
    "rating": [  # after a column per criterion (see rating_columns); the quadrant if any
        (QT_TRANSLATE_NOOP("VoteResults", "Raters"), lambda e: _blank(e["raters"])),
        (
            QT_TRANSLATE_NOOP("VoteResults", "Quadrant"),
            lambda e: texts.quadrant_title(e["quadrant"]),
        ),
    ],
    "ranking": [
        (QT_TRANSLATE_NOOP("VoteResults", "Borda points"), lambda e: _points(e)),
        (QT_TRANSLATE_NOOP("VoteResults", "Borda rank"), lambda e: e["borda_rank"]),
    ],
}
FIGURES["named"] = FIGURES["count"]


def _blank(value: Any) -> Any:
    return "" if value is None else value  # averages entered without the number of raters


def _mean(entry: Entry, criterion: str) -> str:
    mean = entry["means"].get(criterion)
    return "" if mean is None else texts.number(mean)


def columns(method: str, config: dict[str, Any]) -> list[tuple[str, Any]]:
    """The method's figure columns as (header shown, how to show an entry)."""
    shown = [(_tr(header), value) for header, value in FIGURES.get(method, [])]
    if method != "rating":
        return shown
    names = texts.criterion_names(config)
    means = [(name, lambda e, c=c: _mean(e, c)) for c, name in names.items()]
    return means + (shown if texts.has_matrix(config) else shown[:1])


def _points(entry: Entry) -> str:
    points = entry["borda_points"]
    return texts.number(points, 0 if points == int(points) else 1)


def _rank(method: str, position: int, entry: Entry) -> int:
    """The method's own rank where it has one (ties share it), else the position."""
    if method == "dots":
        return int(entry["rank"])
    if method == "ranking":
        return int(entry["schulze_rank"])
    return position + 1


def rank_order(method: str, entries: list[Entry]) -> list[Entry]:
    """The entries best first, the way the method ranks them."""
    if method in texts.DECIDING:
        key: Any = lambda e: (RESULT_ORDER.index(e["result"]), -e["for"], e["against"])  # noqa: E731
    elif method == "dots":
        key = lambda e: e["rank"]  # noqa: E731
    elif method == "rating":
        key = lambda e: (QUADRANT_ORDER.index(e["quadrant"]), -sum(e["means"].values()))  # noqa: E731
    else:
        key = lambda e: (e["schulze_rank"], e["borda_rank"])  # noqa: E731
    return sorted(entries, key=key)


class ResultsModel(QAbstractTableModel):
    """Rows: a vote's items best first; columns: rank, number, title, the method's figures."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.method = ""
        self.entries: list[Entry] = []
        self.columns: list[tuple[str, Any]] = []

    def load(self, method: str, entries: list[Entry], config: dict[str, Any] | None = None) -> None:
        """`config`: the vote's settings (a rating's criteria and their names)."""
        self.beginResetModel()
        self.method = method
        self.entries = rank_order(method, entries) if method in FIGURES else []
        self.columns = columns(method, config or {})
        self.endResetModel()

    def _figures(self) -> list[tuple[str, Any]]:
        return self.columns

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self._figures())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        if section < 3:
            return _tr(LEADING[section])
        return self._figures()[section - 3][0]

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == DISPLAY:
            return self._display(index.row(), entry, column)
        if role == ID_ROLE:
            return entry["proposal_id"]
        if role == Qt.ItemDataRole.ForegroundRole and "result" in entry and column >= 3:
            return RESULT_COLOURS.get(entry["result"])
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return entry["title"]
        return None

    def _display(self, row: int, entry: Entry, column: int) -> Any:
        if column == 0:
            return str(_rank(self.method, row, entry))
        if column == 1:
            return entry["code"]
        if column == 2:
            return entry["title"]
        return str(self._figures()[column - 3][1](entry))
