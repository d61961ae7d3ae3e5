"""Commands that move results between laptops: kit, kit-open, bundle, merge, conflicts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.cli.common import EXIT_OK, examples, opened, print_json, say, text
from facilitator.exchange import conflicts, kit, laptop
from facilitator.exchange.files import KIT_SUFFIX
from facilitator.exchange.merge import ALREADY, OLDER, MergeReport, merge_files
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
        help=translate("CLI", "the kit file to write, or a folder"),
    )
    p.set_defaults(run=run_kit)

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
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_merge)

    _add_conflicts(sub, translate)


def _add_conflicts(sub: Any, translate: Translate) -> None:
    group = sub.add_parser(
        "conflicts",
        help=translate("CLI", "list or settle open conflicts"),
        **examples(
            translate,
            translate("CLI", "Without an action the open conflicts are listed."),
            "facilitator conflicts forum.fsession",
        ),
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    p = group.add_parser(
        "list",
        help=translate("CLI", "list open conflicts (the default)"),
        **examples(
            translate,
            translate(
                "CLI",
                "Each conflict: its number, the record, the platform, and each field that "
                "differs with the value here and the platform's.",
            ),
            "facilitator conflicts forum.fsession --json",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_conflicts)
    p = group.add_parser(
        "resolve",
        help=translate("CLI", "settle a conflict: keep ours, take theirs, or choose per field"),
        **examples(
            translate,
            translate(
                "CLI",
                "ID is the conflict's number from `conflicts`. --keep ours keeps the "
                "secretariat's record, --keep theirs takes the platform's; --field NAME=theirs "
                "takes single fields (the others stay ours).",
            ),
            "facilitator conflicts resolve forum.fsession 3 --keep theirs\n"
            "  facilitator conflicts resolve forum.fsession 4 --field title=theirs",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("id", type=int, metavar="ID")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=("ours", "theirs"), help=translate("CLI", "whose record"))
    how.add_argument(
        "--field",
        action="append",
        metavar="NAME=ours|theirs",
        help=translate("CLI", "whose value of one field (repeat for more)"),
    )
    p.set_defaults(run=run_resolve)


def run_kit(args: argparse.Namespace, tr: Translate) -> int:
    target = args.output
    if target.is_dir():
        target = target / f"platform-{args.platform:02d}{KIT_SUFFIX}"
    with opened(args.path) as sf:
        kit.write_kit(sf, args.platform, target)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Kit for platform {number} written to {target}."),
        number=args.platform,
        target=target,
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
        report = merge_files(sf, args.bundles, dry_run=args.dry_run)
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
                "{name}: platform {platform}, bundle {sequence}: new {new}, changed "
                "{changed}, unchanged {unchanged}, conflicts {conflicts}",
            ),
            name=b.file,
            platform=b.platform,
            sequence=b.sequence,
            new=b.new,
            changed=b.changed,
            unchanged=b.unchanged,
            conflicts=b.conflicts,
        )
        if b.status in _STATUS:
            print(f"  {tr('CLI', _STATUS[b.status])}")
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
            entity=_entity(c, tr),
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
    if found:
        say(
            tr,
            QT_TRANSLATE_NOOP(
                "CLI",
                "Settle one: facilitator conflicts resolve SESSION ID --keep ours|theirs "
                "(or --field NAME=theirs)",
            ),
        )
    return EXIT_OK


ENTITIES = {
    "participant": QT_TRANSLATE_NOOP("CLI", "participant"),
    "attendance": QT_TRANSLATE_NOOP("CLI", "attendance mark"),
    "proposal": QT_TRANSLATE_NOOP("CLI", "proposal"),
    "vote": QT_TRANSLATE_NOOP("CLI", "vote"),
    "tally": QT_TRANSLATE_NOOP("CLI", "vote count"),
    "ballot": QT_TRANSLATE_NOOP("CLI", "ballot"),
}


def _entity(conflict: dict[str, Any], tr: Translate) -> str:
    """What the conflict is about, in words; a proposal with its number (3.12)."""
    label = text(tr, ENTITIES.get(conflict["entity"], conflict["entity"]))
    if conflict["entity"] == "proposal":
        values = conflict["theirs"]["values"]
        label += f" {conflict['platform']}.{values.get('number', '?')}"
    return label


def run_resolve(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        found = next((c for c in conflicts.list_conflicts(sf) if c["id"] == args.id), None)
        if found is None:
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "There is no open conflict #{id}; the open ones are listed by: "
                    "facilitator conflicts SESSION",
                ),
                id=args.id,
            )
        if args.keep:
            choice, values = (conflicts.MINE if args.keep == "ours" else conflicts.THEIRS), None
        else:
            values = _field_choices(found, args.field)
            choice = conflicts.EDITED if values else conflicts.MINE
        conflicts.resolve(sf, args.id, choice, values)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Conflict #{id} “{title}” settled."),
        id=args.id,
        title=found["title"],
    )
    return EXIT_OK


def _field_choices(found: dict[str, Any], choices: list[str]) -> dict[str, Any]:
    """The values to write: each field chosen as theirs (fields kept as ours stay as they are)."""
    differing = {f["name"]: f["theirs"] for f in found["fields"]}
    values: dict[str, Any] = {}
    for choice in choices:
        name, _, side = choice.partition("=")
        if name not in differing or side not in ("ours", "theirs"):
            raise fail(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{choice}”: write NAME=ours or NAME=theirs, NAME being a field that "
                    "differs in this conflict: {fields}.",
                ),
                choice=choice,
                fields=", ".join(differing),
            )
        if side == "theirs":
            values[name] = differing[name]
    return values
