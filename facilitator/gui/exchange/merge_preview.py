"""Before a group of similar proposals is merged: what it would make, and a question."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.exchange import combine
from facilitator.gui.language import translate
from facilitator.messages import FacilitatorError
from facilitator.vocabulary import KIND_LABELS, STATUS_LABELS


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Vocabulary", KIND_LABELS[kind])


def status_label(status: str) -> str:
    return QCoreApplication.translate("Vocabulary", STATUS_LABELS[status]).lower()


def merge_summary(preview: dict[str, Any]) -> str:
    """The merge in plain words: the result, each original, what becomes of the votes."""
    lines = [
        QCoreApplication.translate(
            "MergePreview", "One {kind} «{title}», {status}, will stand for:"
        ).format(
            kind=kind_label(preview["kind"]).lower(),
            title=preview["title"],
            status=status_label(preview["status"]),
        )
    ]
    for o in preview["originals"]:
        lines.append(
            f"  {o['code']}  {kind_label(o['kind'])}  «{o['title']}» ({status_label(o['status'])})"
        )
    if preview["kinds_differ"]:
        lines.append(
            QCoreApplication.translate(
                "MergePreview", "The kinds differ: the merged entry takes the first one's kind."
            )
        )
    lines.append(_votes_line(preview))
    lines.append(
        QCoreApplication.translate(
            "MergePreview",
            "The originals are marked merged and keep their votes; Undo brings them back.",
        )
    )
    return "\n".join(lines)


def _votes_line(preview: dict[str, Any]) -> str:
    parts = []
    if preview["dots"]:
        parts.append(
            QCoreApplication.translate("MergePreview", "dots are added up: {dots} in all").format(
                dots=preview["dots"]
            )
        )
    if preview["counted"]:
        parts.append(
            QCoreApplication.translate("MergePreview", "for/against counts stay with each original")
        )
    return (
        QCoreApplication.translate("MergePreview", "Votes: {what}.").format(what="; ".join(parts))
        if parts
        else QCoreApplication.translate("MergePreview", "No votes yet.")
    )


def ask_to_merge(parent: QWidget, ids: list[str]) -> bool:
    """Show what the merge would make; True when the secretariat says Merge."""
    title = QCoreApplication.translate("MergePreview", "Merge the group")
    try:
        preview = combine.preview_merge(ids)
    except FacilitatorError as err:
        QMessageBox.warning(parent, title, err.format(translate))
        return False
    box = QMessageBox(QMessageBox.Icon.Question, title, merge_summary(preview), parent=parent)
    box.setObjectName("merge preview")
    merge = box.addButton(
        QCoreApplication.translate("MergePreview", "&Merge"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(merge)
    box.exec()
    return box.clickedButton() is merge
