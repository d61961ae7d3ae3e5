"""Conflicts between the secretariat's and a platform's edits: listed, and settled."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.cli.common import EXIT_OK, examples, opened, print_json, say, text
from facilitator.cli.usage import whole_number
from facilitator.exchange import conflicts
from facilitator.messages import QT_TRANSLATE_NOOP, Translate, fail
from facilitator.vocabulary import FIELD_LABELS

VOCABULARY = "Vocabulary"  # the context of field labels


def add_commands(sub: Any, translate: Translate) -> None:
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
    p.add_argument("id", type=whole_number(translate), metavar="ID")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=("ours", "theirs"), help=translate("CLI", "whose record"))
    how.add_argument(
        "--field",
        action="append",
        metavar="NAME=ours|theirs",
        help=translate("CLI", "whose value of one field (repeat for more)"),
    )
    p.set_defaults(run=run_resolve)


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
                name=_field_name(f["name"], tr),
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


def _field_name(name: str, tr: Translate) -> str:
    """A field as the user reads it, with the name `--field` takes when that differs:
    «название (title)»."""
    label = tr(VOCABULARY, FIELD_LABELS[name]) if name in FIELD_LABELS else name
    return name if label == name else f"{label} ({name})"


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
