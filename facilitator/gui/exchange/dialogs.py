"""Exchange dialogs: merge preview, conflicts, similar proposals; and preparing the kits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.exchange import combine, conflicts, kit
from facilitator.exchange.merge import MergeReport
from facilitator.exchange.similar import find_similar
from facilitator.gui import files
from facilitator.gui.dialog_sizes import fit
from facilitator.gui.exchange.conflict_fields import (
    COL_FIELD,
    COL_MINE,
    COL_TAKE,
    COL_THEIRS,
    ConflictFieldsModel,
)
from facilitator.gui.exchange.merge_preview import ask_to_merge
from facilitator.gui.exchange.models import ConflictModel, MergePreviewModel, SimilarModel
from facilitator.gui.exchange.passphrase import ask_new
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
        fit(self, "import preview", QSize(900, 420))
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
    """Each open conflict field by field: keep ours, take the platform's, or choose per field."""

    def __init__(self, sf: SessionFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sf = sf
        self.setWindowTitle(self.tr("Conflicts"))
        self.model = ConflictModel(conflicts.list_conflicts(sf), self)
        self.view = table_for(self.model, self)
        self.view.setAccessibleName(self.tr("Open conflicts"))
        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.fields_model = ConflictFieldsModel(self)
        self.fields = table_for(self.fields_model, self)
        self.fields.setAccessibleName(self.tr("Fields that differ"))
        self._size_fields()
        self.view.selectionModel().currentRowChanged.connect(self._show)
        row = QHBoxLayout()
        for text, choice in (
            (self.tr("&Keep ours"), conflicts.MINE),
            (self.tr("&Take the platform's"), conflicts.THEIRS),
            (self.tr("&Apply the choices"), conflicts.EDITED),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self.resolve_current(c))
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.origin)
        layout.addWidget(self.fields, 2)
        layout.addWidget(QLabel(self.tr("Space ticks a field to take the platform's value."), self))
        layout.addLayout(row)
        fit(self, "conflicts", QSize(900, 600))  # both values readable side by side
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _size_fields(self) -> None:
        header = self.fields.horizontalHeader()
        for column, mode in (
            (COL_FIELD, QHeaderView.ResizeMode.ResizeToContents),
            (COL_MINE, QHeaderView.ResizeMode.Stretch),
            (COL_THEIRS, QHeaderView.ResizeMode.Stretch),
            (COL_TAKE, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        self.fields.setWordWrap(True)
        self.fields.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _show(self) -> None:
        conflict = self.current()
        self.fields_model.set_conflict(conflict)
        self.origin.setText(self._origin_text(conflict) if conflict else "")
        if self.fields_model.rowCount():
            self.fields.setCurrentIndex(self.fields_model.index(0, COL_TAKE))

    def _origin_text(self, conflict: dict[str, Any]) -> str:
        when = QDateTime.fromString(conflict["created_at"], Qt.DateFormat.ISODateWithMs)
        shown = QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
        return self.tr(
            "Both sides changed this record. Here: the secretariat's value now. Platform {0}: "
            "its value in bundle {1}, imported {2}."
        ).format(conflict["platform"], conflict["theirs"]["sequence"], shown)

    def current(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def resolve_current(self, choice: str, values: dict[str, Any] | None = None) -> bool:
        conflict = self.current()
        if conflict is None:
            return False
        if choice == conflicts.EDITED and values is None:
            values = self.fields_model.values()
        try:
            conflicts.resolve(self.sf, conflict["id"], choice, values)
        except FacilitatorError as err:
            QMessageBox.warning(self, self.tr("Conflicts"), refusal(err))
            return False
        self.model.set_rows(conflicts.list_conflicts(self.sf))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self._show()
        return True


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
        merge_button = QPushButton(self.tr("&Merge the group…"), self)
        merge_button.clicked.connect(self.merge_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(merge_button)
        fit(self, "similar", QSize(900, 480))

    def merge_current(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        group = self.model.group_at(index.row())
        ids = [p.id for p in group.proposals]
        if not ask_to_merge(self, ids):
            return None
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
    """ "Prepare platform kits…": one kit per platform into a chosen folder, protected by a
    passphrase when one is given."""
    if folder is None:
        chosen = files.folder(
            parent, QCoreApplication.translate("Exchange", "Folder for the platform kits")
        )
        if not chosen:
            return []
        folder = Path(chosen)
    go_on, passphrase = ask_new(parent)
    if not go_on:
        return []
    try:
        return kit.write_kits(sf, folder, passphrase)
    except FacilitatorError as err:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Exchange", "Platform kits"), refusal(err)
        )
        return []
