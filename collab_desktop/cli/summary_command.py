"""``summary OUT.pdf [--collaborative NAME] [--from DATE] [--to DATE] [--min-attended N]
[--paper a4|letter] [--json]``: the one-page PDF summary for the sponsor."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.cli.arguments import iso_date, positive_int
from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "summary",
        help=translate(
            "SummaryCommand",
            "write the one-page PDF summary of the reports (figures, charts, a table)",
        ),
    )
    p.add_argument("out", metavar="OUT.pdf", help=translate("SummaryCommand", "the PDF to write"))
    p.add_argument(
        "--collaborative",
        metavar="NAME",
        help=translate("SummaryCommand", "only this collaborative"),
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=iso_date,
        metavar="DATE",
        help=translate("SummaryCommand", "first day"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=iso_date,
        metavar="DATE",
        help=translate("SummaryCommand", "last day"),
    )
    p.add_argument("--min-attended", type=positive_int, default=3, metavar="N",
                   help=translate("SummaryCommand", "count people who attended at least N sessions of a series (default 3)"))  # fmt: skip
    p.add_argument("--paper", choices=("a4", "letter"),
                   help=translate("SummaryCommand", "paper size (default: from the locale, Letter in the US and Canada)"))  # fmt: skip
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("SummaryCommand", "print what was written as JSON"),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, db: Database) -> int:
    from dataclasses import asdict
    from pathlib import Path

    from collab_desktop.cli import CliError
    from collab_desktop.cli.output import print_json
    from collab_desktop.domain.report_records import ReportFilter
    from collab_desktop.services.directory.collaboratives import collaborative_by_name
    from collab_desktop.services.reports.summary import export_summary

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        raise CliError(
            translate("SummaryCommand", "the summary file must end in .pdf: {out}").format(
                out=args.out
            )
        )
    if not out.parent.is_dir():
        raise CliError(
            translate("SummaryCommand", "no such folder: {parent}").format(parent=out.parent)
        )
    collab_id = collaborative_by_name(db, args.collaborative).id if args.collaborative else None
    flt = ReportFilter(collab_id, args.date_from, args.date_to)
    done = export_summary(db, out, flt, args.min_attended, args.paper)
    if args.json:
        print_json(asdict(done))
    else:
        print(
            translate(
                "SummaryCommand",
                "Wrote {file} ({paper}): {title}, {subtitle}; {active_members} active members, {sessions} sessions, {attended} attendances.",
            ).format(
                file=done.file,
                paper=done.paper,
                title=done.title,
                subtitle=done.subtitle,
                active_members=done.active_members,
                sessions=done.sessions,
                attended=done.attended,
            )
        )
    return 0
