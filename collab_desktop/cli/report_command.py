"""``report [OUT.xlsx] [--json] [--collaborative NAME] [--from DATE] [--to DATE]
[--min-attended N]``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.cli.arguments import iso_date, positive_int
from collab_desktop.cli.output import print_json
from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from pathlib import Path

    from collab_desktop.domain.report_records import Report, SessionAttendance
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help=translate(
            "ReportCommand",
            "write the reports (members, attendance, retention, mix, ...) to an Excel file",
        ),
    )
    p.add_argument(
        "out",
        metavar="OUT.xlsx",
        nargs="?",
        help=translate("ReportCommand", "the workbook to write"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "ReportCommand", "print the attendance summary and each session's figures as JSON"
        ),
    )
    p.add_argument(
        "--collaborative",
        metavar="NAME",
        help=translate("ReportCommand", "only this collaborative"),
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=iso_date,
        metavar="DATE",
        help=translate("ReportCommand", "first day"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=iso_date,
        metavar="DATE",
        help=translate("ReportCommand", "last day"),
    )
    p.add_argument(
        "--min-attended",
        type=positive_int,
        default=3,
        metavar="N",
        help=translate(
            "ReportCommand", "list people who attended at least N sessions of a series (default 3)"
        ),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, db: Database) -> int:
    from pathlib import Path

    from collab_desktop.cli import CliError
    from collab_desktop.domain.report_records import ReportFilter
    from collab_desktop.io.report_export import export_report
    from collab_desktop.services.directory.collaboratives import collaborative_by_name
    from collab_desktop.services.reports.reports import build_report

    if args.out is None and not args.json:
        raise CliError(
            translate("ReportCommand", "name the workbook to write (OUT.xlsx), or ask for --json.")
        )
    out = Path(args.out).expanduser() if args.out is not None else None
    if out is not None and out.suffix.lower() != ".xlsx":
        raise CliError(
            translate("ReportCommand", "the report file must end in .xlsx: {out}").format(
                out=args.out
            )
        )
    if out is not None and not out.parent.is_dir():
        raise CliError(
            translate("ReportCommand", "no such folder: {parent}").format(parent=out.parent)
        )
    collab_id = collaborative_by_name(db, args.collaborative).id if args.collaborative else None
    flt = ReportFilter(collab_id, args.date_from, args.date_to)
    report = build_report(db, flt, args.min_attended)
    if out is not None:
        export_report(report, out)
    if args.json:
        print_json(attendance_json(report, out))
        return 0
    print(
        translate(
            "ReportCommand",
            "Wrote {out}: {scope}; {active} active members, {count_sessions} sessions, {attended} attendances.",
        ).format(
            out=out,
            scope=report.scope,
            active=report.members.active,
            count_sessions=len(report.sessions),
            attended=report.attended,
        )
    )
    return 0


def attendance_json(report: Report, out: Path | None) -> dict:
    """The attendance summary: rate = attended / (attended + absent), excused apart."""
    from collab_desktop.domain.report_records import RATE_RULE

    def figures(x: Report | SessionAttendance) -> dict:
        return {
            "registered": x.registered,
            "attended": x.attended,
            "excused": x.excused,
            "absent": x.absent,
            "not_yet_marked": x.unmarked,
            "rate": None if x.rate is None else round(x.rate, 4),
        }

    return {
        "scope": report.scope,
        "written": str(out) if out is not None else None,
        "rate_is": RATE_RULE,
        "sessions": len(report.sessions),
        **figures(report),
        "per_session": [
            {
                "id": x.session_id,
                "date": x.day.isoformat(),
                "title": x.title,
                "collaborative": x.collaborative,
                **figures(x),
                "waitlisted": x.waitlisted,
            }
            for x in report.sessions
        ],
    }
