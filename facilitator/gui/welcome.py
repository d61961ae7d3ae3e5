"""The welcome screen: recent sessions, a new one, open one, or the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.gui import settings
from facilitator.gui.qt_types import Index
from facilitator.gui.widgets import Retranslating
from facilitator.store.peek import FileSummary, peek


class RecentModel(QStringListModel):
    """Recent sessions, shown by title and role (secretariat or a platform's laptop)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summaries: dict[str, FileSummary | None] = {}  # read once per path

    def data(self, index: Index, role: int = 0) -> Any:
        path = super().data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole and path:
            return self._line(path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return path
        return super().data(index, role)

    def _line(self, path: str) -> str:
        if path not in self.summaries:
            self.summaries[path] = peek(Path(path))
        summary = self.summaries[path]
        if summary is None:
            return f"{Path(path).name}   —   {Path(path).parent}"
        return f"{summary.title}   ·   {role_text(summary)}   —   {Path(path).name}"


def role_text(summary: FileSummary) -> str:
    if summary.platform_number is None:
        return QCoreApplication.translate("WelcomeScreen", "secretariat")
    text = QCoreApplication.translate("WelcomeScreen", "platform {number} laptop")
    return text.format(number=summary.platform_number)


class WelcomeScreen(Retranslating, QWidget):
    """Asks the controller to open something; knows nothing about sessions itself."""

    openPath = Signal(str)
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    kitRequested = Signal()
    closed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.buttons = {key: QPushButton(self) for key in ("new", "open", "demo", "kit")}
        self.recent_label = QLabel(self)
        self.recent = QListView(self)
        self.recent_model = RecentModel(self)
        self.recent.setModel(self.recent_model)
        self.recent_label.setBuddy(self.recent)
        self._layout()
        self.buttons["new"].clicked.connect(self.newRequested)
        self.buttons["open"].clicked.connect(self.openRequested)
        self.buttons["demo"].clicked.connect(self.demoRequested)
        self.buttons["kit"].clicked.connect(self.kitRequested)
        self.recent.activated.connect(
            lambda index: self.openPath.emit(index.data(Qt.ItemDataRole.EditRole))
        )
        self.refresh()
        self.retranslate()

    def _layout(self) -> None:
        actions = QVBoxLayout()
        for button in self.buttons.values():
            button.setMinimumHeight(40)
            actions.addWidget(button)
        actions.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent, 1)
        columns = QHBoxLayout()
        columns.addLayout(actions, 1)
        columns.addSpacing(24)
        columns.addLayout(recent, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(20)
        layout.addLayout(columns, 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Facilitator"))
        self.title.setText(self.tr("Facilitator"))
        self.subtitle.setText(
            self.tr(
                "Run a strategic session: platforms, participants, problems, proposals, "
                "project initiatives and resolution items — offline, every edit saved at once."
            )
        )
        self.buttons["new"].setText(self.tr("&New session…"))
        self.buttons["open"].setText(self.tr("&Open session…"))
        self.buttons["demo"].setText(self.tr("Open the &demo session"))
        self.buttons["kit"].setText(self.tr("Open a platform &kit…"))
        self.recent_label.setText(self.tr("&Recent sessions"))
        self.recent.setAccessibleName(self.tr("Recent sessions"))
        for key, name in (
            ("new", self.tr("New session")),
            ("open", self.tr("Open session")),
            ("demo", self.tr("Open the demo session")),
            ("kit", self.tr("Open a platform kit")),
        ):
            self.buttons[key].setAccessibleName(name)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def refresh(self) -> None:
        """Show the recent files that still exist."""
        files = [p for p in settings.RECENT_FILES.get() if Path(p).is_file()]
        self.recent_model.setStringList(files)
        if files:
            self.recent.setCurrentIndex(self.recent_model.index(0))
