"""The platform sidebar: titles with their live counters, drawn by a two-line delegate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui.counters import PlatformCounters
from facilitator.gui.platform_model import COUNTERS_ROLE, PlatformListModel
from facilitator.gui.proposal_model import ID_ROLE
from facilitator.gui.qt_types import Index
from facilitator.gui.widgets import Retranslating

PAD = 6
FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


class PlatformDelegate(QStyledItemDelegate):
    """The title in bold, the counters below it in a smaller, quieter font."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return bold, small

    def _rects(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, QRect]:
        bold, small = self._fonts(option)
        width = max(50, option.rect.width() - 2 * PAD)
        probe = QRect(0, 0, width, 10_000)
        title = QFontMetrics(bold).boundingRect(probe, FLAGS, index.data())
        counters = QFontMetrics(small).boundingRect(probe, FLAGS, index.data(COUNTERS_ROLE))
        top = option.rect.top() + PAD
        left = option.rect.left() + PAD
        return (
            QRect(left, top, width, title.height()),
            QRect(left, top + title.height() + 2, width, counters.height()),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if option.rect.width() <= 0 and isinstance(option.widget, QAbstractScrollArea):
            option.rect.setWidth(option.widget.viewport().width())
        title, counters = self._rects(option, index)
        return QSize(option.rect.width(), counters.bottom() - option.rect.top() + PAD + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, small = self._fonts(option)
        title_rect, counters_rect = self._rects(option, index)
        painter.save()
        painter.setPen(option.palette.color(group))
        painter.setFont(bold)
        painter.drawText(title_rect, FLAGS, text)
        painter.setFont(small)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(counters_rect, FLAGS, index.data(COUNTERS_ROLE))
        painter.restore()


class Sidebar(Retranslating, QWidget):
    """Lists the platforms; `platformChosen(id)` when the user picks another."""

    platformChosen = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = PlatformListModel(self)
        self.heading = QLabel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(PlatformDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Platfor&ms"))
        self.view.setAccessibleName(self.tr("Platforms"))
        if self.model.rowCount():
            last = self.model.rowCount() - 1
            self.model.dataChanged.emit(self.model.index(0), self.model.index(last))

    def load(self, entries: list[PlatformCounters]) -> None:
        self.model.load(entries)
        self.view.doItemsLayout()  # the counters may need another line

    def current_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else ""

    def choose(self, platform_id: str) -> None:
        at = self.model.row_of(platform_id)
        self.view.setCurrentIndex(self.model.index(max(at, 0)))

    def step(self, delta: int) -> None:
        rows = self.model.rowCount()
        if rows:
            at = max(0, min(rows - 1, self.view.currentIndex().row() + delta))
            self.view.setCurrentIndex(self.model.index(at))

    def _chosen(self, index: Index, _previous: QModelIndex) -> None:
        if index.isValid():
            self.platformChosen.emit(index.data(ID_ROLE))
