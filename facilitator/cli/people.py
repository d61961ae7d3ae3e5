"""Commands on people: import and list participants, mark attendance at a platform."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from facilitator.cli.common import (
    EXIT_OK,
    examples,
    opened,
    platform_filter,
    platform_option,
    print_json,
    print_report,
    say,
)
from facilitator.importing.attendance import mark_attendance, read_marks
from facilitator.importing.participants import import_participants
from facilitator.messages import QT_TRANSLATE_NOOP, Translate
from facilitator.services import participants, platforms, steps


def add_commands(sub: Any, translate: Translate) -> None:
    group = sub.add_parser(
        "participants", help=translate("CLI", "import or list participants")
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    p = group.add_parser(
        "import",
        help=translate("CLI", "import participants from CSV or XLSX"),
        **examples(
            translate,
            translate(
                "CLI",
                "Columns (English or Russian): full name / ФИО (required), organisation / "
                "Организация, position / Должность, delegation / Регион, role / Роль, "
                "platform / Площадка (number or title), present / Явка (да/нет, +/−, 1/0).",
            ),
            "facilitator participants import forum.fsession people.xlsx",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_import)

    p = group.add_parser(
        "list",
        help=translate("CLI", "list participants with their platform and attendance"),
        **examples(
            translate,
            translate("CLI", "Columns: name, organisation, position, platform, present."),
            "facilitator participants list forum.fsession --platform 3 --json",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    platform_filter(p, translate)
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_list)

    p = sub.add_parser(
        "attendance",
        help=translate("CLI", "mark who is present at a platform"),
        **examples(
            translate,
            translate(
                "CLI",
                "Names are matched to the platform's participants (case and ё/е ignored). "
                "FILE has a name column (ФИО) and optionally a present column (Явка: да/нет, "
                "+/−, 1/0); without it everyone in the file is present.",
            ),
            'facilitator attendance forum.fsession --platform 1 --present "Иванов Иван"\n'
            "  facilitator attendance forum.fsession --platform 1 --file present.xlsx",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    platform_option(p, translate)
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--present", nargs="+", metavar="NAME", help=translate("CLI", "mark these present")
    )
    choice.add_argument(
        "--absent", nargs="+", metavar="NAME", help=translate("CLI", "mark these absent")
    )
    choice.add_argument(
        "--file", type=Path, metavar="FILE", help=translate("CLI", "marks from CSV or XLSX")
    )
    choice.add_argument(
        "--all",
        action="store_true",
        help=translate("CLI", "mark everyone of the platform present"),
    )
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_attendance)


def run_import(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        report = import_participants(sf, args.file)
    print_report(report, args.json, tr)
    return EXIT_OK


def run_list(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False):
        numbers = {p.id: p.number for p in platforms.list_platforms()}
        platform_id = platforms.platform_by_number(args.platform).id if args.platform else None
        rows = participants.list_participants(platform_id)
    listed = [
        {
            **{k: v for k, v in asdict(r).items() if k not in ("id", "platform_id")},
            "platform": numbers.get(r.platform_id or ""),
        }
        for r in rows
    ]
    if args.json:
        print_json(listed)
        return EXIT_OK
    present = {True: "+", False: "−"}
    for r in listed:
        where = ", ".join(x for x in (r["organisation"], r["position"]) if x)
        number = r["platform"] if r["platform"] is not None else "—"
        line = f"{present[r['present']]} {number:>3}  {r['full_name']}"
        print(f"{line} ({where})" if where else line)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Participants: {count}, present: {present}."),
        count=len(listed),
        present=sum(1 for r in listed if r["present"]),
    )
    return EXIT_OK


def run_attendance(args: argparse.Namespace, tr: Translate) -> int:
    number = str(args.platform)
    with opened(args.path) as sf, steps.recorded(sf, "attendance", "attendance", number):
        platform = platforms.platform_by_number(args.platform)
        if args.file:
            marks = read_marks(args.file)
        elif args.all:
            marks = [(None, p.full_name, True) for p in participants.list_participants(platform.id)]
        else:
            names, present = (args.present, True) if args.present else (args.absent, False)
            marks = [(None, name, present) for name in names]
        changed = mark_attendance(sf, platform, marks)
        now = participants.present_count(platform.id)
        total = len(participants.list_participants(platform.id))
    if args.json:
        print_json(
            {
                "platform": args.platform,
                "marked_present": changed[True],
                "marked_absent": changed[False],
                "present": now,
                "participants": total,
            }
        )
        return EXIT_OK
    say(
        tr,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Platform {number}: {present} marked present, {absent} absent; present now "
            "{now} of {total}.",
        ),
        number=args.platform,
        present=changed[True],
        absent=changed[False],
        now=now,
        total=total,
    )
    return EXIT_OK
