"""Fill translations into the Russian .ts: `python tools/fill_ts.py CONTEXT "source" "перевод" …`.

For the few strings a change adds; keeps the file as lupdate wrote it otherwise.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

TS = (
    Path(__file__).resolve().parents[1]
    / "facilitator"
    / "resources"
    / "translations"
    / "facilitator_ru.ts"
)


def fill(text: str, context: str, source: str, translation: str) -> str:
    start = text.index(f"<name>{escape(context, quote=False)}</name>")
    end = text.find("</context>", start)
    needle = f"<source>{escape(source, quote=False)}</source>"
    at = text.index(needle, start, end)
    old = '<translation type="unfinished"></translation>'
    slot = text.index(old, at)
    new = f"<translation>{escape(translation, quote=False)}</translation>"
    return text[:slot] + new + text[slot + len(old) :]


def main(argv: list[str]) -> int:
    if len(argv) % 3:
        sys.exit(__doc__)
    text = TS.read_text(encoding="utf-8")
    for at in range(0, len(argv), 3):
        text = fill(text, *argv[at : at + 3])
    TS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
