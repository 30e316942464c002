"""``export-signup`` (printable sheet), ``import-attendance`` (the filled sheet) and ``export-ics``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from collab_desktop.cli.output import print_json

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-signup", help="write a printable sign-up sheet (.xlsx)")
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--session", required=True, type=int, metavar="ID")
    p.add_argument("--blank-rows", type=int, default=10, metavar="N", help="walk-in rows")
    p.add_argument(
        "--consented-only",
        action="store_true",
        help="leave out people without recorded consent",
    )
    p.set_defaults(handler=run_export)

    i = sub.add_parser("import-attendance", help="record attendance from a filled-in sheet")
    i.add_argument("file", metavar="FILE")
    i.add_argument("--session", required=True, type=int, metavar="ID")
    i.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    i.add_argument("--json", action="store_true", help="print the counts as JSON")
    i.set_defaults(handler=run_import)

    c = sub.add_parser("export-ics", help="write sessions to a calendar file (.ics)")
    c.add_argument("out", metavar="OUT.ics")
    c.add_argument("--collaborative", metavar="NAME")
    c.add_argument("--session", type=int, metavar="ID")
    c.add_argument("--series", metavar="ID", help="a series id (see list sessions --json)")
    c.set_defaults(handler=run_ics)


def run_export(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.sessions.signup_sheets import export_signup_sheet

    if args.blank_rows < 0 or args.blank_rows > 500:
        raise CliError("--blank-rows must be between 0 and 500.")
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise CliError(f"{out.name}: the sign-up sheet is an Excel file; name it .xlsx.")
    path = export_signup_sheet(
        db, args.session, out, args.blank_rows, include_without_consent=not args.consented_only
    )
    print(f"Wrote {path}")
    return 0


def run_import(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.sessions.signup_sheets import apply_attendance, preview_attendance

    preview = preview_attendance(db, Path(args.file), args.session)
    counts = preview.counts() if args.dry_run else apply_attendance(db, preview)
    if args.json:
        print_json({**counts, "dry_run": args.dry_run, "problems": preview.problems})
        return 0
    verb = "Would record" if args.dry_run else "Recorded"
    print(
        f"{verb}: {counts['attended']} attended, {counts['absent']} absent, "
        f"walk-ins added: {counts['walk_ins_added']} "
        f"(new contacts: {counts['contacts_created']})."
    )
    for problem in preview.problems:
        print(f"note: {problem}")
    return 0


def run_ics(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.directory.collaboratives import collaborative_by_name
    from collab_desktop.services.sessions.calendar_export import export_calendar

    collab_id = collaborative_by_name(db, args.collaborative).id if args.collaborative else None
    count = export_calendar(
        db,
        Path(args.out),
        session_id=args.session,
        series_id=args.series,
        collaborative_id=collab_id,
    )
    print(f"Wrote {count} event{'s' if count != 1 else ''} to {args.out}")
    return 0
