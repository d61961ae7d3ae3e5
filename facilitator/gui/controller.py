"""Which window is showing: the welcome screen or one open session (one per process)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from facilitator.exchange.files import BUNDLE_SUFFIX, KIT_SUFFIX
from facilitator.gui import files, settings
from facilitator.gui.folders import data_folder
from facilitator.gui.instance_link import WindowLink, ask_to_show
from facilitator.gui.language import refusal, translate
from facilitator.gui.main_window import MainWindow
from facilitator.gui.operations import Operations
from facilitator.gui.welcome import WelcomeScreen
from facilitator.messages import QT_TRANSLATE_NOOP, FacilitatorError, fail
from facilitator.store.db import (
    APP,
    EXTENSION,
    SessionFile,
    create_session_file,
    open_session_file,
    save_copy,
)
from facilitator.store.faults import READ_ONLY, StorageError
from facilitator.store.lock import Holder, held_message, holder_of

DEMO_NAME = "demo" + EXTENSION


def demo_path() -> Path:
    return data_folder() / DEMO_NAME


class Controller(QObject):
    """Opens and closes sessions and swaps the windows accordingly."""

    def __init__(self) -> None:
        super().__init__()
        self.sf: SessionFile | None = None
        self.window: MainWindow | None = None
        self.welcome: WelcomeScreen | None = None
        self._swapping = False
        self.link: WindowLink | None = None

    @property
    def parent_widget(self) -> QWidget | None:
        return self.window or self.welcome

    def show_welcome(self) -> None:
        if self.welcome is None:
            self.welcome = WelcomeScreen()
            self.welcome.closed.connect(self._window_closed)
            self.welcome.resize(900, 560)
            self.welcome.openPath.connect(self.open_path)
            self.welcome.newRequested.connect(self.new_session)
            self.welcome.openRequested.connect(self.choose_and_open)
            self.welcome.demoRequested.connect(self.open_demo)
            self.welcome.kitRequested.connect(self.choose_kit)
        self.welcome.refresh()
        self.welcome.show()

    # --- opening ---------------------------------------------------------------------------
    def open_path(self, path: str, read_only: bool = False) -> bool:
        """Open a session file in the main window (closing any open one first).

        A session open for writing elsewhere is offered: switch to that window, or read it.
        """
        if self.sf is not None and _same_file(self.sf.path, Path(path)):
            self.show_window()
            return True
        holder = holder_of(Path(path))
        if holder is not None and not read_only:
            return self._offer_held(path, holder)
        previous = str(self.sf.path) if self.sf else ""
        self.close_session()  # one session per process: the models share one database proxy
        try:
            sf = open_session_file(Path(path), read_only=read_only, program=APP)
        except StorageError as err:
            if err.kind == READ_ONLY and not read_only and self._offer_read_only(err):
                return self.open_path(path, read_only=True)
            return self._failed(err, previous, path)
        except FacilitatorError as err:
            return self._failed(err, previous, path)
        self._show(sf)
        return True

    def _failed(self, err: FacilitatorError, previous: str, path: str) -> bool:
        self._error(err)
        if previous and previous != path:
            return self.open_path(previous) and False
        self.show_welcome()
        return False

    def _offer_held(self, path: str, holder: Holder) -> bool:
        """Switch to the window that has the session, or open it read-only; False unless it
        was opened here. An instance started only for this session ends once it has switched."""
        choice = self._ask_about_held(path, holder)
        if choice == "read":
            return self.open_path(path, read_only=True)
        if choice == "switch":
            if ask_to_show(Path(path)):
                if not self._anything_shown():
                    QTimer.singleShot(0, QCoreApplication.quit)
                return False
            self._error(
                fail(
                    QT_TRANSLATE_NOOP(
                        "Controller",
                        "The window that has {path} open did not answer. Switch to it "
                        "yourself, or open the session read-only.",
                    ),
                    path=path,
                )
            )
        if not self._anything_shown():
            self.show_welcome()
        return False

    def _ask_about_held(self, path: str, holder: Holder) -> str:
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("Controller", "Facilitator"))
        box.setText(held_message(Path(path), holder).format(translate))
        buttons = {}
        here = Holder.here(APP)
        if (holder.host, holder.user, holder.program) == (here.host, here.user, APP):
            label = QCoreApplication.translate("Controller", "&Switch to that window")
            buttons["switch"] = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        label = QCoreApplication.translate("Controller", "Open &read-only")
        buttons["read"] = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return next((k for k, b in buttons.items() if box.clickedButton() is b), "cancel")

    def _anything_shown(self) -> bool:
        return self.window is not None or (self.welcome is not None and self.welcome.isVisible())

    def _offer_read_only(self, err: StorageError) -> bool:
        answer = QMessageBox.question(
            self.parent_widget,
            QCoreApplication.translate("Controller", "Facilitator"),
            refusal(err)
            + "\n\n"
            + QCoreApplication.translate(
                "Controller", "Open it read-only? You can then save a copy you can edit."
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_window(self) -> None:
        window = self.window or self.welcome
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

    def choose_and_open(self) -> None:
        path = files.open_file(
            self.parent_widget,
            QCoreApplication.translate("Controller", "Open session"),
            "",
            QCoreApplication.translate(
                "Controller", "Facilitator sessions (*{ext});;All files (*)"
            ).format(ext=EXTENSION),
        )
        if path:
            self.open_path(path)

    def new_session(self) -> None:
        path = files.save_file(
            self.parent_widget,
            QCoreApplication.translate("Controller", "New session"),
            "",
            QCoreApplication.translate("Controller", "Facilitator sessions (*{ext})").format(
                ext=EXTENSION
            ),
        )
        if not path:
            return
        title, ok = QInputDialog.getText(
            self.parent_widget,
            QCoreApplication.translate("Controller", "New session"),
            QCoreApplication.translate("Controller", "Title of the strategic session:"),
            QLineEdit.EchoMode.Normal,
        )
        if ok:
            self.create(Path(path).with_suffix(EXTENSION), title)

    def create(self, path: Path, title: str) -> bool:
        self.close_session()
        try:
            sf = create_session_file(path, title.strip() or path.stem, program=APP)
        except FacilitatorError as err:
            self._error(err)
            self.show_welcome()
            return False
        window = self._show(sf)
        window.show_setup()  # a new session needs its platforms first
        return True

    def open_demo(self) -> bool:
        """The demo session, written to the user's data folder on first use."""
        path = demo_path()
        if not path.exists():
            from facilitator.demo import write_demo

            self.close_session()  # one session per process: writing uses the database proxy
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_demo(path, filled=True)
            except (FacilitatorError, OSError) as err:
                self._error(err if isinstance(err, FacilitatorError) else _os_error(path, err))
                self.show_welcome()
                return False
        return self.open_path(str(path))

    def choose_kit(self) -> None:
        """A moderator's laptop: make the local session from the platform's kit, then open it."""
        kit_path = files.open_file(
            self.parent_widget,
            QCoreApplication.translate("Controller", "Open a platform kit"),
            "",
            QCoreApplication.translate("Controller", "Platform kits (*{ext})").format(
                ext=KIT_SUFFIX
            ),
        )
        if kit_path:
            self._save_kit_as(Path(kit_path))

    def _save_kit_as(self, kit_path: Path) -> bool:
        path = files.save_file(
            self.parent_widget,
            QCoreApplication.translate("Controller", "Save this platform's session as"),
            str(kit_path.with_suffix(EXTENSION)),
            QCoreApplication.translate("Controller", "Facilitator sessions (*{ext})").format(
                ext=EXTENSION
            ),
        )
        return bool(path) and self.open_kit(kit_path, Path(path).with_suffix(EXTENSION))

    # --- a file double-clicked in the file manager -------------------------------------------
    def open_document(self, path: Path) -> bool:
        """Start with the file the desktop gave: a session opens; a kit and a bundle ask first.
        The welcome screen stays when the user says no."""
        suffix = path.suffix.lower()
        if suffix == KIT_SUFFIX:
            done = self.offer_kit(path)
        elif suffix == BUNDLE_SUFFIX:
            done = self.offer_bundle(path)
        else:
            return self.open_path(str(path))
        if not self._anything_shown():
            self.show_welcome()
        return done

    def offer_kit(self, kit_path: Path) -> bool:
        question = QCoreApplication.translate(
            "Controller",
            "Open this platform kit on this laptop?\n\n{path}\n\nFacilitator makes this "
            "platform's session from it; you choose where to save it next.",
        )
        return self._confirm(question.format(path=kit_path)) and self._save_kit_as(kit_path)

    def offer_bundle(self, bundle_path: Path) -> bool:
        """Merge a platform's results bundle into the secretariat's session, after the usual
        preview (nothing is applied before it)."""
        question = QCoreApplication.translate(
            "Controller",
            "Merge this results bundle into the secretariat's session?\n\n{path}\n\n"
            "Choose the session next; you see what the merge brings before anything changes.",
        )
        if not self._confirm(question.format(path=bundle_path)):
            return False
        session = files.open_file(
            self.parent_widget,
            QCoreApplication.translate("Controller", "The secretariat's session to merge into"),
            "",
            QCoreApplication.translate("Controller", "Facilitator sessions (*{ext})").format(
                ext=EXTENSION
            ),
        )
        if not session or not self.open_path(session) or self.window is None:
            return False
        self.window.exchange.import_paths([bundle_path])
        return True

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self.parent_widget,
            QCoreApplication.translate("Controller", "Facilitator"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_kit(self, kit_path: Path, path: Path) -> bool:
        """Make the laptop's session from a kit; a protected kit asks for its passphrase,
        again after a wrong one, until it opens or the user cancels."""
        from facilitator.exchange.kit import open_kit  # cryptography: only when a kit is opened
        from facilitator.exchange.sealing import PassphraseNeeded, WrongPassphrase
        from facilitator.gui.exchange.passphrase import ask_to_open

        self.close_session()
        passphrase: str | None = None
        while True:
            try:
                sf = open_kit(kit_path, path, program=APP, passphrase=passphrase)
                break
            except (PassphraseNeeded, WrongPassphrase) as err:
                wrong = refusal(err) if isinstance(err, WrongPassphrase) else ""
                passphrase = ask_to_open(self.parent_widget, kit_path, wrong)
                if passphrase is None:
                    self.show_welcome()
                    return False
            except FacilitatorError as err:
                self._error(err)
                self.show_welcome()
                return False
        self._show(sf)
        return True

    def save_copy(self) -> bool:
        """Copy the open session to a new file and go on in the copy (a read-only original
        stays as it was)."""
        if self.sf is None:
            return False
        chosen = files.save_file(
            self.parent_widget,
            QCoreApplication.translate("Controller", "Save a copy of the session as"),
            str(self.sf.path.with_name(self.sf.path.stem + "-copy" + EXTENSION)),
            QCoreApplication.translate("Controller", "Facilitator sessions (*{ext})").format(
                ext=EXTENSION
            ),
        )
        if not chosen:
            return False
        target = Path(chosen).with_suffix(EXTENSION)
        try:
            save_copy(self.sf, target)
        except FacilitatorError as err:
            self._error(err)
            return False
        return self.open_path(str(target))

    def _show(self, sf: SessionFile) -> MainWindow:
        self.sf = sf
        if not sf.read_only:
            self.link = WindowLink(sf.path, self)
            self.link.showRequested.connect(self.show_window)
        settings.add_recent(str(sf.path))
        self.window = MainWindow(Operations(sf))
        self.window.openPath.connect(self.open_path)
        self.window.newRequested.connect(self.new_session)
        self.window.openRequested.connect(self.choose_and_open)
        self.window.demoRequested.connect(self.open_demo)
        self.window.kitRequested.connect(self.choose_kit)
        self.window.saveCopyRequested.connect(self.save_copy)
        self.window.closeRequested.connect(self.back_to_welcome)
        self.window.closed.connect(self._window_closed)
        if self.welcome is not None:
            self.welcome.hide()
        self.window.show()
        self.window.offer_command_line_steps()
        return self.window

    # --- closing ---------------------------------------------------------------------------
    def _window_closed(self) -> None:
        # the user closed the window (not a swap made here): the app ends
        if not self._swapping:
            QCoreApplication.quit()

    def close_session(self) -> None:
        if self.window is not None:
            self._swapping = True
            self.window.close()
            self._swapping = False
            self.window.deleteLater()
            self.window = None
        if self.link is not None:
            self.link.close()
            self.link.deleteLater()
            self.link = None
        if self.sf is not None:
            self.sf.close()
            self.sf = None

    def back_to_welcome(self) -> None:
        self.show_welcome()  # first, so closing the window does not end the app
        self.close_session()

    def _error(self, err: FacilitatorError) -> None:
        QMessageBox.warning(
            self.parent_widget,
            QCoreApplication.translate("Controller", "Facilitator"),
            refusal(err),
        )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False


def _os_error(path: Path, error: OSError) -> FacilitatorError:
    return fail(
        QT_TRANSLATE_NOOP("Controller", "{path} cannot be written ({reason})."),
        path=str(path),
        reason=error.strerror or str(error),
    )
