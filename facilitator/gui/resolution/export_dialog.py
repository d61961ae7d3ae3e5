"""Export the resolution or a platform's protocol to .docx (and PDF), off the GUI thread.

The export runs through the one helper for long operations (gui/background.py): a progress
window with Cancel, which ends LibreOffice's whole process group at once during the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.export import pdf
from facilitator.export.api import export_document
from facilitator.export.errors import ExportCancelled
from facilitator.export.template import load_template
from facilitator.gui import files
from facilitator.gui.background import run_in_background
from facilitator.gui.language import refusal, translate
from facilitator.gui.resolution import prefs
from facilitator.gui.widgets import Retranslating
from facilitator.messages import FacilitatorError
from facilitator.services.platforms import list_platforms
from facilitator.store.db import SessionFile


class ExportDialog(Retranslating, QDialog):
    """`exported(paths)` after a successful export; `statusMessage(text)` for the status bar."""

    exported = Signal(list)
    statusMessage = Signal(str)

    def __init__(self, sf: SessionFile, parent: Any = None, platform_number: int | None = None):
        super().__init__(parent)
        self.sf = sf
        self.running = False  # an export is under way: the window stays until it ends
        self.auto_name = True  # the file name follows "what" until the user types one
        self.what = QComboBox(self)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.template = QLineEdit(self)
        self.template_browse = QPushButton(self)
        self.template_default = QPushButton(self)
        self.pdf = QCheckBox(self)
        self.open_after = QCheckBox(self)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._layout()
        self._connect()
        self.retranslate()
        self._load(platform_number)

    def _layout(self) -> None:
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        form.addRow(self.labels[0], self.what)
        form.addRow(self.labels[1], _row(self, self.path, self.browse))
        form.addRow(
            self.labels[2], _row(self, self.template, self.template_browse, self.template_default)
        )
        for label, field in zip(self.labels, (self.what, self.path, self.template), strict=True):
            label.setBuddy(field)
        form.addRow(self.pdf)
        form.addRow(self.open_after)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.state)
        box.addWidget(self.buttons)
        self.resize(720, self.sizeHint().height())

    def _connect(self) -> None:
        self.what.currentIndexChanged.connect(self._what_changed)
        self.path.textEdited.connect(self._named_by_hand)
        self.browse.clicked.connect(self._choose_path)
        self.template_browse.clicked.connect(self._choose_template)
        self.template_default.clicked.connect(self.template.clear)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        for label, text in zip(
            self.labels,
            (self.tr("&What:"), self.tr("&Save as:"), self.tr("&Template:")),
            strict=True,
        ):
            label.setText(text)
        self.browse.setText(self.tr("&Choose…"))
        self.template_browse.setText(self.tr("C&hoose…"))
        self.template_default.setText(self.tr("&Default"))
        self.template.setPlaceholderText(self.tr("The default template (ГОСТ Р 7.0.97)"))
        self.pdf.setText(self.tr("Also save as &PDF"))
        self.open_after.setText(self.tr("&Open the file when done"))
        self.export_button.setText(self.tr("&Export"))
        names = {
            self.what: self.tr("What to export"),
            self.path: self.tr("File to write"),
            self.browse: self.tr("Choose the file"),
            self.template: self.tr("Word template"),
            self.template_browse: self.tr("Choose a template"),
            self.template_default: self.tr("Use the default template"),
            self.pdf: self.tr("Also save as PDF"),
            self.open_after: self.tr("Open the file when done"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._pdf_availability()
        if self.what.count():
            self._fill_what(self.what.currentData())

    # --- the form ------------------------------------------------------------------------
    def _load(self, platform_number: int | None) -> None:
        self._fill_what(platform_number)
        self.template.setText(prefs.EXPORT_TEMPLATE.get())
        self.open_after.setChecked(prefs.EXPORT_OPEN.get())
        self.pdf.setChecked(self.pdf.isEnabled() and prefs.EXPORT_PDF.get())
        self._what_changed()

    def _fill_what(self, chosen: int | None) -> None:
        self.what.blockSignals(True)
        self.what.clear()
        self.what.addItem(self.tr("The resolution"), None)
        for platform in list_platforms():
            text = self.tr("Protocol of platform {number}: {title}")
            self.what.addItem(
                text.format(number=platform.number, title=platform.title), platform.number
            )
        self.what.setCurrentIndex(max(self.what.findData(chosen), 0))
        self.what.blockSignals(False)

    def _pdf_availability(self) -> None:
        available = pdf.find_soffice() is not None
        self.pdf.setEnabled(available)
        if not available:
            self.pdf.setChecked(False)
        self.pdf.setToolTip(
            ""
            if available
            else self.tr(
                "PDF needs LibreOffice, which is not installed. Install it (Debian/Ubuntu: "
                "sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows and "
                "macOS: from libreoffice.org), then open this window again."
            )
        )

    def _what_changed(self, *_args: Any) -> None:
        if self.auto_name:
            name = prefs.file_name(self.sf.session.title, self.what.currentData())
            self.path.setText(str(prefs.export_folder() / name))

    def _named_by_hand(self, *_args: Any) -> None:
        self.auto_name = False

    def _choose_path(self) -> None:
        chosen = files.save_file(
            self, self.tr("Save as"), self.path.text(), self.tr("Word documents (*.docx)")
        )
        if chosen:
            self.path.setText(chosen)
            self.auto_name = False

    def _choose_template(self) -> None:
        chosen = files.open_file(
            self, self.tr("Word template"), self.template.text(), self.tr("Word documents (*.docx)")
        )
        if not chosen:
            return
        try:
            load_template(Path(chosen))  # say now, not after the export, that it will not do
        except FacilitatorError as err:
            self._warn(refusal(err))
            return
        self.template.setText(chosen)

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    # --- running -------------------------------------------------------------------------
    def start(self) -> bool:
        """Export in a worker thread while a progress window offers Cancel; False when there
        is nothing to do (no file named)."""
        out = self.target()
        if out is None:
            self._warn(self.tr("Choose the file to write."))
            return False
        if out.exists() and not self._may_overwrite(out):
            return False
        sf, number = self.sf, self.what.currentData()
        template = Path(self.template.text().strip()) if self.template.text().strip() else None
        with_pdf = self.pdf.isEnabled() and self.pdf.isChecked()
        self._remember(out)
        self._busy(out, with_pdf)
        try:
            written = run_in_background(
                self,
                sf,
                self.state.text(),
                self.tr("Cancel"),
                lambda progress, cancelled: export_document(
                    sf,
                    out,
                    number,
                    template,
                    with_pdf,
                    progress=progress,
                    should_cancel=cancelled,
                ),  # fmt: skip
            )
        except ExportCancelled as err:  # asked for: said in the window, not in a warning
            self._idle()
            self.state.setText(refusal(err))
            return True
        except Exception as err:
            self._idle()
            self._failed(err)
            return True
        self._idle()
        self._succeeded(written)
        return True

    def _may_overwrite(self, out: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Export"), self.tr("{path} exists. Replace it?").format(path=str(out))
        )
        return answer == QMessageBox.StandardButton.Yes

    def _remember(self, out: Path) -> None:
        prefs.EXPORT_FOLDER.set(str(out.parent))
        prefs.EXPORT_TEMPLATE.set(self.template.text().strip())
        prefs.EXPORT_OPEN.set(self.open_after.isChecked())
        if self.pdf.isEnabled():
            prefs.EXPORT_PDF.set(self.pdf.isChecked())

    def _busy(self, out: Path, with_pdf: bool) -> None:
        self.running = True
        if with_pdf:  # the second half, LibreOffice's, is the long one: say it is coming
            text = self.tr("Writing {name} and its PDF…")
        else:
            text = self.tr("Writing {name}…")
        self.state.setText(text.format(name=out.name))
        for widget in (self.what, self.path, self.template, self.export_button, self.close_button):
            widget.setEnabled(False)

    def _idle(self) -> None:
        self.running = False
        for widget in (self.what, self.path, self.template, self.export_button, self.close_button):
            widget.setEnabled(True)

    def _succeeded(self, written: Any) -> None:
        paths = [Path(p) for p in written]
        message = self.tr("Saved {paths}").format(paths=", ".join(str(p) for p in paths))
        warnings = [w.format(translate) for w in getattr(written, "warnings", [])]
        self.state.setText("\n\n".join([message, *warnings]))
        self.statusMessage.emit(message)
        self.exported.emit(paths)
        if self.open_after.isChecked() and paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths[-1])))  # the PDF when asked
        if warnings:  # the file is written; the dialog stays open for its notice to be read
            self.close_button.setEnabled(True)
            self.close_button.setFocus()
        else:
            self.accept()

    def _failed(self, err: Any) -> None:
        self.state.clear()
        self._warn(self.describe(err))

    def describe(self, err: Any) -> str:
        if isinstance(err, FacilitatorError):
            return refusal(err)
        if isinstance(err, OSError):
            text = self.tr(
                "Could not write {path}: {reason}. If the file is open in Word, close it and "
                "export again."
            )
            return text.format(path=err.filename or self.path.text(), reason=err.strerror or err)
        return self.tr("The export failed: {error}").format(error=err)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Export"), text)

    # --- closing while busy --------------------------------------------------------------
    def reject(self) -> None:
        if not self.running:  # a running export finishes or is cancelled first
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    holder = QWidget(parent)
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    for n, widget in enumerate(widgets):
        line.addWidget(widget, 1 if n == 0 else 0)
    line.setAlignment(Qt.AlignmentFlag.AlignVCenter)
    return holder
