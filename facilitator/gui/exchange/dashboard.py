"""The secretariat's dashboard: one row per platform, refreshed after every import."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.exchange.conflicts import open_conflicts
from facilitator.exchange.dashboard import platform_statuses
from facilitator.gui.exchange.dialogs import table_for
from facilitator.gui.exchange.models import DashboardModel


class DashboardWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DashboardModel(parent=self)
        self.summary = QLabel(self)
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(table_for(self.model, self))
        layout.addWidget(refresh)
        self.refresh()

    def refresh(self) -> None:
        statuses = platform_statuses()
        self.model.set_rows(statuses)
        waiting = sum(1 for s in statuses if s.missing)
        self.summary.setText(
            self.tr("Platforms without results: {0}; open conflicts: {1}").format(
                waiting, len(open_conflicts())
            )
        )
