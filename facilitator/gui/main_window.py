"""The workspace window: platforms on the left, proposals or participants in the middle."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QWidget,
)

from facilitator.gui import settings
from facilitator.gui.about import show_about
from facilitator.gui.actions import Actions
from facilitator.gui.commands import Change
from facilitator.gui.counters import PlatformCounters, platform_counters
from facilitator.gui.exchange.hub import ExchangeHub
from facilitator.gui.operations import Operations
from facilitator.gui.participants_panel import ParticipantsPanel
from facilitator.gui.people import PeopleActions
from facilitator.gui.preferences import PreferencesDialog
from facilitator.gui.proposals_panel import ProposalsPanel
from facilitator.gui.setup_dialog import SetupDialog
from facilitator.gui.sidebar import Sidebar
from facilitator.gui.voting.hub import VotingHub
from facilitator.gui.widgets import LazyTab, Retranslating, find_field
from facilitator.messages import FacilitatorError
from facilitator.services.proposals import get_proposal, list_proposals, proposal_row


class MainWindow(Retranslating, QMainWindow):
    """One open session. File requests (new, open, demo, close) go to whoever started it."""

    openPath = Signal(str)
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    kitRequested = Signal()
    saveCopyRequested = Signal()
    closeRequested = Signal()
    closed = Signal()

    def __init__(self, ops: Operations, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        ops.dialog_parent = self
        self.platform_id = ""
        self.is_closed = False
        self.sidebar = Sidebar(self)
        self.proposals = ProposalsPanel(self)
        self.participants = ParticipantsPanel(self)
        self.voting = VotingHub(ops, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.proposals, "")
        self.tabs.addTab(self.participants, "")
        self.tabs.addTab(self.voting.results, "")
        self.resolution = LazyTab(self._make_resolution, self)
        self.tabs.addTab(self.resolution, "")
        self.exchange = ExchangeHub(ops, self)
        if self.exchange.dashboard is not None:
            self.tabs.addTab(self.exchange.dashboard, "")
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1170])
        self.setCentralWidget(self.splitter)
        self.saved = QLabel(self)
        self.saved.setAccessibleName("saved")
        self.statusBar().addWidget(self.voting.timer_widget)
        self.statusBar().addPermanentWidget(self.saved)
        self.people = PeopleActions(self)
        self.actions_ = Actions(self, self._slots())
        self._finish_actions()
        self._connect()
        self.retranslate()
        self.reload()
        self._restore()

    def _slots(self) -> dict[str, Any]:
        return {
            "new_session": self.newRequested.emit,
            "open_session": self.openRequested.emit,
            "open_demo": self.demoRequested.emit,
            "open_kit": self.kitRequested.emit,
            "save_copy": self.saveCopyRequested.emit,
            "prepare_kits": self.exchange.prepare_kits,
            "import_bundles": self.exchange.import_chosen,
            "watch_folder": self.exchange.choose_watched_folder,
            "revoke_kits": self.exchange.revoke_kits,
            "conflicts": self.exchange.show_conflicts,
            "similar": self.exchange.show_similar,
            "export_bundle": self.exchange.export_bundle,
            "auto_export": self.exchange.choose_auto_export,
            "view_dashboard": self.show_dashboard,
            "close_session": self.closeRequested.emit,
            "import_participants": self.people.import_list,
            "quit": QCoreApplication.quit,
            "find": self.focus_find,
            "setup": self.show_setup,
            "preferences": self.show_preferences,
            "new_proposal": self.focus_capture,
            "cycle_kind": self.proposals.capture.cycle_kind,
            "next": lambda: self.proposals.step(+1),
            "previous": lambda: self.proposals.step(-1),
            "delete_proposal": self.delete_proposal,
            "add_participant": self.people.add,
            "edit_participant": self.people.edit,
            "toggle_present": self.people.toggle_present,
            "delete_participant": self.people.delete,
            "view_proposals": lambda: self.tabs.setCurrentWidget(self.proposals),
            "view_participants": lambda: self.tabs.setCurrentWidget(self.participants),
            "view_results": lambda: self.tabs.setCurrentWidget(self.voting.results),
            "view_resolution": lambda: self.tabs.setCurrentWidget(self.resolution),
            "export": self.show_export,
            "vote_on_selected": self.vote_on_selected,
            "continue_vote": lambda: self.voting.continue_vote(),
            "projector": self.voting.toggle_projector,
            "projector_show": self.voting.pin_current,
            "projector_reveal": self.voting.reveal_on_projector,
            "projector_blank": self.voting.blank_projector,
            "timer_toggle": self.voting.timer.toggle,
            "timer_reset": self.voting.timer.reset,
            "next_platform": lambda: self.sidebar.step(+1),
            "previous_platform": lambda: self.sidebar.step(-1),
            "about": self.show_about,
        }

    def _make_resolution(self, parent: QWidget) -> QWidget:
        from facilitator.gui.resolution.editor import ResolutionEditor

        editor = ResolutionEditor(self.ops, parent)
        editor.exportRequested.connect(self.show_export)
        return editor

    def offer_command_line_steps(self) -> int:
        """Edits the command line made while the app was closed: on the undo stack, said so."""
        count = self.ops.take_command_line_steps()
        if count:
            message = self.tr(
                "Changes made from the command line that can be undone (Edit → Undo, "
                "Ctrl+Z): {count}."
            )
            self.statusBar().showMessage(message.format(count=count), 30_000)
        return count

    def show_dashboard(self) -> None:
        if self.exchange.dashboard is not None:
            self.tabs.setCurrentWidget(self.exchange.dashboard)

    def _finish_actions(self) -> None:
        self.actions_.show_exchange(self.exchange.is_laptop)
        stack = self.ops.undo_stack
        self.actions_.add_undo(stack.createUndoAction(self), stack.createRedoAction(self))
        self.actions_.add_choices(self.set_kind, self.set_status)
        self.actions_.add_context_menu(self.proposals.table)
        self.actions_.bind_to("delete_proposal", self.proposals.table)
        self.actions_.bind_to("delete_participant", self.participants.table)
        menu_key = QShortcut(QKeySequence(Qt.Key.Key_F10), self)
        menu_key.activated.connect(self.open_menu_bar)
        shared = ("projector", "projector_reveal", "projector_blank", "timer_toggle", "timer_reset")
        self.voting.shared_actions = [self.actions_.by_key[key] for key in shared]
        recent = QMenu(self)
        recent.aboutToShow.connect(lambda: self._fill_recent(recent))
        self.actions_.menus["recent"] = recent
        self.actions_.menus["file"].insertMenu(self.actions_.by_key["open_demo"], recent)

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        for path in settings.RECENT_FILES.get():
            action = menu.addAction(path)
            action.triggered.connect(lambda _checked=False, p=path: self.openPath.emit(p))

    def _connect(self) -> None:
        self.sidebar.platformChosen.connect(self.show_platform)
        self.proposals.capture.submitted.connect(self.capture)
        self.proposals.detail.edited.connect(self.edit_proposal)
        self.ops.changed.connect(self.on_changed)
        self.ops.failed.connect(self._show_not_saved)
        self.proposals.currentChanged.connect(
            lambda row: self.voting.set_item(row.id if row is not None else None)
        )
        self.voting.results.proposalActivated.connect(self.show_proposal)

        self.people.connect_panel(self.participants)

    def retranslate(self) -> None:
        if self.is_closed:  # its session may be closed already: nothing to read
            return
        self.actions_.retranslate()
        stack = self.ops.undo_stack  # made again, in the language now chosen
        self.actions_.replace_undo(stack.createUndoAction(self), stack.createRedoAction(self))
        self.tabs.setTabText(0, self.tr("Proposals"))
        self.tabs.setTabText(1, self.tr("Participants"))
        self.tabs.setTabText(2, self.tr("Results"))
        self.tabs.setTabText(3, self.tr("Resolution"))
        if self.exchange.dashboard is not None:
            self.tabs.setTabText(4, self.tr("Platforms' results"))
        self.tabs.setAccessibleName(self.tr("Views"))
        self._update_title()
        self._show_saved()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the platforms and show the last one used (or the first); a laptop its own."""
        self.sidebar.load(self._counters())
        own = self.exchange.own_platform
        wanted = own or settings.last_platform(str(self.ops.sf.path))
        self.sidebar.choose(wanted)
        if not self.sidebar.current_id():
            self.show_platform("")

    def _counters(self) -> list[PlatformCounters]:
        """The sidebar's platforms: all for the secretariat, only its own on a platform's laptop."""
        counters = platform_counters(self.ops.sf)
        own = self.exchange.own_platform
        return [c for c in counters if c.id == own] if own else counters

    def show_platform(self, platform_id: str) -> None:
        self.platform_id = platform_id
        self.voting.set_platform(platform_id)
        rows = list_proposals(platform_id) if platform_id else []
        self.proposals.model.set_results({})
        self.proposals.load(rows)
        # the vote figures come a moment later: the rows show (and the window paints) first
        QTimer.singleShot(0, lambda: self._load_results(platform_id, rows))
        self.people.reload()
        self.proposals.capture.setEnabled(bool(platform_id))
        if platform_id:
            settings.remember_platform(str(self.ops.sf.path), platform_id)

    def _load_results(self, platform_id: str, rows: list[Any]) -> None:
        if not self.is_closed and platform_id == self.platform_id:
            self.proposals.model.set_results(self.voting.results_of_platform(rows))

    def on_changed(self, change: Change) -> None:
        """Refresh only what the edit touched."""
        if change.entity == "proposal":
            for proposal_id in change.ids:
                self._refresh_proposal(proposal_id)
        elif change.entity in ("participant", "attendance"):
            self.people.on_changed(change)
        if change.entity in ("vote", "proposal", "attendance"):
            self.proposals.model.set_results(self.voting.results_of_platform())
        self.voting.on_changed(change)
        self.sidebar.load(self._counters())
        if change.entity == "platform":  # numbers (3.12) or the platform itself changed
            self.sidebar.choose(self.platform_id)
            self.show_platform(self.sidebar.current_id())
        self._update_title()
        self._show_saved()

    def _refresh_proposal(self, proposal_id: str) -> None:
        row = proposal_row(proposal_id)
        visible = row.platform_id == self.platform_id and not _is_deleted(proposal_id)
        self.proposals.refresh_row(row if visible else None, proposal_id)

    def _update_title(self) -> None:
        title = self.ops.sf.session.title
        if self.ops.sf.read_only:
            self.setWindowTitle(self.tr("{title} — Facilitator (read-only)").format(title=title))
        else:
            self.setWindowTitle(self.tr("{title} — Facilitator").format(title=title))

    def _show_saved(self) -> None:
        self.saved.setStyleSheet("")
        if self.ops.sf.read_only:
            self.saved.setText(self.tr("Read-only: to edit, save a copy (File → Save a copy as…)"))
            return
        time = QLocale().toString(self.ops.saved_at.time(), QLocale.FormatType.ShortFormat)
        self.saved.setText(self.tr("All changes saved at {time}").format(time=time))

    def _show_not_saved(self, reason: str) -> None:
        self.saved.setStyleSheet("color: #b00020; font-weight: bold;")
        self.saved.setText(self.tr("Last change NOT saved"))
        self.saved.setToolTip(reason)

    # --- proposals -----------------------------------------------------------------------
    def capture(self, title: str, kind: str) -> None:
        proposal_id = self.ops.add_proposal(self.platform_id, title, kind)
        if proposal_id:  # not saved: the text stays in the line, to try again
            self.proposals.capture.line.clear()
            self.proposals.select(proposal_id)
            self.proposals.capture.setFocus()

    def edit_proposal(self, proposal_id: str, fields: dict[str, Any]) -> None:
        if not self.ops.edit_proposal(proposal_id, **fields) and self.ops.unsaved:
            return  # the file refused it: keep what was typed, to save again
        # refused or trimmed by the service: show what is really stored
        self._refresh_proposal(proposal_id)

    def set_kind(self, kind: str) -> None:
        current = self.proposals.current()
        if current is not None:
            self.proposals.detail.commit_all()
            self.ops.edit_proposal(current.id, kind=kind)

    def set_status(self, status: str) -> None:
        current = self.proposals.current()
        if current is not None:
            self.proposals.detail.commit_all()
            self.ops.edit_proposal(current.id, status=status)

    def delete_proposal(self) -> None:
        current = self.proposals.current()
        if current is not None:
            self.ops.delete_proposal(current.id)
            self.proposals.table.setFocus()

    def vote_on_selected(self) -> None:
        self.proposals.detail.commit_all()
        self.voting.vote_on(self.proposals.selected_ids())

    def show_proposal(self, proposal_id: str) -> None:
        self.tabs.setCurrentWidget(self.proposals)
        self.proposals.select(proposal_id)

    def open_menu_bar(self) -> None:
        """F10 opens the first menu, as in other desktop programs; the arrows go on from there."""
        self.menuBar().setActiveAction(self.menuBar().actions()[0])

    def show_attendance(self) -> None:
        """The participants of this platform, ready to find a name and mark them present."""
        self.tabs.setCurrentWidget(self.participants)
        self.activateWindow()
        self.participants.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_capture(self) -> None:
        self.tabs.setCurrentWidget(self.proposals)
        self.proposals.capture.setFocus()

    def focus_find(self) -> None:
        """The current tab's find box; a tab without one finds among the proposals."""
        field = find_field(self.tabs.currentWidget())
        if field is None:
            self.tabs.setCurrentWidget(self.proposals)
            field = self.proposals.search
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    # --- dialogs -------------------------------------------------------------------------
    def show_setup(self) -> None:
        self.proposals.detail.commit_all()
        dialog = SetupDialog(self.ops, self)
        dialog.exec()
        dialog.deleteLater()

    def show_export(self) -> None:
        # python-docx comes with the dialog: the app loads it at the first export, not at start
        from facilitator.gui.resolution.export_dialog import ExportDialog

        self.proposals.detail.commit_all()
        dialog = ExportDialog(self.ops.sf, self)
        dialog.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        dialog.exec()
        dialog.deleteLater()

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        show_about(self)

    # --- window state --------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._default_size()
        state = settings.WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.SPLITTER_STATE.get()
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def _default_size(self) -> None:
        """First start: a roomy window (1400 × 850), never larger than the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1400, 850
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.proposals.detail.commit_all()
        self.voting.close()
        if self.resolution.content is not None:
            self.resolution.content.shutdown()  # type: ignore[attr-defined]
        self.exchange.close()
        self.is_closed = True
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())
        settings.SPLITTER_STATE.set(self.splitter.saveState())
        super().closeEvent(event)
        self.closed.emit()


def _is_deleted(proposal_id: str) -> bool:
    try:
        get_proposal(proposal_id)
    except FacilitatorError:
        return True
    return False
