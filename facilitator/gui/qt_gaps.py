"""Words of Qt's own dialogs that Qt's Russian translation (qtbase_ru) lacks.

Qt 6 renamed these sources ("Look in:" became "&Look in:") and its Russian file kept only the
old ones, so its file dialog says "Look in" and "Files of type" in English. Listed here, they
enter our own translation; Qt asks every installed translator, ours included.
"""

from __future__ import annotations

from facilitator.messages import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
