"""Commands that move results between laptops: kit, kit-open, bundle, merge, conflicts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.cli.common import EXIT_OK, opened, print_json, say
from facilitator.exchange import conflicts, kit, laptop, revoke
from facilitator.exchange.merge import ALREADY, HELD, OLDER, MergeReport, merge_files
from facilitator.messages import QT_TRANSLATE_NOOP, Translate


def add_commands(sub: Any, translate: Translate) -> None:
    p = sub.add_parser(
        "kit", help=translate("CLI", "write a platform's kit (session setup and signing key)")
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument(
        "--platform",
        type=int,
        required=True,
        metavar="N",
        help=translate("CLI", "the platform's number"),
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("CLI", "the kit file to write"),
    )
    p.set_defaults(run=run_kit)

    p = sub.add_parser(
        "kit-revoke",
        help=translate("CLI", "revoke every kit issued so far for a platform (a lost stick)"),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument(
        "--platform",
        type=int,
        required=True,
        metavar="N",
        help=translate("CLI", "the platform's number"),
    )
    p.set_defaults(run=run_kit_revoke)

    p = sub.add_parser("kit-open", help=translate("CLI", "make a platform's session from its kit"))
    p.add_argument("kit", type=Path, metavar="KIT")
    p.add_argument("path", type=Path, metavar="PATH")
    p.set_defaults(run=run_kit_open)

    p = sub.add_parser("bundle", help=translate("CLI", "write this platform's results bundle"))
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("CLI", "the bundle file to write"),
    )
    p.set_defaults(run=run_bundle)

    p = sub.add_parser("merge", help=translate("CLI", "merge platforms' results bundles"))
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("bundles", type=Path, nargs="+", metavar="BUNDLE")
    p.add_argument(
        "--dry-run", action="store_true", help=translate("CLI", "only show what would change")
    )
    p.add_argument(
        "--accept-clock-ahead",
        action="store_true",
        help=translate(
            "CLI", "merge bundles from a laptop whose clock runs over 12 hours ahead, too"
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_merge)

    p = sub.add_parser("conflicts", help=translate("CLI", "list open conflicts"))
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_conflicts)


def run_kit(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        kit.write_kit(sf, args.platform, args.output)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Kit for platform {number} written to {target}."),
        number=args.platform,
        target=args.output,
    )
    return EXIT_OK


def run_kit_revoke(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        count = revoke.revoke_kits(sf, args.platform)
    say(
        tr,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Kits of platform {number} revoked: {count}. Their bundles are refused from now on; "
            "write a replacement with `facilitator kit`.",
        ),
        number=args.platform,
        count=count,
    )
    return EXIT_OK


def run_kit_open(args: argparse.Namespace, tr: Translate) -> int:
    sf = kit.open_kit(args.kit, args.path)
    try:
        number = laptop.require_laptop(sf)[0].number
    finally:
        sf.close()
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Session of platform {number} made at {path}."),
        number=number,
        path=args.path,
    )
    return EXIT_OK


def run_bundle(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        laptop.export_bundle(sf, args.output)
        sequence = sf.meta(laptop.SEQUENCE_KEY)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Bundle {sequence} written to {target}."),
        sequence=sequence,
        target=args.output,
    )
    return EXIT_OK


def run_merge(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        report = merge_files(sf, args.bundles, args.dry_run, args.accept_clock_ahead)
    if args.json:
        print_json(report.to_json())
    else:
        _print_report(report, tr)
    return EXIT_OK


_STATUS = {
    ALREADY: QT_TRANSLATE_NOOP("CLI", "already imported, nothing to do"),
    OLDER: QT_TRANSLATE_NOOP("CLI", "older than one already imported; merged, nothing reverts"),
}


def _print_report(report: MergeReport, tr: Translate) -> None:
    for b in report.bundles:
        say(
            tr,
            QT_TRANSLATE_NOOP(
                "CLI",
                "{name}: platform {platform} «{title}», bundle {sequence}: new {new}, changed "
                "{changed}, unchanged {unchanged}, conflicts {conflicts}",
            ),
            name=b.file,
            platform=b.platform,
            title=b.title,
            sequence=b.sequence,
            new=b.new,
            changed=b.changed,
            unchanged=b.unchanged,
            conflicts=b.conflicts,
        )
        if b.number_in_kit and b.number_in_kit != b.platform:
            say(
                tr,
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "  the platform was number {then} when its kit was made; it is number {now} "
                    "now.",
                ),
                then=b.number_in_kit,
                now=b.platform,
            )
        if b.status in _STATUS:
            print(f"  {tr('CLI', _STATUS[b.status])}")
        for twin in b.numbers:
            say(
                tr,
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "  {number} «{title}» is now shown as {shown_as}: another proposal of the "
                    "platform, made earlier, has that number.",
                ),
                number=twin["number"],
                title=twin["title"],
                shown_as=twin["shown_as"],
            )
        if b.status == HELD:
            say(
                tr,
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "  held, not merged: the clock of the laptop runs {hours} hours ahead of "
                    "this computer. Check the time on both; to merge it anyway, add "
                    "--accept-clock-ahead.",
                ),
                hours=b.ahead_hours,
            )
    if report.dry_run:
        say(tr, QT_TRANSLATE_NOOP("CLI", "Dry run: nothing was changed."))
    elif report.backup:
        say(
            tr,
            QT_TRANSLATE_NOOP("CLI", "Merged; backup taken first: {backup}"),
            backup=report.backup,
        )


def run_conflicts(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False) as sf:
        found = conflicts.list_conflicts(sf)
    if args.json:
        print_json(found)
        return EXIT_OK
    if not found:
        say(tr, QT_TRANSLATE_NOOP("CLI", "No open conflicts."))
    for c in found:
        say(
            tr,
            QT_TRANSLATE_NOOP("CLI", "#{id} {entity} “{title}” (platform {platform}):"),
            id=c["id"],
            entity=c["entity"],
            title=c["title"],
            platform=c["platform"],
        )
        for f in c["fields"]:
            say(
                tr,
                QT_TRANSLATE_NOOP("CLI", "   {name}: here “{mine}”, platform “{theirs}”"),
                name=f["name"],
                mine=f["mine"],
                theirs=f["theirs"],
            )
    return EXIT_OK
