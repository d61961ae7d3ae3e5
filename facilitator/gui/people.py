"""The participants tab's commands: add, edit, delete, attendance and importing a list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from facilitator.gui import files
from facilitator.gui.commands import Change, ImportedParticipants
from facilitator.gui.importer import ImportFunction, ImportJob
from facilitator.gui.language import refusal, translate
from facilitator.gui.participant_dialog import ParticipantDialog
from facilitator.gui.participants_panel import ParticipantsPanel
from facilitator.importing.participants import import_participants
from facilitator.importing.report import ImportReport
from facilitator.messages import FacilitatorError
from facilitator.services.participants import list_participants, participant_names

if TYPE_CHECKING:
    from facilitator.gui.main_window import MainWindow


class PeopleActions(QObject):
    """Connects the participants panel to the operations of the window's session."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: ImportJob | None = None

    @property
    def panel(self) -> ParticipantsPanel:
        return self.window.participants

    def connect_panel(self, panel: ParticipantsPanel) -> None:
        panel.add_button.clicked.connect(self.add)
        panel.edit_button.clicked.connect(self.edit)
        panel.import_button.clicked.connect(self.import_list)
        panel.table.doubleClicked.connect(lambda _index: self.edit())
        panel.model.presenceToggled.connect(self.set_present)
        panel.table.spacePressed.connect(self.toggle_present)

    def reload(self) -> None:
        """The list of the current platform, and the names the presenter field offers."""
        platform_id = self.window.platform_id
        rows = list_participants(platform_id) if platform_id else []
        self.panel.load(rows)
        self.window.proposals.detail.set_names(participant_names())

    def on_changed(self, _change: Change) -> None:
        self.reload()  # one query for a platform's few hundred people

    # --- commands ------------------------------------------------------------------------
    def add(self) -> None:
        dialog = ParticipantDialog(None, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            name = values.pop("full_name")
            self.window.ops.add_participant(
                name, platform=self.window.platform_id or None, **values
            )

    def edit(self) -> None:
        row = self.panel.current()
        if row is None:
            return
        dialog = ParticipantDialog(row, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.ops.edit_participant(row.id, **dialog.values())

    def delete(self) -> None:
        row = self.panel.current()
        if row is not None:
            self.window.ops.delete_participant(row.id)

    def toggle_present(self) -> None:
        row = self.panel.current()
        if row is not None:
            self.set_present(row.id, not row.present)

    def set_present(self, participant_id: str, present: bool) -> None:
        if self.window.platform_id:
            self.window.ops.set_present(participant_id, self.window.platform_id, present)

    # --- import --------------------------------------------------------------------------
    def import_list(self) -> None:
        path = files.open_file(
            self.window,
            self.tr("Import participants"),
            "",
            self.tr("Participant lists (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path, function: ImportFunction | None = None) -> ImportJob:
        """Import off the GUI thread; the window refreshes when it is done."""
        self.job = ImportJob(self.window.ops.sf, path, self.window, function or import_participants)
        self.job.succeeded.connect(self._imported)
        self.job.failed.connect(self._failed)
        self.job.start()
        return self.job

    def _imported(self, report: ImportReport) -> None:
        if report.ids:
            command = ImportedParticipants(self.window.ops, report.ids, report.file)
            self.window.ops.undo_stack.push(command)
        self.window.ops.notify(Change("participant"))
        self.window.statusBar().showMessage(report.message().format(translate), 10_000)

    def _failed(self, err: FacilitatorError) -> None:
        if self.job is not None and self.job.worker.cancel_requested.is_set():
            self.window.statusBar().showMessage(refusal(err), 10_000)  # asked for, not an error
        else:
            self.window.ops.show_error(err)
