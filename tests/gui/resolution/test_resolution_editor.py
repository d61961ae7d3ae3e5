"""The editor: choices stored at once, undoable, and shown in the live preview and the .docx."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import Qt

from facilitator.export import choices, export_document
from facilitator.export.selection import FINAL
from facilitator.gui.resolution.arrangement import Entry
from facilitator.gui.resolution.editor import ResolutionEditor
from facilitator.gui.resolution.model import COL_SECTION
from facilitator.services.proposals import edit_proposal
from facilitator.vocabulary import ADOPTED, DRAFT, INITIATIVE, PROPOSAL

TIMEOUT = 10_000


@pytest.fixture
def editor(qtbot: Any, demo_ops: Any) -> Iterator[ResolutionEditor]:
    widget = ResolutionEditor(demo_ops)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    with qtbot.waitSignal(widget.previewUpdated, timeout=TIMEOUT):
        widget.show()
    yield widget
    widget.shutdown()


def after(qtbot: Any, editor: ResolutionEditor, action: Any) -> str:
    """Do something, then the preview's text once it has caught up."""
    with qtbot.waitSignal(editor.previewUpdated, timeout=TIMEOUT) as blocker:
        action()
    return str(blocker.args[0])


def words(entry: Entry) -> str:
    return entry.default_wording.rstrip(".")


def unique_adopted(editor: ResolutionEditor) -> list[Entry]:
    """Adopted proposals whose text stands once in the preview (some items share a text)."""
    text = editor.preview.toPlainText()
    return [
        e
        for e in editor.model.entries()
        if e.row.kind == PROPOSAL and e.row.status == ADOPTED and text.count(words(e)) == 1
    ]


def docx_text(sf: Any, tmp_path: Path) -> str:
    out = tmp_path / "resolution.docx"
    export_document(sf, out)
    return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


def key(
    qtbot: Any, editor: ResolutionEditor, k: Any, mods: Any = Qt.KeyboardModifier.NoModifier
) -> str:
    return after(qtbot, editor, lambda: qtbot.keyClick(editor.tree, k, mods))


def test_exclude_by_keyboard_then_undo_and_redo(
    qtbot: Any, editor: ResolutionEditor, tmp_path: Path
) -> None:
    entry = unique_adopted(editor)[0]
    editor.tree.setFocus()
    editor.select(entry.id)
    assert words(entry) in key(qtbot, editor, Qt.Key.Key_Space)  # rules → in: no change
    assert editor.model.entry(editor.model.index_of(entry.id)).included is True
    assert words(entry) not in key(qtbot, editor, Qt.Key.Key_Space)  # in → out
    assert choices.overrides()[0].included is False
    assert words(entry) not in docx_text(editor.ops.sf, tmp_path)
    stack = editor.ops.undo_stack
    assert stack.undoText() == "Exclude the item"
    assert words(entry) in after(qtbot, editor, stack.undo)
    assert words(entry) not in after(qtbot, editor, stack.redo)
    assert words(entry) in key(qtbot, editor, Qt.Key.Key_Space)  # out → back to the rules
    assert editor.model.entry(editor.model.index_of(entry.id)).included is None


def test_custom_wording_by_f2(qtbot: Any, editor: ResolutionEditor, tmp_path: Path) -> None:
    entry = unique_adopted(editor)[0]
    editor.tree.setFocus()
    editor.select(entry.id)
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    line = editor.tree.focusWidget()
    assert line.text() == entry.default_wording  # start from the words there are
    line.setText("Открыть центр компетенций в каждом регионе")  # QTest types ASCII only
    text = after(qtbot, editor, lambda: qtbot.keyClick(line, Qt.Key.Key_Return))
    assert "Открыть центр компетенций в каждом регионе." in text
    assert words(entry) not in text
    assert "Открыть центр компетенций в каждом регионе." in docx_text(editor.ops.sf, tmp_path)
    stack = editor.ops.undo_stack
    assert stack.undoText() == "Edit the wording"
    assert words(entry) in after(qtbot, editor, stack.undo)
    assert "Открыть центр" in after(qtbot, editor, stack.redo)


def test_move_down_changes_the_order(qtbot: Any, editor: ResolutionEditor) -> None:
    first, second = sorted(
        (
            e
            for e in editor.model.entries()
            if e.row.platform_number == 1 and e.row.kind == "problem"
        ),
        key=lambda e: e.order_key,
    )[:2]

    def order(text: str) -> bool:
        return text.index(words(first)) < text.index(words(second))

    assert order(editor.preview.toPlainText())
    editor.tree.setFocus()
    editor.select(first.id)
    assert not order(key(qtbot, editor, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier))
    assert editor.tree.currentIndex().data() is not None  # still on the moved item
    assert editor.model.entry(editor.proxy.mapToSource(editor.tree.currentIndex())).id == first.id
    stack = editor.ops.undo_stack
    assert order(after(qtbot, editor, stack.undo))
    assert not order(after(qtbot, editor, stack.redo))
    editor.select(second.id)
    assert not editor.move_item(-1)  # first in its section now: nothing above it


def test_move_to_the_final_section(qtbot: Any, editor: ResolutionEditor) -> None:
    entry = unique_adopted(editor)[0]
    index = editor.select(entry.id, COL_SECTION)
    text = after(qtbot, editor, lambda: editor.proxy.setData(index, FINAL))
    final = text[text.index("Заключительные положения") :]
    assert words(entry) in final
    assert editor.model.entry(editor.model.index_of(entry.id)).section == FINAL
    text = after(qtbot, editor, editor.ops.undo_stack.undo)
    assert words(entry) not in text[text.index("Заключительные положения") :]


def test_top_n_rule_brings_in_scored_items(qtbot: Any, editor: ResolutionEditor) -> None:
    rated = [e.row for e in editor.model.entries() if e.row.kind == INITIATIVE and e.vote]
    for row in rated:  # rated, not adopted: only their closed rating can bring them in
        edit_proposal(editor.ops.sf, row.id, status=DRAFT)
    editor.reload()
    before = {e.id for e in editor.model.entries() if e.is_in}
    spin = editor.rules.top_n
    text = after(qtbot, editor, lambda: spin.setValue(1))
    assert choices.selection_rules(editor.ops.sf).top_n == 1
    added = [e for e in editor.model.entries() if e.is_in and e.id not in before]
    assert added and all(e.auto and e.vote is not None and e.vote.closed for e in added)
    assert {e.row.id for e in added} <= {row.id for row in rated}  # never one still being voted
    assert all(words(e) in text for e in added)
    after(qtbot, editor, lambda: spin.setValue(2))
    assert editor.ops.undo_stack.count() == 1  # the spin box's steps are one undo step
    after(qtbot, editor, editor.ops.undo_stack.undo)
    assert choices.selection_rules(editor.ops.sf).top_n is None
    assert spin.value() == 0
    assert {e.id for e in editor.model.entries() if e.is_in} == before


def test_adopted_rule_off_and_find(qtbot: Any, editor: ResolutionEditor) -> None:
    after(qtbot, editor, lambda: editor.rules.adopted.setChecked(False))
    assert not any(e.is_in for e in editor.model.entries() if e.row.kind == PROPOSAL)
    editor.search.setText("газ")
    shown = editor.proxy.rowCount()
    assert 1 <= shown < editor.model.rowCount()
    editor.only_in.setChecked(True)
    assert editor.proxy.rowCount() <= shown
