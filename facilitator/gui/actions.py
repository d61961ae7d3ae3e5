"""Every command of the main window: its menu, text and shortcuts, declared in one table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from facilitator.messages import QT_TRANSLATE_NOOP
from facilitator.vocabulary import KIND_LABELS, KINDS, STATUS_LABELS, STATUSES

MENUS = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "proposal": QT_TRANSLATE_NOOP("Actions", "&Proposal"),
    "participants": QT_TRANSLATE_NOOP("Actions", "P&articipants"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "vote": QT_TRANSLATE_NOOP("Actions", "V&ote"),
    "exchange": QT_TRANSLATE_NOOP("Actions", "Excha&nge"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
    "kind": QT_TRANSLATE_NOOP("Actions", "&Kind"),
    "status": QT_TRANSLATE_NOOP("Actions", "&Status"),
    "recent": QT_TRANSLATE_NOOP("Actions", "Open &recent"),
}


@dataclass(frozen=True)
class ActionSpec:
    key: str
    menu: str
    text: str
    shortcuts: tuple[str, ...] = ()
    separator_before: bool = False


SPECS = (
    ActionSpec(
        "new_session", "file", QT_TRANSLATE_NOOP("Actions", "&New session…"), ("Ctrl+Shift+N",)
    ),
    ActionSpec("open_session", "file", QT_TRANSLATE_NOOP("Actions", "&Open session…"), ("Ctrl+O",)),
    ActionSpec("open_demo", "file", QT_TRANSLATE_NOOP("Actions", "Open the &demo session")),
    ActionSpec("open_kit", "file", QT_TRANSLATE_NOOP("Actions", "Open a platform &kit…")),
    ActionSpec("save_copy", "file", QT_TRANSLATE_NOOP("Actions", "Save a cop&y as…")),
    ActionSpec(
        "import_participants",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Import participants…"),
        ("Ctrl+I",),
        True,
    ),
    ActionSpec(
        "export",
        "file",
        QT_TRANSLATE_NOOP("Actions", "&Export to Word…"),
        ("Ctrl+Shift+E",),
        True,
    ),
    ActionSpec(
        "close_session", "file", QT_TRANSLATE_NOOP("Actions", "&Close session"), ("Ctrl+W",), True
    ),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",)),
    ActionSpec("find", "edit", QT_TRANSLATE_NOOP("Actions", "&Find"), ("Ctrl+F",), True),
    ActionSpec(
        "setup", "edit", QT_TRANSLATE_NOOP("Actions", "Session &setup…"), ("Ctrl+Shift+S",), True
    ),
    ActionSpec("preferences", "edit", QT_TRANSLATE_NOOP("Actions", "P&references…"), ("Ctrl+,",)),
    ActionSpec("new_proposal", "proposal", QT_TRANSLATE_NOOP("Actions", "&New entry"), ("Ctrl+N",)),
    ActionSpec(
        "cycle_kind",
        "proposal",
        QT_TRANSLATE_NOOP("Actions", "Next kind for new en&tries"),
        ("Ctrl+K",),
    ),
    ActionSpec(
        "next", "proposal", QT_TRANSLATE_NOOP("Actions", "Ne&xt entry"), ("Ctrl+Down",), True
    ),
    ActionSpec(
        "previous", "proposal", QT_TRANSLATE_NOOP("Actions", "Pre&vious entry"), ("Ctrl+Up",)
    ),
    ActionSpec(
        "delete_proposal", "proposal", QT_TRANSLATE_NOOP("Actions", "&Delete entry"), ("Del",), True
    ),
    ActionSpec(
        "add_participant",
        "participants",
        QT_TRANSLATE_NOOP("Actions", "&Add participant…"),
        ("Ctrl+Shift+A",),
    ),
    ActionSpec(
        "edit_participant",
        "participants",
        QT_TRANSLATE_NOOP("Actions", "&Edit participant…"),
        ("Ctrl+E",),
    ),
    ActionSpec(
        "toggle_present",
        "participants",
        QT_TRANSLATE_NOOP("Actions", "Mark &present or absent"),
        ("Ctrl+M",),
    ),
    ActionSpec(
        "delete_participant",
        "participants",
        QT_TRANSLATE_NOOP("Actions", "&Delete participant"),
        ("Del",),
        True,
    ),
    ActionSpec(
        "vote_on_selected",
        "vote",
        QT_TRANSLATE_NOOP("Actions", "&Vote on the selected entries…"),
        ("Ctrl+Shift+V",),
    ),
    ActionSpec(
        "continue_vote", "vote", QT_TRANSLATE_NOOP("Actions", "&Continue the vote…"), ("Ctrl+J",)
    ),
    ActionSpec("projector", "vote", QT_TRANSLATE_NOOP("Actions", "&Projector"), ("F5",), True),
    ActionSpec(
        "projector_show",
        "vote",
        QT_TRANSLATE_NOOP("Actions", "Show the e&ntry on the projector"),
        ("Ctrl+P",),
    ),
    ActionSpec(
        "projector_reveal",
        "vote",
        QT_TRANSLATE_NOOP("Actions", "Show the res&ult on the projector"),
        ("Ctrl+R",),
    ),
    ActionSpec(
        "projector_blank",
        "vote",
        QT_TRANSLATE_NOOP("Actions", "&Blank the projector"),
        ("Ctrl+B",),
    ),
    ActionSpec(
        "timer_toggle",
        "vote",
        QT_TRANSLATE_NOOP("Actions", "&Start or pause the timer"),
        ("Ctrl+T",),
        True,
    ),
    ActionSpec(
        "timer_reset", "vote", QT_TRANSLATE_NOOP("Actions", "&Reset the timer"), ("Ctrl+Shift+T",)
    ),
    ActionSpec("prepare_kits", "exchange", QT_TRANSLATE_NOOP("Actions", "Prepare &platform kits…")),
    ActionSpec(
        "import_bundles",
        "exchange",
        QT_TRANSLATE_NOOP("Actions", "&Import results bundles…"),
        ("Ctrl+Shift+I",),
    ),
    ActionSpec(
        "watch_folder", "exchange", QT_TRANSLATE_NOOP("Actions", "&Watch a folder for bundles…")
    ),
    ActionSpec(
        "revoke_kits", "exchange", QT_TRANSLATE_NOOP("Actions", "Re&voke the kits of a platform…")
    ),
    ActionSpec("conflicts", "exchange", QT_TRANSLATE_NOOP("Actions", "&Conflicts…"), (), True),
    ActionSpec("similar", "exchange", QT_TRANSLATE_NOOP("Actions", "&Similar proposals…")),
    ActionSpec(
        "export_bundle",
        "exchange",
        QT_TRANSLATE_NOOP("Actions", "&Export results…"),
        ("Ctrl+Shift+B",),
        True,
    ),
    ActionSpec(
        "auto_export",
        "exchange",
        QT_TRANSLATE_NOOP("Actions", "Write results &automatically to a folder…"),
    ),
    ActionSpec("view_proposals", "view", QT_TRANSLATE_NOOP("Actions", "&Proposals"), ("F6",)),
    ActionSpec("view_participants", "view", QT_TRANSLATE_NOOP("Actions", "P&articipants"), ("F7",)),
    ActionSpec("view_results", "view", QT_TRANSLATE_NOOP("Actions", "&Results"), ("F8",)),
    ActionSpec("view_resolution", "view", QT_TRANSLATE_NOOP("Actions", "Re&solution"), ("F9",)),
    ActionSpec(
        "view_dashboard", "view", QT_TRANSLATE_NOOP("Actions", "Pla&tforms' results"), ("F12",)
    ),
    ActionSpec(
        "next_platform",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Ne&xt platform"),
        ("Ctrl+PgDown",),
        True,
    ),
    ActionSpec(
        "previous_platform",
        "view",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious platform"),
        ("Ctrl+PgUp",),
    ),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&About Facilitator")),
)
KIND_SHORTCUTS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")
STATUS_SHORTCUTS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5", "Alt+6")
# the proposals table's right-click menu
TABLE_MENU = ("projector_show", "vote_on_selected", "delete_proposal")
SECRETARIAT_ONLY = (
    "prepare_kits",
    "import_bundles",
    "watch_folder",
    "revoke_kits",
    "conflicts",
    "similar",
    "view_dashboard",
)
LAPTOP_ONLY = ("export_bundle", "auto_export")
# Del must stay the line editors' own key: these act only while their table has the focus
LOCAL_TO_TABLE = ("delete_proposal", "delete_participant")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions(QObject):
    """Builds the menus of a main window and re-sets their texts when the language changes."""

    def __init__(self, window: QMainWindow, slots: dict[str, Callable[[], None]]) -> None:
        super().__init__(window)
        self.window = window
        self.by_key: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.kinds: dict[str, QAction] = {}
        self.statuses: dict[str, QAction] = {}
        for key in ("file", "edit", "proposal", "participants", "vote", "exchange", "view", "help"):
            self.menus[key] = window.menuBar().addMenu("")
        for spec in SPECS:
            self._add(spec, slots[spec.key])
        self.undo = self.redo = QAction(self)

    def _add(self, spec: ActionSpec, slot: Callable[[], None]) -> QAction:
        action = QAction(self.window)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        action.triggered.connect(slot)
        menu = self.menus[spec.menu]
        if spec.separator_before:
            menu.addSeparator()
        menu.addAction(action)
        if spec.key not in LOCAL_TO_TABLE:
            self.window.addAction(action)  # shortcuts work while the menu bar is hidden, too
        self.by_key[spec.key] = action
        return action

    def add_undo(self, undo: QAction, redo: QAction) -> None:
        """The undo stack's own actions, placed first in the Edit menu."""
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit = self.menus["edit"]
        if edit.actions():
            edit.insertActions(edit.actions()[0], [undo, redo])
        else:
            edit.addActions([undo, redo])
        self.window.addActions([undo, redo])
        self.undo, self.redo = undo, redo

    def replace_undo(self, undo: QAction, redo: QAction) -> None:
        """Fresh undo actions: Qt fixes their words ("Undo %1") when they are made."""
        for old in {self.undo, self.redo}:
            self.menus["edit"].removeAction(old)
            self.window.removeAction(old)
            old.deleteLater()
        self.add_undo(undo, redo)

    def add_choices(
        self, set_kind: Callable[[str], None], set_status: Callable[[str], None]
    ) -> None:
        """Kind and status submenus of the Proposal menu, applied to the selected entry."""
        before = self.by_key["next"]
        for name, values, shortcuts, slot, store in (
            ("kind", KINDS, KIND_SHORTCUTS, set_kind, self.kinds),
            ("status", STATUSES, STATUS_SHORTCUTS, set_status, self.statuses),
        ):
            menu = QMenu(self.window)
            self.menus[name] = menu
            self.menus["proposal"].insertMenu(before, menu)
            for value, shortcut in zip(values, shortcuts, strict=True):
                action = menu.addAction("")
                action.setShortcut(QKeySequence(shortcut))
                action.triggered.connect(lambda _checked=False, v=value, s=slot: s(v))
                self.window.addAction(action)
                store[value] = action
        self.menus["proposal"].insertSeparator(before)

    def show_exchange(self, laptop: bool) -> None:
        """The secretariat merges; a platform's laptop exports: each sees only its own."""
        for key in SECRETARIAT_ONLY:
            self.by_key[key].setVisible(not laptop)
        for key in LAPTOP_ONLY:
            self.by_key[key].setVisible(laptop)

    def add_context_menu(self, table: QWidget) -> None:
        """Right-click on the table offers what the Vote and Proposal menus do to its rows."""
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions([self.by_key[key] for key in TABLE_MENU if key not in LOCAL_TO_TABLE])

    def bind_to(self, key: str, widget: QWidget) -> None:
        """Make an action's shortcut work only while `widget` (or a child) has the focus."""
        action = self.by_key[key]
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        widget.addAction(action)

    def retranslate(self) -> None:
        for key, menu in self.menus.items():
            menu.setTitle(_tr(MENUS[key]))
        for spec in SPECS:
            self.by_key[spec.key].setText(_tr(spec.text))
        for value, action in self.kinds.items():
            action.setText(QCoreApplication.translate("Vocabulary", KIND_LABELS[value]))
        for value, action in self.statuses.items():
            action.setText(QCoreApplication.translate("Vocabulary", STATUS_LABELS[value]))
