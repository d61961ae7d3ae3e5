"""Commands on the session itself: demo, new, info, open, and list imports."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facilitator.cli.common import EXIT_OK, examples, opened, print_json, say
from facilitator.demo import write_demo
from facilitator.importing.columns import normalise_name
from facilitator.importing.tabular import decode
from facilitator.messages import QT_TRANSLATE_NOOP, Translate, fail, os_reason
from facilitator.services import platforms
from facilitator.services.info import session_summary
from facilitator.store.db import building
from facilitator.vocabulary import KIND_PLURALS, KINDS


def add_commands(sub: Any, translate: Translate) -> None:
    p = sub.add_parser(
        "demo",
        help=translate("CLI", "write the demo session to PATH"),
        **examples(
            translate,
            translate("CLI", "Seven platforms of a real forum; --filled adds people and votes."),
            "facilitator demo demo.fsession --filled",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument(
        "--filled",
        action="store_true",
        help=translate("CLI", "add participants, attendance and proposals"),
    )
    p.set_defaults(run=run_demo)

    p = sub.add_parser(
        "new",
        help=translate("CLI", "create a new, empty session file"),
        **examples(
            translate,
            translate(
                "CLI",
                "The platforms file has one platform title a line (UTF-8 or Windows-1251).",
            ),
            'facilitator new forum.fsession --title "Стратегическая сессия" '
            "--date 2026-06-05 --platforms platforms.txt "
            '--chair "Орлов Пётр Сергеевич" --chair-position "Председатель оргкомитета"',
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--title", required=True, help=translate("CLI", "the session's title"))
    p.add_argument("--forum", default="", help=translate("CLI", "the forum it belongs to"))
    p.add_argument("--date", default="", help=translate("CLI", "the date, YYYY-MM-DD"))
    p.add_argument("--venue", default="", help=translate("CLI", "the place"))
    p.add_argument("--organiser", default="", help=translate("CLI", "the organiser"))
    _signatory_options(p, translate)
    p.add_argument(
        "--platforms",
        type=Path,
        metavar="FILE",
        help=translate("CLI", "a text file with one platform title a line"),
    )
    p.set_defaults(run=run_new)

    p = sub.add_parser(
        "info",
        help=translate("CLI", "show the session and its platforms"),
        **examples(
            translate,
            translate(
                "CLI",
                "The session's fields; per platform its moderator, participants, present and "
                "proposals of each kind.",
            ),
            "facilitator info forum.fsession --json",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_info)

    p = sub.add_parser(
        "open",
        help=translate("CLI", "start the desktop app"),
        **examples(
            translate,
            translate("CLI", "Opens the session in the app; without PATH, the welcome screen."),
            "facilitator open forum.fsession",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH", nargs="?")
    p.set_defaults(run=run_open)


def _signatory_options(p: Any, translate: Translate) -> None:
    """Who signs the resolution: each a full name («Фамилия Имя Отчество») and a position."""
    p.add_argument(
        "--chair", default="", metavar="NAME", help=translate("CLI", "the chair's full name")
    )
    p.add_argument(
        "--chair-position", default="", metavar="POS", help=translate("CLI", "the chair's position")
    )
    p.add_argument(
        "--secretary",
        default="",
        metavar="NAME",
        help=translate("CLI", "the secretary's full name"),
    )
    p.add_argument(
        "--secretary-position",
        default="",
        metavar="POS",
        help=translate("CLI", "the secretary's position"),
    )


def run_demo(args: argparse.Namespace, tr: Translate) -> int:
    write_demo(args.path, filled=args.filled)
    say(tr, QT_TRANSLATE_NOOP("CLI", "Demo session written to {path}."), path=args.path)
    return EXIT_OK


def run_new(args: argparse.Namespace, tr: Translate) -> int:
    from facilitator.services.session import SIGNATORY_FIELDS, clean_session_fields

    fields = clean_session_fields(
        {
            "title": args.title,
            "forum": args.forum,
            "date": args.date,
            "venue": args.venue,
            "organiser": args.organiser,
            **{name: getattr(args, name) for name in SIGNATORY_FIELDS},
        }
    )
    titles = _platform_titles(args.platforms) if args.platforms else []
    with building(args.path, **fields) as sf, sf.atomic():
        for title in titles:
            platforms.add_platform(sf, title)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Session created: {path} ({count} platforms)."),
        path=args.path,
        count=len(titles),
    )
    return EXIT_OK


def _platform_titles(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise fail(
            QT_TRANSLATE_NOOP("Messages", "{file}: cannot be read ({reason})."),
            file=path.name,
            reason=os_reason(error),
        ) from None
    text, _ = decode(path, data)
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    for number, line in lines:
        if ";" in line or "\t" in line:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{file}, line {line}: this looks like a table (columns separated by “;” or "
                    "a tab); give a text file with one platform title a line.",
                ),
                file=path.name,
                line=number,
            )
    if lines and normalise_name(lines[0][1]) in HEADER_WORDS:
        lines = lines[1:]  # a header line, as a spreadsheet would have it
    return [line for _, line in lines]


HEADER_WORDS = {
    "площадка",
    "площадки",
    "название",
    "название площадки",
    "наименование",
    "наименование площадки",
    "platform",
    "platforms",
    "title",
    "platform title",
}


def run_info(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False) as sf:
        summary = session_summary(sf)
    if args.json:
        print_json(summary)
        return EXIT_OK
    s = summary["session"]
    print(s["title"])
    for key, label in (
        ("forum", QT_TRANSLATE_NOOP("CLI", "Forum")),
        ("date", QT_TRANSLATE_NOOP("CLI", "Date")),
        ("venue", QT_TRANSLATE_NOOP("CLI", "Venue")),
        ("organiser", QT_TRANSLATE_NOOP("CLI", "Organiser")),
    ):
        if s[key]:
            print(f"  {tr('CLI', label)}: {s[key]}")
    for key, label in (
        ("chair", QT_TRANSLATE_NOOP("CLI", "Chair")),
        ("secretary", QT_TRANSLATE_NOOP("CLI", "Secretary")),
    ):
        if s[key] or s[f"{key}_position"]:
            person = ", ".join(v for v in (s[key], s[f"{key}_position"]) if v)
            print(f"  {tr('CLI', label)}: {person}")
    for p in summary["platforms"]:
        print()
        print(f"{p['number']}. {p['title']}")
        say(
            tr,
            QT_TRANSLATE_NOOP(
                "CLI", "   moderator: {moderators}; participants: {count}, present: {present}"
            ),
            moderators=p["moderators"] or "—",
            count=p["participants"],
            present=p["present"],
        )
        kinds = ", ".join(
            f"{tr('Vocabulary', KIND_PLURALS[k])}: {p['proposals'][k]}" for k in KINDS
        )
        print(f"   {kinds}")
    return EXIT_OK


def run_open(args: argparse.Namespace, tr: Translate) -> int:
    from facilitator.gui.app import run  # Qt is loaded only for this command

    return int(run(args.path, demo=False, debug=args.debug))


__all__ = ["add_commands", "sys"]
