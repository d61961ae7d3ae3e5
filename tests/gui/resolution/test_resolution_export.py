"""The export dialog: the resolution and a protocol to .docx, a bad template, PDF availability."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import docx
import pytest
from processes import running
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QPushButton

from facilitator.export import choices, pdf
from facilitator.export.selection import default_wording
from facilitator.gui.resolution import prefs
from facilitator.gui.resolution.export_dialog import ExportDialog
from facilitator.services.proposals import list_proposals
from facilitator.services.votes import close_vote, list_votes
from facilitator.vocabulary import ADOPTED, PROPOSAL

TIMEOUT = 20_000


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the dialog would open with the desktop's program."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: urls.append(url.toLocalFile()) or True),
    )
    return urls


def dialog(qtbot: Any, sf: Any, platform_number: int | None = None) -> ExportDialog:
    widget = ExportDialog(sf, platform_number=platform_number)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def export(qtbot: Any, widget: ExportDialog, out: Path) -> list[Path]:
    widget.path.setText(str(out))  # as if typed: no file dialog
    with qtbot.waitSignal(widget.exported, timeout=TIMEOUT) as blocker:
        assert widget.start()
    return list(blocker.args[0])


def paragraphs(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_resolution_with_an_item_left_out_and_another_reworded(
    qtbot: Any, demo: Any, tmp_path: Path, opened: list[str]
) -> None:
    left_out, reworded = [
        r for r in list_proposals() if r.kind == PROPOSAL and r.status == ADOPTED
    ][-2:]
    choices.set_entry(demo, left_out.id, included=False)
    choices.set_entry(demo, reworded.id, wording="Слова секретариата")
    widget = dialog(qtbot, demo)
    assert widget.what.currentData() is None
    assert Path(widget.path.text()).name == "Резолюция — Промышленный рывок – заводы развития.docx"
    messages: list[str] = []
    widget.statusMessage.connect(messages.append)
    out = tmp_path / "резолюция.docx"
    assert export(qtbot, widget, out) == [out]
    text = paragraphs(out)
    assert "РЕЗОЛЮЦИЯ" in text and "Слова секретариата." in text
    assert default_wording(left_out).rstrip(".") not in text
    assert messages == [f"Saved {out}"]
    assert opened == [str(out)]
    assert prefs.EXPORT_FOLDER.get() == str(tmp_path)
    # the demo has votes still open: the file is written, and the dialog stays to say so
    assert widget.isVisible() and widget.close_button.hasFocus()
    assert widget.state.text().startswith(f"Saved {out}\n\nVoting is not finished on ")
    qtbot.waitUntil(lambda: not widget.running, timeout=TIMEOUT)
    qtbot.keyClick(widget.close_button, Qt.Key.Key_Space)
    assert not widget.isVisible()


def test_with_every_vote_closed_the_dialog_closes_when_done(
    qtbot: Any, demo: Any, tmp_path: Path, opened: list[str]
) -> None:
    for vote in list_votes():
        if vote.status == "open":
            close_vote(demo, vote.id)
    widget = dialog(qtbot, demo)
    widget.open_after.setChecked(False)
    export(qtbot, widget, tmp_path / "r.docx")
    assert not widget.isVisible()


def test_a_platforms_protocol(qtbot: Any, demo: Any, tmp_path: Path, opened: list[str]) -> None:
    widget = dialog(qtbot, demo, platform_number=3)
    assert widget.what.currentData() == 3
    assert Path(widget.path.text()).name.startswith("Протокол площадки № 3 — ")
    widget.open_after.setChecked(False)
    out = tmp_path / "protocol"  # .docx is added
    written = export(qtbot, widget, out)
    assert written == [tmp_path / "protocol.docx"]
    assert "ПРОТОКОЛ" in paragraphs(written[0]).upper()
    assert opened == []


def test_a_template_without_our_styles_is_refused(
    qtbot: Any, demo: Any, tmp_path: Path, messages_shown: list[str]
) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    widget = dialog(qtbot, demo)
    widget.template.setText(str(plain))
    widget.path.setText(str(tmp_path / "out.docx"))
    assert widget.start()
    qtbot.waitUntil(lambda: not widget.running, timeout=TIMEOUT)
    assert len(messages_shown) == 1
    assert (
        "plain.docx" in messages_shown[0] and "lacks styles the export needs" in messages_shown[0]
    )
    assert widget.isVisible() and widget.export_button.isEnabled()


def test_pdf_is_disabled_without_libreoffice(
    qtbot: Any, demo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    widget = dialog(qtbot, demo)
    assert not widget.pdf.isEnabled() and not widget.pdf.isChecked()
    assert "LibreOffice" in widget.pdf.toolTip()
    monkeypatch.setattr(pdf, "find_soffice", lambda: "/usr/bin/soffice")
    assert dialog(qtbot, demo).pdf.isEnabled()


def test_no_file_named(qtbot: Any, demo: Any, messages_shown: list[str]) -> None:
    widget = dialog(qtbot, demo)
    widget.path.setText("  ")
    assert not widget.start()
    assert messages_shown == ["Choose the file to write."]


def test_an_empty_session_is_exported_with_a_notice(
    qtbot: Any, sf: Any, tmp_path: Path, opened: list[str]
) -> None:
    widget = dialog(qtbot, sf)
    widget.open_after.setChecked(False)
    out = tmp_path / "empty.docx"
    assert export(qtbot, widget, out) == [out]
    assert "РЕЗОЛЮЦИЯ" in paragraphs(out)
    assert widget.isVisible()
    assert "The session has no proposals yet" in widget.state.text()


SLOW_SOFFICE = """#!/bin/sh
# A LibreOffice that starts a child (as soffice starts soffice.bin), writes half a PDF and hangs.
for arg in "$@"; do
    if [ "$previous" = "--outdir" ]; then outdir="$arg"; fi
    previous="$arg"
done
mkdir -p "$outdir"
echo "$outdir" > "{pids}/outdir"
echo '%PDF-1.7 half' > "$outdir/$(basename "$arg" .docx).pdf"
sleep 300 &
echo $! > "{pids}/child.tmp" && mv "{pids}/child.tmp" "{pids}/child"
echo $$ > "{pids}/soffice"
wait
"""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see the processes")
def test_cancel_ends_libreoffice_at_once_and_leaves_the_docx(
    qtbot: Any, demo: Any, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pids = tmp_path / "pids"
    pids.mkdir()
    fake = tmp_path / "soffice"
    fake.write_text(SLOW_SOFFICE.replace("{pids}", str(pids)))
    fake.chmod(0o755)
    monkeypatch.setenv("FACILITATOR_SOFFICE", str(fake))
    widget = dialog(qtbot, demo, platform_number=3)
    widget.pdf.setChecked(True)
    widget.open_after.setChecked(False)
    out = tmp_path / "protocol.docx"
    widget.path.setText(str(out))
    pressed: list[float] = []
    labels: list[str] = []

    def press_cancel() -> None:  # once LibreOffice runs and the progress window shows
        progress = widget.findChild(QProgressDialog)
        if (pids / "soffice").exists() and progress is not None and progress.isVisible():
            pressed.append(time.monotonic())
            labels.append(progress.labelText())
            qtbot.keyClick(progress.findChild(QPushButton), Qt.Key.Key_Space)
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(50, press_cancel)
    assert widget.start()  # returns when the export has ended
    assert pressed and time.monotonic() - pressed[0] < 3  # at once, not in 300 s
    assert labels == ["Writing protocol.docx and its PDF…"]
    assert widget.state.text() == f"The PDF was cancelled: {out} is written, its PDF is not."
    assert out.exists() and "ПРОТОКОЛ" in paragraphs(out)
    assert list(tmp_path.rglob("*.pdf")) == []
    assert not Path((pids / "outdir").read_text().strip()).exists()  # the half PDF went too
    for name in ("soffice", "child"):
        assert not running(int((pids / name).read_text())), name
    assert opened == [] and widget.isVisible() and widget.export_button.isEnabled()
