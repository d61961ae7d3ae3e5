"""Setup after `new`: list, change and add platforms; change the session's own fields."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.cli.common import EXIT_OK, examples, opened, print_json, say, text
from facilitator.cli.usage import whole_number
from facilitator.messages import QT_TRANSLATE_NOOP, Translate
from facilitator.services import platforms, steps
from facilitator.services.info import session_summary
from facilitator.services.session import SESSION_FIELDS, edit_session
from facilitator.vocabulary import FIELD_LABELS

VOCABULARY = "Vocabulary"  # the context of field labels
PLATFORM_OPTIONS = {
    "title": "title",
    "moderator": "moderators",
    "room": "room",
    "secretary": "secretary",
}


def add_commands(sub: Any, translate: Translate) -> None:
    group = sub.add_parser(
        "platforms",
        help=translate("CLI", "list, change or add platforms"),
        **examples(
            translate,
            translate("CLI", "Without an action the platforms are listed."),
            "facilitator platforms forum.fsession --json",
        ),
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    p = group.add_parser(
        "list",
        help=translate("CLI", "list the platforms (the default)"),
        **examples(
            translate,
            translate(
                "CLI",
                "Columns: number, title, moderator, room, secretary, participants, present.",
            ),
            "facilitator platforms forum.fsession",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_list)

    p = group.add_parser(
        "set",
        help=translate("CLI", "change a platform's title, moderator, room or secretary"),
        **examples(
            translate,
            translate("CLI", "Only the fields given change."),
            'facilitator platforms set forum.fsession 2 --moderator "Петров П. П." --room 214\n'
            '  facilitator platforms set forum.fsession 2 --secretary "Никитина Анна Павловна"',
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("number", type=whole_number(translate), metavar="N")
    _platform_options(p, translate)
    p.set_defaults(run=run_set)

    p = group.add_parser(
        "add",
        help=translate("CLI", "add a platform at the end of the list"),
        **examples(
            translate,
            translate("CLI", "The new platform gets the next number."),
            'facilitator platforms add forum.fsession --title "Кадры для промышленности"',
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    _platform_options(p, translate, title_required=True)
    p.set_defaults(run=run_add)

    _add_session(sub, translate)


def _platform_options(p: Any, translate: Translate, title_required: bool = False) -> None:
    p.add_argument(
        "--title", required=title_required, help=translate(VOCABULARY, FIELD_LABELS["title"])
    )
    p.add_argument("--moderator", help=translate(VOCABULARY, FIELD_LABELS["moderators"]))
    p.add_argument("--room", help=translate(VOCABULARY, FIELD_LABELS["room"]))
    p.add_argument(
        "--secretary",
        metavar="NAME",
        help=translate("CLI", "the platform's secretary, who signs its protocol (full name)"),
    )


def _add_session(sub: Any, translate: Translate) -> None:
    group = sub.add_parser(
        "session", help=translate("CLI", "change the session's own fields")
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    p = group.add_parser(
        "set",
        help=translate(
            "CLI",
            "change the session's title, forum, date, venue, organiser, chair or secretary",
        ),
        **examples(
            translate,
            translate(
                "CLI",
                "Only the fields given change; the date as YYYY-MM-DD or DD.MM.YYYY. The chair "
                "and the secretary sign the resolution: a full name (Фамилия Имя Отчество) "
                "and a position each.",
            ),
            'facilitator session set forum.fsession --date 05.06.2026 --venue "Иркутск"\n'
            '  facilitator session set forum.fsession --chair "Орлов Пётр Сергеевич" '
            '--chair-position "Председатель оргкомитета"',
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    for name in SESSION_FIELDS:
        p.add_argument(
            option_name(name),
            metavar=SIGNATORY_METAVARS.get(name),
            help=translate(VOCABULARY, FIELD_LABELS[name]),
        )
    p.set_defaults(run=run_session_set)


def run_list(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False) as sf:
        summary = session_summary(sf)
        rooms = {p.number: p.room for p in platforms.list_platforms()}
    listed = [
        {
            "number": p["number"],
            "title": p["title"],
            "moderators": p["moderators"],
            "room": rooms.get(p["number"], ""),
            "secretary": p["secretary"],
            "participants": p["participants"],
            "present": p["present"],
        }
        for p in summary["platforms"]
    ]
    if args.json:
        print_json(listed)
        return EXIT_OK
    for p in listed:
        print(f"{p['number']:>3}. {p['title']}")
        say(
            tr,
            QT_TRANSLATE_NOOP(
                "CLI",
                "     moderator: {moderator}; secretary: {secretary}; room: {room}; "
                "participants: {count}, present: {present}",
            ),
            moderator=p["moderators"] or "—",
            secretary=p["secretary"] or "—",
            room=p["room"] or "—",
            count=p["participants"],
            present=p["present"],
        )
    return EXIT_OK


def _given(args: argparse.Namespace) -> dict[str, str]:
    return {
        field: getattr(args, option)
        for option, field in PLATFORM_OPTIONS.items()
        if getattr(args, option) is not None
    }


def run_set(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf, steps.recorded(sf, "edit", "platform", str(args.number)):
        platform = platforms.platform_by_number(args.number)
        changed = platforms.edit_platform(sf, platform.id, **_given(args))
    _say_changed(tr, QT_TRANSLATE_NOOP("CLI", "Platform {number}"), changed, number=args.number)
    return EXIT_OK


def run_add(args: argparse.Namespace, tr: Translate) -> int:
    fields = _given(args)
    with opened(args.path) as sf, steps.recorded(sf, "add", "platform") as step:
        platform = platforms.add_platform(sf, fields.pop("title"), **fields)
        number = platform.number
        step.name = str(number)
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Platform {number} added: {title}."),
        number=number,
        title=platform.title,
    )
    return EXIT_OK


def run_session_set(args: argparse.Namespace, tr: Translate) -> int:
    fields = {
        name: getattr(args, name) for name in SESSION_FIELDS if getattr(args, name) is not None
    }
    with opened(args.path) as sf, steps.recorded(sf, "edit", "session"):
        changed = edit_session(sf, **fields) if fields else {}
    _say_changed(tr, QT_TRANSLATE_NOOP("CLI", "The session"), changed)
    return EXIT_OK


def _say_changed(tr: Translate, what: str, changed: dict[str, Any], **params: Any) -> None:
    subject = text(tr, what, **params)
    if not changed:
        say(tr, QT_TRANSLATE_NOOP("CLI", "{subject}: nothing changed."), subject=subject)
        return
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "{subject}: changed {fields}."),
        subject=subject,
        fields=", ".join(tr(VOCABULARY, FIELD_LABELS.get(n, n)) for n in changed),
    )


SIGNATORY_METAVARS = {
    "chair": "NAME",
    "chair_position": "POS",
    "secretary": "NAME",
    "secretary_position": "POS",
}


def option_name(field: str) -> str:
    """A session field's command-line option: chair_position → --chair-position."""
    return "--" + field.replace("_", "-")
