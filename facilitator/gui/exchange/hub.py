"""The exchange pieces of one main window: kits, bundles, a watched folder, conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from facilitator.exchange.files import BUNDLE_SUFFIX
from facilitator.gui import files, settings
from facilitator.gui.commands import Change
from facilitator.gui.exchange.drops import BundleDropFilter
from facilitator.gui.operations import Operations
from facilitator.gui.widgets import LazyTab
from facilitator.messages import FacilitatorError
from facilitator.services.platforms import LOCAL_PLATFORM_KEY

# The dialogs, merge, signing (cryptography) and similarity (numpy) load on first use only.


class ExchangeHub(QObject):
    """Kits and imports on the secretariat's laptop; bundles on a platform's laptop."""

    def __init__(self, ops: Operations, window: Any) -> None:
        super().__init__(window)
        self.ops = ops
        self.window = window
        self.path = str(ops.sf.path)
        self.own_platform = str(ops.sf.meta(LOCAL_PLATFORM_KEY) or "")  # a laptop's platform
        self.is_laptop = bool(self.own_platform)
        self.dashboard = None if self.is_laptop else LazyTab(_make_dashboard, window)
        self.watcher: Any = None
        self.exporter: Any = None
        self.drops = BundleDropFilter(self)
        self.drops.dropped.connect(self.import_paths)
        window.setAcceptDrops(True)
        window.installEventFilter(self.drops)
        self._restore_folders()

    def _restore_folders(self) -> None:
        watched = settings.WATCHED_FOLDERS.get_for(self.path)
        if watched and Path(watched).is_dir() and not self.is_laptop:
            self._watch(Path(watched))
        exported = settings.AUTO_EXPORT_FOLDERS.get_for(self.path)
        if exported and Path(exported).is_dir() and self.is_laptop:
            self._auto_export(Path(exported))

    # --- the secretariat -----------------------------------------------------------------
    def prepare_kits(self) -> None:
        from facilitator.gui.exchange.dialogs import prepare_kits

        written = prepare_kits(self.window, self.ops.sf)
        if written:
            self._say(
                self.tr("Platform kits written: {count}, into {folder}"),
                count=len(written),
                folder=written[0].parent,
            )

    def import_chosen(self) -> None:
        from facilitator.gui.exchange.importing import choose_bundles

        self.import_paths(choose_bundles(self.window))

    def import_paths(self, paths: list[Path]) -> None:
        from facilitator.gui.exchange.importing import import_bundles

        if paths and import_bundles(self.window, self.ops.sf, paths) is not None:
            self._everything_changed()

    def choose_watched_folder(self) -> None:
        folder = files.folder(self.window, self.tr("Folder to watch for bundles"))
        if folder:
            settings.WATCHED_FOLDERS.set_for(self.path, folder)
            self._watch(Path(folder))

    def _watch(self, folder: Path) -> None:
        from facilitator.gui.exchange.importing import BundleWatcher

        if self.watcher is not None:
            self.watcher.stop()
        self.watcher = BundleWatcher(self.ops.sf, folder, self)
        self.watcher.arrived.connect(self._offer)
        self.watcher.refused.connect(self._report_refused)
        self.watcher.scan()

    def _report_refused(self, found: list[Any]) -> None:
        """Said once per version of the file; a changed file is checked again."""
        from facilitator.gui.language import refusal

        self._say("{reasons}", reasons=" ".join(refusal(f.error) for f in found))

    def _offer(self, found: list[Any]) -> None:
        names = "\n".join(f.path.name for f in found)
        answer = QMessageBox.question(
            self.window,
            self.tr("New results bundles"),
            self.tr("New results bundles have arrived:\n{names}\n\nImport them now?").format(
                names=names
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.import_paths([f.path for f in found])

    def revoke_kits(self) -> None:
        """A lost stick: revoke a platform's kits, then offer to write its replacement kit."""
        from facilitator.exchange import kit, revoke
        from facilitator.exchange.files import KIT_SUFFIX
        from facilitator.gui.exchange.passphrase import ask_new
        from facilitator.services import platforms

        choices = {f"{p.number}. {p.title}": p.number for p in platforms.list_platforms()}
        chosen, ok = QInputDialog.getItem(
            self.window,
            self.tr("Revoke kits"),
            self.tr("Revoke every kit issued so far for the platform (a lost or stolen stick):"),
            list(choices),
            0,
            False,
        )
        if not ok or chosen not in choices:
            return
        number = choices[chosen]
        try:
            count = revoke.revoke_kits(self.ops.sf, number)
        except FacilitatorError as err:
            self.ops.show_error(err)
            return
        self._say(self.tr("Kits of platform {number} revoked: {count}"), number=number, count=count)
        path = files.save_file(
            self.window,
            self.tr("Write the replacement kit"),
            f"platform-{number:02d}{KIT_SUFFIX}",
            self.tr("Platform kits (*{ext})").format(ext=KIT_SUFFIX),
        )
        if not path:
            return
        go_on, passphrase = ask_new(self.window)
        if not go_on:
            return
        try:
            target = Path(path).with_suffix(KIT_SUFFIX)
            written = kit.write_kit(self.ops.sf, number, target, passphrase)
        except FacilitatorError as err:
            self.ops.show_error(err)
            return
        self._say(self.tr("Replacement kit written to {path}"), path=written)

    def show_conflicts(self) -> None:
        from facilitator.gui.exchange.dialogs import ConflictsDialog

        self._run_dialog(ConflictsDialog(self.ops.sf, self.window))

    def show_similar(self) -> None:
        from facilitator.gui.exchange.dialogs import SimilarDialog

        self._run_dialog(SimilarDialog(self.ops.sf, self.window, merge=self.ops.merge_proposals))

    def _run_dialog(self, dialog: Any) -> None:
        dialog.exec()
        dialog.deleteLater()
        self._everything_changed()

    # --- a platform's laptop ---------------------------------------------------------------
    def export_bundle(self) -> None:
        path = files.save_file(
            self.window,
            self.tr("Export results"),
            "",
            self.tr("Results bundles (*{ext})").format(ext=BUNDLE_SUFFIX),
        )
        if not path:
            return
        from facilitator.exchange import laptop

        try:
            written = laptop.export_bundle(self.ops.sf, Path(path).with_suffix(BUNDLE_SUFFIX))
        except FacilitatorError as err:
            self.ops.show_error(err)
            return
        self._say(self.tr("Results written to {path}"), path=written)

    def choose_auto_export(self) -> None:
        folder = files.folder(
            self.window, self.tr("Write the results bundle into this folder after each change")
        )
        if folder:
            settings.AUTO_EXPORT_FOLDERS.set_for(self.path, folder)
            self._auto_export(Path(folder))
            self.write_now()

    def write_now(self) -> None:
        if self.exporter is not None:
            self.exporter.write_now()

    def _auto_export(self, folder: Path) -> None:
        from facilitator.gui.exchange.importing import AutoExporter

        self.exporter = AutoExporter(self.ops.sf, folder, self)
        self.ops.changed.connect(self.exporter.schedule)
        self.exporter.written.connect(
            lambda path: self._say(self.tr("Results written to {path}"), path=path)
        )
        self.exporter.failed.connect(self._said_failed)

    def _said_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15_000)

    # --- both ----------------------------------------------------------------------------
    def _everything_changed(self) -> None:
        self.ops.notify(Change("platform"))
        if self.dashboard is not None and self.dashboard.content is not None:
            self.dashboard.content.refresh()  # type: ignore[attr-defined]

    def _say(self, template: str, **values: Any) -> None:
        self.window.statusBar().showMessage(template.format(**values), 10_000)

    def close(self) -> None:
        self.write_now()  # the last edits reach the folder before the app ends
        if self.watcher is not None:
            self.watcher.stop()  # it must not look at the folder for a closed session
        self.watcher = None


def _make_dashboard(parent: Any) -> Any:
    from facilitator.gui.exchange.dashboard import DashboardWidget

    return DashboardWidget(parent)
