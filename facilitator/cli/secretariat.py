"""The secretariat's commands: similar proposals found and merged, the platforms' status."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from facilitator.cli.common import EXIT_OK, examples, opened, print_json, say, text
from facilitator.exchange.combine import merge_proposals
from facilitator.exchange.dashboard import NO_BUNDLE, NO_KIT, platform_statuses
from facilitator.exchange.similar import find_similar
from facilitator.messages import QT_TRANSLATE_NOOP, Translate
from facilitator.services import proposals


def add_commands(sub: Any, translate: Translate) -> None:
    group = sub.add_parser(
        "similar",
        help=translate("CLI", "find similar proposals of different platforms, or merge them"),
        **examples(
            translate,
            translate("CLI", "Without an action the groups of similar proposals are listed."),
            "facilitator similar forum.fsession",
        ),
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    p = group.add_parser(
        "list",
        help=translate("CLI", "list groups of similar proposals (the default)"),
        **examples(
            translate,
            translate(
                "CLI",
                "As the app finds them: titles of proposals of different platforms that match "
                "closely; each group with its score and each proposal's number and title.",
            ),
            "facilitator similar forum.fsession --json",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_similar)
    p = group.add_parser(
        "merge",
        help=translate("CLI", "merge proposals into one, as the app does"),
        **examples(
            translate,
            translate(
                "CLI",
                "The merged proposal is added to the first one's platform with its title (or "
                "--title), the originals become “merged”; dots are summed, counts kept per "
                "original, adopted when any original was adopted.",
            ),
            "facilitator similar merge forum.fsession 1.4 3.2 5.7",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--title", help=translate("CLI", "the merged proposal's title"))
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_merge)

    p = sub.add_parser(
        "status",
        help=translate("CLI", "the secretariat's overview of every platform"),
        **examples(
            translate,
            translate(
                "CLI",
                "Per platform: kits written, bundles merged, the last bundle's sequence and "
                "time, proposals, votes, open conflicts and what is missing.",
            ),
            "facilitator status forum.fsession --json",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_status)


def run_similar(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False):
        groups: list[dict[str, Any]] = [
            {
                "score": round(g.score, 1),
                "platforms": g.platforms,
                "proposals": [{"code": p.code, "title": p.title} for p in g.proposals],
            }
            for g in find_similar()
        ]
    if args.json:
        print_json(groups)
        return EXIT_OK
    if not groups:
        say(tr, QT_TRANSLATE_NOOP("CLI", "No similar proposals."))
    for index, group in enumerate(groups, start=1):
        say(
            tr,
            QT_TRANSLATE_NOOP("CLI", "Group {index} (similarity {score}%):"),
            index=index,
            score=group["score"],
        )
        for p in group["proposals"]:
            print(f"  {p['code']:>6}  {p['title']}")
    if groups:
        say(
            tr,
            QT_TRANSLATE_NOOP("CLI", "To merge a group: facilitator similar merge SESSION {codes}"),
            codes=" ".join(p["code"] for p in groups[0]["proposals"]),
        )
    return EXIT_OK


def run_merge(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        ids = [proposals.proposal_by_code(code).id for code in args.numbers]
        merged = proposals.proposal_row(merge_proposals(sf, ids, args.title or ""))
    if args.json:
        print_json({"merged": merged.code, "title": merged.title, "originals": args.numbers})
        return EXIT_OK
    say(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Merged {codes} into {code} “{title}”."),
        codes=", ".join(args.numbers),
        code=merged.code,
        title=merged.title,
    )
    return EXIT_OK


MISSING = {
    NO_KIT: QT_TRANSLATE_NOOP("CLI", "no kit written"),
    NO_BUNDLE: QT_TRANSLATE_NOOP("CLI", "no bundle merged"),
}


def run_status(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False):
        statuses = [asdict(s) for s in platform_statuses()]
    for s in statuses:
        del s["platform_id"]
    if args.json:
        print_json(statuses)
        return EXIT_OK
    for s in statuses:
        print(f"{s['number']:>3}. {s['title']}")
        say(
            tr,
            QT_TRANSLATE_NOOP(
                "CLI",
                "     kits {kits}, bundles {bundles}; proposals {proposals}, votes {votes}, "
                "open conflicts {conflicts}",
            ),
            **{k: s[k] for k in ("kits", "bundles", "proposals", "votes", "conflicts")},
        )
        if s["last_sequence"] is not None:
            say(
                tr,
                QT_TRANSLATE_NOOP(
                    "CLI", "     last bundle {sequence}, written {written}, merged {merged}"
                ),
                sequence=s["last_sequence"],
                written=_time(s["last_exported_at"]),
                merged=_time(s["last_imported_at"]),
            )
        if s["missing"]:
            missing = ", ".join(text(tr, MISSING[m]) for m in s["missing"])
            say(tr, QT_TRANSLATE_NOOP("CLI", "     missing: {missing}"), missing=missing)
    return EXIT_OK


def _time(stamp: str) -> str:
    return stamp[:16].replace("T", " ") + " UTC" if stamp else "—"
