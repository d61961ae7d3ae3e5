"""The secretariat's dashboard: one row per platform, refreshed after every import."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.exchange.conflicts import open_conflicts
from facilitator.exchange.dashboard import platform_statuses
from facilitator.gui.exchange.dialogs import table_for
from facilitator.gui.exchange.models import DashboardModel
from facilitator.gui.widgets import Retranslating


class DashboardWidget(Retranslating, QWidget):
    """Per platform: the last bundle, what it changed, open conflicts, what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DashboardModel(parent=self)
        self.summary = QLabel(self)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.table = table_for(self.model, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.refresh_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.table.setAccessibleName(self.tr("Platforms' results"))
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # read only when looked at: the statuses cost a query per platform
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        statuses = platform_statuses()
        self.model.set_rows(statuses)
        waiting = sum(1 for s in statuses if s.missing)
        self.summary.setText(
            self.tr("Platforms without results: {0}; open conflicts: {1}").format(
                waiting, len(open_conflicts())
            )
        )
