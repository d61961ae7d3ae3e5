"""Commands that move results between laptops: kit, kit-open, bundle, merge."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.cli import passphrase
from facilitator.cli.common import EXIT_OK, examples, opened, platform_option, print_json, say, text
from facilitator.exchange import kit, laptop, revoke, sealing
from facilitator.exchange.files import KIT_SUFFIX
from facilitator.exchange.merge import ALREADY, HELD, OLDER, MergeReport, merge_files
from facilitator.exchange.scope import OWNED
from facilitator.messages import QT_TRANSLATE_NOOP, Translate, fail
from facilitator.store.db import SessionFile


def add_commands(sub: Any, translate: Translate) -> None:
    p = sub.add_parser(
        "kit",
        help=translate("CLI", "write a platform's kit (session setup and signing key)"),
        **examples(
            translate,
            translate("CLI", "Into a folder the kit is named platform-NN.fkit."),
            "facilitator kit forum.fsession --platform 3 -o /media/usb",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    platform_option(p, translate)
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("CLI", "the kit file to write, or a folder"),
    )
    passphrase.add_kit_options(p, translate)
    p.set_defaults(run=run_kit)

    p = sub.add_parser(
        "kit-revoke",
        help=translate("CLI", "revoke every kit issued so far for a platform (a lost stick)"),
        **examples(
            translate,
            translate(
                "CLI",
                "Bundles signed with a revoked kit are refused, saying so; then write a "
                "replacement kit with `kit`.",
            ),
            "facilitator kit-revoke forum.fsession --platform 3\n"
            "  facilitator kit forum.fsession --platform 3 -o /media/usb",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    platform_option(p, translate)
    p.set_defaults(run=run_kit_revoke)

    p = sub.add_parser(
        "kit-open",
        help=translate("CLI", "make a platform's session from its kit"),
        **examples(
            translate,
            translate("CLI", "On the platform's laptop: the session it captures in."),
            "facilitator kit-open platform-03.fkit platform3.fsession",
        ),
    )
    p.add_argument("kit", type=Path, metavar="KIT")
    p.add_argument("path", type=Path, metavar="PATH")
    passphrase.add_file_option(p, translate)
    p.set_defaults(run=run_kit_open)

    p = sub.add_parser(
        "bundle",
        help=translate("CLI", "write this platform's results bundle"),
        **examples(
            translate,
            translate(
                "CLI",
                "On the platform's laptop; into a folder the bundle is named "
                "platform-NN-DEVICE.fbundle.",
            ),
            "facilitator bundle platform3.fsession -o /media/usb",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help=translate("CLI", "the bundle file to write, or a folder"),
    )
    p.set_defaults(run=run_bundle)

    p = sub.add_parser(
        "merge",
        help=translate("CLI", "merge platforms' results bundles"),
        **examples(
            translate,
            translate(
                "CLI",
                "All bundles or none; prints per bundle what is new, changed and in conflict, "
                "what was added by kind, and a total.",
            ),
            "facilitator merge forum.fsession /media/usb/*.fbundle",
        ),
    )
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


def run_kit(args: argparse.Namespace, tr: Translate) -> int:
    target = args.output
    if target.is_dir():
        target = target / f"platform-{args.platform:02d}{KIT_SUFFIX}"
    secret = passphrase.for_new_kit(args, tr)
    with opened(args.path) as sf:
        kit.write_kit(sf, args.platform, target, secret)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Kit for platform {number} written to {target}."),
        number=args.platform,
        target=target,
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
    secret = None if args.passphrase_file is None else passphrase.from_file(args.passphrase_file)
    try:
        sf = kit.open_kit(args.kit, args.path, passphrase=secret)
    except sealing.PassphraseNeeded:  # asked once; a wrong one is refused, nothing written
        sf = kit.open_kit(args.kit, args.path, passphrase=passphrase.ask_to_open(tr, args.kit))
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
        if args.output.is_dir():
            target = laptop.write_bundle(sf, args.output)
        else:
            target = laptop.export_bundle(sf, args.output)
        sequence = sf.meta(laptop.SEQUENCE_KEY)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Bundle {sequence} written to {target}."),
        sequence=sequence,
        target=target,
    )
    return EXIT_OK


def run_merge(args: argparse.Namespace, tr: Translate) -> int:
    for bundle in args.bundles:
        _refuse_session_file(bundle)
    with opened(args.path) as sf:
        before = _row_counts(sf)
        report = merge_files(sf, args.bundles, args.dry_run, args.accept_clock_ahead)
        after = before if args.dry_run else _row_counts(sf)
    added = {t: after[t] - before[t] for t in OWNED if after[t] != before[t]}
    if args.json:
        print_json(report.to_json() | ({} if args.dry_run else {"added": added}))
    else:
        _print_report(report, tr)
        _print_added(report, added, tr)
    return EXIT_OK


SQLITE_MAGIC = b"SQLite format 3\x00"


def _refuse_session_file(path: Path) -> None:
    """A laptop's session file given instead of its bundle: say what to do instead."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_MAGIC))
    except OSError:
        return  # the merge itself reports an unreadable file
    if head == SQLITE_MAGIC:
        raise fail(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{file} is a session file, not a results bundle. On the platform's laptop run: "
                "facilitator bundle {file} -o FOLDER — then merge the .fbundle file it writes.",
            ),
            file=path.name,
        )


def _row_counts(sf: SessionFile) -> dict[str, int]:
    """Rows per table, tombstones included: rows are never removed, so a rise is an insert."""
    connection = sf.db.connection()
    return {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in OWNED}


KIND_NAMES = {
    "participant": QT_TRANSLATE_NOOP("CLI", "participants"),
    "attendance": QT_TRANSLATE_NOOP("CLI", "attendance marks"),
    "proposal": QT_TRANSLATE_NOOP("CLI", "proposals"),
    "vote": QT_TRANSLATE_NOOP("CLI", "votes"),
    "tally": QT_TRANSLATE_NOOP("CLI", "vote counts"),
    "ballot": QT_TRANSLATE_NOOP("CLI", "ballots"),
}


def _print_added(report: MergeReport, added: dict[str, int], tr: Translate) -> None:
    if added:
        say(
            tr,
            QT_TRANSLATE_NOOP("CLI", "Added: {kinds}."),
            kinds=", ".join(f"{text(tr, KIND_NAMES[t])} {n}" for t, n in added.items()),
        )
    totals = report.to_json()["totals"]
    say(
        tr,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Total: {bundles} bundles; new {new}, changed {changed}, unchanged {unchanged}, "
            "conflicts {conflicts}.",
        ),
        bundles=len(report.bundles),
        **totals,
    )


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
