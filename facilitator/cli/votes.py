"""Commands on votes: import a counted vote, print the results."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facilitator.cli.common import (
    EXIT_OK,
    examples,
    opened,
    platform_filter,
    platform_option,
    print_json,
    say,
    text,
)
from facilitator.importing.votes import import_votes
from facilitator.messages import QT_TRANSLATE_NOOP, Translate
from facilitator.services import platforms
from facilitator.services.proposals import proposal_row
from facilitator.services.results import results_report
from facilitator.voting import CRITERION_TITLES, METHOD_TITLES, QUADRANT_TITLES, RESULT_TITLES


def add_commands(sub: Any, translate: Translate) -> None:
    group = sub.add_parser("votes", help=translate("CLI", "import votes counted elsewhere"))
    actions = group.add_subparsers(dest="action", required=True)
    p = actions.add_parser(
        "import",
        help=translate("CLI", "record a counted vote from CSV or XLSX"),
        **examples(
            translate,
            translate(
                "CLI",
                "The columns decide the method: item / Пункт with for / За, against / Против, "
                "abstain / Воздержались (a count); item with dots / Точки; item with effect / "
                "Эффект, feasibility / Реализуемость and optionally raters / Оценивших; voter / "
                "Участник, item, choice / Голос (named ballots); voter with ranking / "
                "Ранжирование such as 3 > 1 = 2. Voters must be marked present.",
            ),
            "facilitator votes import forum.fsession --platform 3 count.xlsx",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    platform_option(p, translate)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_import)

    p = sub.add_parser(
        "results",
        help=translate("CLI", "print the results of the votes"),
        **examples(
            translate,
            translate(
                "CLI",
                "Per platform each vote: method, round, status, present of registered, and each "
                "item's figures and outcome.",
            ),
            "facilitator results forum.fsession --platform 3 --json",
        ),
    )
    p.add_argument("path", type=Path, metavar="PATH")
    platform_filter(p, translate)
    p.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    p.set_defaults(run=run_results)


def run_import(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path) as sf:
        results = import_votes(sf, platforms.platform_by_number(args.platform), args.file)
        by_code = {proposal_row(pid).code: figures for pid, figures in results.items()}
    if args.json:
        print_json({"platform": args.platform, "items": by_code})
        return EXIT_OK
    say(
        tr, QT_TRANSLATE_NOOP("CLI", "Vote recorded and closed: {count} items."), count=len(results)
    )
    return EXIT_OK


def run_results(args: argparse.Namespace, tr: Translate) -> int:
    with opened(args.path, write=False) as sf:
        del sf
        report = results_report(args.platform)
    if args.json:
        print_json(report)
        return EXIT_OK
    for platform in report["platforms"]:
        print(f"\n{platform['number']}. {platform['title']}")
        if not platform["votes"]:
            say(tr, QT_TRANSLATE_NOOP("CLI", "   no votes yet"))
        for vote in platform["votes"]:
            _print_vote(vote, tr)
    return EXIT_OK


def _print_vote(vote: dict[str, Any], tr: Translate) -> None:
    say(
        tr,
        QT_TRANSLATE_NOOP(
            "CLI", "   {method}, round {round} ({status}); present {present} of {registered}"
        ),
        method=tr(VOTING, METHOD_TITLES[vote["method"]]),
        round=vote["round"],
        status=text(tr, STATUS[vote["status"]]),
        present=vote["present"],
        registered=vote["registered"],
    )
    for item in vote["items"]:
        print(f"     {item['code']:>6}  {figures_text(item, tr)}  {item['title']}")


VOTING = "Voting"  # the engine's labels' context (a name: lupdate must not read it as a text)
STATUS = {"open": QT_TRANSLATE_NOOP("CLI", "open"), "closed": QT_TRANSLATE_NOOP("CLI", "closed")}


def figures_text(item: dict[str, Any], tr: Translate) -> str:
    if "result" in item:
        return text(
            tr,
            QT_TRANSLATE_NOOP("CLI", "{for_}/{against}/{abstain} → {result}"),
            for_=item["for"],
            against=item["against"],
            abstain=item["abstain"],
            result=tr(VOTING, RESULT_TITLES[item["result"]]),
        )
    if "dots" in item:
        return text(
            tr,
            QT_TRANSLATE_NOOP("CLI", "#{rank}: {dots} dots"),
            rank=item["rank"],
            dots=item["dots"],
        )
    if "means" in item:
        means = ", ".join(
            f"{tr(VOTING, CRITERION_TITLES.get(k, k))} {v:.1f}" for k, v in item["means"].items()
        )
        quadrant = tr(VOTING, QUADRANT_TITLES[item["quadrant"]]) if item["quadrant"] else ""
        return f"{means} {quadrant}".strip()
    return text(
        tr,
        QT_TRANSLATE_NOOP("CLI", "Schulze #{schulze}, Borda #{borda} ({points} points)"),
        schulze=item["schulze_rank"],
        borda=item["borda_rank"],
        points=item["borda_points"],
    )
