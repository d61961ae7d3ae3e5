"""The export dialog: the resolution and a protocol to .docx, a bad template, PDF availability."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

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
    qtbot.waitUntil(lambda: widget.job is None, timeout=TIMEOUT)
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
    qtbot.waitUntil(lambda: widget.job is None, timeout=TIMEOUT)
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
