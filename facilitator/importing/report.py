"""What an import did, as a translatable message."""

from __future__ import annotations

from dataclasses import dataclass, field

from facilitator.messages import QT_TRANSLATE_NOOP, Message, msg


def natural_key(*parts: str) -> tuple[str, ...]:
    """Text compared as a person would: case, ё/е and spacing ignored."""
    return tuple(" ".join(p.casefold().replace("ё", "е").split()) for p in parts)


@dataclass
class ImportReport:
    file: str
    added: int = 0
    skipped: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    present: int = 0  # participants marked present from an attendance column
    ids: list[str] = field(default_factory=list)  # the records added (undo takes them back)

    def message(self) -> Message:
        if not self.added and self.skipped:
            text = msg(
                QT_TRANSLATE_NOOP(
                    "Messages", "{file}: nothing added, all {skipped} rows are already there."
                ),
                file=self.file,
                skipped=self.skipped,
            )
        else:
            text = msg(
                QT_TRANSLATE_NOOP("Messages", "{file}: {added} added, {skipped} already there."),
                file=self.file,
                added=self.added,
                skipped=self.skipped,
            )
        if self.present:
            text = msg(
                QT_TRANSLATE_NOOP("Messages", "{text}\nMarked present: {count}."),
                text=text,
                count=self.present,
            )
        if not self.ignored_columns:
            return text
        return msg(
            QT_TRANSLATE_NOOP(
                "Messages", "{text}\nColumns not recognised and left out: {columns}."
            ),
            text=text,
            columns=", ".join(self.ignored_columns),
        )
