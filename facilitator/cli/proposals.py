"""Commands on proposals: import, list, show, edit and delete, by numbers such as 3.12."""

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
    text,
)
from facilitator.cli.votes import figures_text
from facilitator.exchange.combine import lineage, merged_into
from facilitator.importing.proposals import import_proposals
from facilitator.messages import QT_TRANSLATE_NOOP, Translate
from facilitator.services import platforms, proposals, steps, validate
from facilitator.services.results import latest_results
from facilitator.vocabulary import FIELD_LABELS, KIND_LABELS, STATUS_LABELS

VOCABULARY = "Vocabulary"  # the context of kind, status and field labels
EDITED = ("title", "text", "kind", "status", "presenter", "responsible", "deadline")


def add_commands(sub: Any, translate: Translate) -> None:
    group = sub.add_parser(
        "proposals", help=translate("CLI", "import, list, show, edit or delete proposals")
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    _add_import(group, translate)
    _add_list(group, translate)
    p = group.add_parser(
        "show",
        help=translate("CLI", "every field of a proposal, its lineage, votes and history"),
        **examples(
            translate,
            translate("CLI", "NUMBER is the platform's and the proposal's number, such as 3.12."),
            "facilitator proposals show forum.fsession 3.12",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_show)
    _add_edit(group, translate)
    p = group.add_parser(
        "delete",
        help=translate("CLI", "delete a proposal (kept in the history, as in the app)"),
        **examples(
            translate,
            translate("CLI", "NUMBER is the platform's and the proposal's number, such as 3.12."),
            "facilitator proposals delete forum.fsession 3.12",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("number", metavar="NUMBER")
    p.set_defaults(run=run_delete)


def _add_import(group: Any, translate: Translate) -> None:
    p = group.add_parser(
        "import",
        help=translate("CLI", "import proposals into a platform from CSV or XLSX"),
        **examples(
            translate,
            translate(
                "CLI",
                "Columns (English or Russian): title / Название (required), kind / Вид "
                "(problem, proposal, initiative, resolution item), text / Текст, tags / Теги, "
                "status / Статус, presenter / Докладчик, organisation / Организация, "
                "responsible / Ответственный, deadline / Срок.",
            ),
            "facilitator proposals import forum.fsession --platform 3 ideas.xlsx",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    platform_option(p, translate)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_import)


def _add_list(group: Any, translate: Translate) -> None:
    p = group.add_parser(
        "list",
        help=translate("CLI", "list proposals with their status and vote result"),
        **examples(
            translate,
            translate(
                "CLI",
                "Columns: number, kind, status, title, presenter / responsible, deadline, "
                "vote result.",
            ),
            "facilitator proposals list forum.fsession --platform 3 --status adopted",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    platform_filter(p, translate)
    p.add_argument("--kind", metavar="K", help=translate("CLI", "only this kind"))
    p.add_argument("--status", metavar="S", help=translate("CLI", "only this status"))
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_list)


def _add_edit(group: Any, translate: Translate) -> None:
    p = group.add_parser(
        "edit",
        help=translate("CLI", "change fields of a proposal (one step in its history)"),
        **examples(
            translate,
            translate(
                "CLI",
                "Only the fields given change; an empty value clears a field (not the title).",
            ),
            "facilitator proposals edit forum.fsession 3.12 --status adopted --deadline 2026-12-31",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("number", metavar="NUMBER")
    for name in EDITED:
        p.add_argument(
            f"--{name}", metavar=name.upper(), help=translate(VOCABULARY, FIELD_LABELS[name])
        )
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_edit)


def run_import(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        report = import_proposals(sf, platforms.platform_by_number(args.platform), args.file)
    print_report(report, args.json, tr)
    return EXIT_OK


def run_list(args: argparse.Namespace, tr: Translate) -> int:
    kind = validate.kind(args.kind) if args.kind else None
    status = validate.status(args.status) if args.status else None
    with opened(args.path, write=False):
        chosen = (
            [platforms.platform_by_number(args.platform)]
            if args.platform
            else platforms.list_platforms()
        )
        listed = []
        for platform in chosen:
            rows = proposals.list_proposals(platform.id)
            results = latest_results(platform.id, rows)
            listed += [
                _listed(r, results.get(r.id, []))
                for r in rows
                if kind in (None, r.kind) and status in (None, r.status)
            ]
    if args.json:
        print_json(listed)
        return EXIT_OK
    for p in listed:
        _print_row(p, tr)
    say(tr, QT_TRANSLATE_NOOP("CLI", "Proposals: {count}."), count=len(listed))
    return EXIT_OK


def _listed(row: proposals.ProposalRow, votes: list[dict[str, Any]]) -> dict[str, Any]:
    fields = {k: v for k, v in asdict(row).items() if k not in ("platform_id",)}
    return {"code": row.code, **fields, "platform": row.platform_number, "votes": votes}


def _print_row(p: dict[str, Any], tr: Translate) -> None:
    kind = tr(VOCABULARY, KIND_LABELS[p["kind"]])
    status = tr(VOCABULARY, STATUS_LABELS.get(p["status"], p["status"]))
    print(f"{p['code']:>6}  {kind} · {status}  {p['title']}")
    people = " / ".join(x for x in (p["presenter"], p["responsible"]) if x)
    extra = "; ".join(x for x in (people, p["deadline"]) if x)
    if extra:
        print(f"        {extra}")
    for vote in p["votes"]:
        print(f"        {figures_text(vote, tr)}")


def run_show(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False):
        found = proposals.proposal_by_code(args.number)
        row = proposals.proposal_row(found.id)
        data = _listed(row, latest_results(row.platform_id).get(row.id, []))
        merged = merged_into(row.id)
        data |= {
            "lineage": lineage(row.id),
            "merged_into": proposals.proposal_row(merged).code if merged else None,
            "history": proposals.history(row.id),
        }
    if args.json:
        print_json(data)
        return EXIT_OK
    _print_row(data, tr)
    for name in ("text", "tags", "organisation"):
        if data[name]:
            print(f"        {tr(VOCABULARY, FIELD_LABELS[name])}: {data[name]}")
    for link in data["lineage"]:
        say(
            tr,
            QT_TRANSLATE_NOOP("CLI", "        from platform {platform}: {title}"),
            platform=link["platform"],
            title=link["title"],
        )
    if data["merged_into"]:
        say(tr, QT_TRANSLATE_NOOP("CLI", "        merged into {code}"), code=data["merged_into"])
    for h in data["history"]:
        _print_change(h, tr)
    return EXIT_OK


ACTIONS = {
    "create": QT_TRANSLATE_NOOP("CLI", "created"),
    "update": QT_TRANSLATE_NOOP("CLI", "changed"),
    "delete": QT_TRANSLATE_NOOP("CLI", "deleted"),
    "restore": QT_TRANSLATE_NOOP("CLI", "restored"),
}


def _print_change(change: dict[str, Any], tr: Translate) -> None:
    action = text(tr, ACTIONS.get(change["action"], change["action"]))
    what = [
        f"{tr(VOCABULARY, FIELD_LABELS.get(name, name))}: {_old_new(name, value, tr)}"
        for name, value in change["changes"].items()
    ]
    print(f"        {change['at'][:16].replace('T', ' ')}  {action}  {'; '.join(what)}".rstrip())


def _old_new(name: str, value: Any, tr: Translate) -> str:
    if isinstance(value, list) and len(value) == 2:
        old, new = (_shown(name, v, tr) for v in value)
        return text(tr, QT_TRANSLATE_NOOP("CLI", "“{old}” → “{new}”"), old=old, new=new)
    return str(value)


def _shown(name: str, value: Any, tr: Translate) -> Any:
    """A kind or a status as the user reads it (Черновик, not draft)."""
    labels = {"kind": KIND_LABELS, "status": STATUS_LABELS}.get(name, {})
    return tr(VOCABULARY, labels[value]) if value in labels else value


def run_edit(args: argparse.Namespace, tr: Translate) -> int:
    fields = {name: getattr(args, name) for name in EDITED if getattr(args, name) is not None}
    with opened(args.path) as sf, steps.recorded(sf, "edit", "proposal", args.number):
        found = proposals.proposal_by_code(args.number)
        changed = proposals.edit_proposal(sf, found.id, **fields) if fields else {}
    if args.json:
        print_json({"code": args.number, "changed": {k: list(v) for k, v in changed.items()}})
        return EXIT_OK
    if not changed:
        say(tr, QT_TRANSLATE_NOOP("CLI", "Proposal {code}: nothing changed."), code=args.number)
        return EXIT_OK
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Proposal {code} changed: {fields}."),
        code=args.number,
        fields=", ".join(tr(VOCABULARY, FIELD_LABELS.get(n, n)) for n in changed),
    )
    return EXIT_OK


def run_delete(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf, steps.recorded(sf, "delete", "proposal", args.number):
        found = proposals.proposal_by_code(args.number)
        title = found.title
        proposals.delete_proposal(sf, found.id)
    say(
        tr,
        QT_TRANSLATE_NOOP(
            "CLI", "Proposal {code} “{title}” deleted; it stays in the file's history."
        ),
        code=args.number,
        title=title,
    )
    return EXIT_OK
