"""Exchange dialogs: merge preview, conflicts, similar proposals; and preparing the kits."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.exchange import combine, conflicts, kit
from facilitator.exchange.merge import MergeReport
from facilitator.exchange.similar import find_similar
from facilitator.gui import files
from facilitator.gui.exchange.models import ConflictModel, MergePreviewModel, SimilarModel
from facilitator.gui.language import refusal
from facilitator.messages import FacilitatorError
from facilitator.store.db import SessionFile


def table_for(model: Any, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MergePreviewDialog(QDialog):
    """What the bundles would do, per platform; OK applies them (after a backup)."""

    def __init__(self, report: MergeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results bundles"))
        self.model = MergePreviewModel(report.bundles, self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Check what the import will do, then apply it.")))
        layout.addWidget(table_for(self.model, self))
        self.warning = QLabel(self._warnings(report), self)
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(report.held or any(b.numbers for b in report.bundles)))
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(report.changed_anything)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _warnings(self, report: MergeReport) -> str:
        lines = [
            self.tr(
                "{file}: the clock of the laptop runs {hours} hours ahead of this computer. "
                "Applying accepts its times, and the clock of this session moves forward with them."
            ).format(file=b.file, hours=b.ahead_hours)
            for b in report.held
        ]
        lines += [
            self.tr(
                "{number} «{title}» will be shown as {shown_as}: another proposal of the "
                "platform, made earlier, has that number."
            ).format(**twin)
            for b in report.bundles
            for twin in b.numbers
        ]
        return "\n".join(lines)


class ConflictsDialog(QDialog):
    """Each open conflict with both values; keep mine, take theirs, or edit."""

    def __init__(self, sf: SessionFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sf = sf
        self.setWindowTitle(self.tr("Conflicts"))
        self.model = ConflictModel(conflicts.list_conflicts(sf), self)
        self.view = table_for(self.model, self)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.view.selectionModel().currentRowChanged.connect(self._show)
        row = QHBoxLayout()
        for text, choice in (
            (self.tr("Keep mine"), conflicts.MINE),
            (self.tr("Take theirs"), conflicts.THEIRS),
            (self.tr("Edit…"), conflicts.EDITED),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, c=choice: self.resolve_current(c))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.details)
        layout.addLayout(row)

    def _show(self) -> None:
        conflict = self.current()
        if conflict is None:
            self.details.clear()
            return
        lines = [
            self.tr("Platform {0}, bundle {1}").format(
                conflict["platform"], conflict["theirs"]["sequence"]
            )
        ]
        for f in conflict["fields"]:
            lines.append(
                self.tr("{0}: here “{1}”, platform “{2}”").format(f["name"], f["mine"], f["theirs"])
            )
        self.details.setPlainText("\n".join(lines))

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def resolve_current(self, choice: str, values: dict[str, Any] | None = None) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        if choice == conflicts.EDITED and values is None:
            values = self._ask_values(conflict)
            if values is None:
                return False
        try:
            conflicts.resolve(self.sf, conflict["id"], choice, values)
        except FacilitatorError as err:
            QMessageBox.warning(self, self.tr("Conflicts"), refusal(err))
            return False
        self.model.set_rows(conflicts.list_conflicts(self.sf))
        return True

    def _ask_values(self, conflict: dict[str, Any]) -> dict[str, Any] | None:
        start = {f["name"]: f["theirs"] for f in conflict["fields"]}
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Edit"),
            self.tr("Values (JSON):"),
            json.dumps(start, ensure_ascii=False, indent=1),
        )
        if not ok:
            return None
        try:
            values = json.loads(text)
        except ValueError:
            return None
        return values if isinstance(values, dict) else None


class SimilarDialog(QDialog):
    """Groups of similar proposals from different platforms, offered for merging."""

    def __init__(
        self,
        sf: SessionFile,
        parent: QWidget | None = None,
        merge: Callable[[list[str]], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.sf = sf
        self.merge = merge  # the app passes one that goes on the undo stack
        self.setWindowTitle(self.tr("Similar proposals"))
        self.model = SimilarModel(parent=self)
        self.model.set_groups(find_similar())
        self.view = table_for(self.model, self)
        merge_button = QPushButton(self.tr("Merge the group"), self)
        merge_button.clicked.connect(self.merge_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(merge_button)

    def merge_current(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        group = self.model.group_at(index.row())
        ids = [p.id for p in group.proposals]
        if self.merge is not None:
            merged = self.merge(ids)
            self.model.set_groups(find_similar())
            return merged
        try:
            merged = combine.merge_proposals(self.sf, ids)
        except FacilitatorError as err:
            QMessageBox.warning(self, self.tr("Similar proposals"), refusal(err))
            return None
        self.model.set_groups(find_similar())
        return merged


def prepare_kits(parent: QWidget | None, sf: SessionFile, folder: Path | None = None) -> list[Path]:
    """ "Prepare platform kits…": one kit per platform into a chosen folder."""
    if folder is None:
        chosen = files.folder(
            parent, QCoreApplication.translate("Exchange", "Folder for the platform kits")
        )
        if not chosen:
            return []
        folder = Path(chosen)
    try:
        return kit.write_kits(sf, folder)
    except FacilitatorError as err:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Exchange", "Platform kits"), refusal(err)
        )
        return []
