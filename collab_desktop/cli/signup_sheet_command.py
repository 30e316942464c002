"""``export-signup`` (printable sheet), ``import-attendance`` (the filled sheet) and ``export-ics``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from collab_desktop.cli.output import print_json
from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export-signup",
        help=translate("SignupSheetCommand", "write a printable sign-up sheet (.xlsx)"),
    )
    p.add_argument("out", metavar="OUT.xlsx")
    p.add_argument("--session", required=True, type=int, metavar="ID")
    p.add_argument(
        "--blank-rows",
        type=int,
        default=10,
        metavar="N",
        help=translate("SignupSheetCommand", "walk-in rows"),
    )
    p.add_argument(
        "--consented-only",
        action="store_true",
        help=translate("SignupSheetCommand", "leave out people without recorded consent"),
    )
    p.set_defaults(handler=run_export)

    i = sub.add_parser(
        "import-attendance",
        help=translate(
            "SignupSheetCommand",
            "record attendance from a filled-in sheet or a Zoom or Teams attendance report",
        ),
    )
    i.add_argument("file", metavar="FILE")
    i.add_argument("--session", required=True, type=int, metavar="ID")
    i.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("SignupSheetCommand", "show what would change, change nothing"),
    )
    i.add_argument(
        "--json",
        action="store_true",
        help=translate("SignupSheetCommand", "print the counts as JSON"),
    )
    i.add_argument(
        "--min-minutes",
        type=float,
        metavar="N",
        help=translate("SignupSheetCommand", "minutes in the meeting to count"),
    )
    i.add_argument(
        "--min-share",
        type=float,
        metavar="F",
        help=translate("SignupSheetCommand", "share of the session to count (default 0.5)"),
    )
    i.add_argument(
        "--add-unmatched",
        action="store_true",
        help=translate("SignupSheetCommand", "add unknown people as contacts and walk-ins"),
    )
    i.add_argument(
        "--force",
        action="store_true",
        help=translate("SignupSheetCommand", "read a report of another day anyway"),
    )
    i.set_defaults(handler=run_import)

    c = sub.add_parser(
        "export-ics",
        help=translate("SignupSheetCommand", "write sessions to a calendar file (.ics)"),
    )
    c.add_argument("out", metavar="OUT.ics")
    c.add_argument("--collaborative", metavar="NAME")
    c.add_argument("--session", type=int, metavar="ID")
    c.add_argument(
        "--series",
        metavar="ID",
        help=translate("SignupSheetCommand", "a series id (see list sessions --json)"),
    )
    c.set_defaults(handler=run_ics)


def run_export(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.sessions.signup_sheets import export_signup_sheet

    if args.blank_rows < 0 or args.blank_rows > 500:
        raise CliError(translate("SignupSheetCommand", "--blank-rows must be between 0 and 500."))
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise CliError(
            translate(
                "SignupSheetCommand", "{name}: the sign-up sheet is an Excel file; name it .xlsx."
            ).format(name=out.name)
        )
    path = export_signup_sheet(
        db, args.session, out, args.blank_rows, include_without_consent=not args.consented_only
    )
    print(translate("SignupSheetCommand", "Wrote {path}").format(path=path))
    return 0


def run_import(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.sessions.signup_sheets import (
        apply_attendance,
        is_signup_sheet,
        preview_attendance,
    )

    if not is_signup_sheet(Path(args.file)):
        return _import_meeting_report(args, db)

    preview = preview_attendance(db, Path(args.file), args.session)
    counts = preview.counts() if args.dry_run else apply_attendance(db, preview)
    if args.json:
        print_json({**counts, "dry_run": args.dry_run, "problems": preview.problems})
        return 0
    if args.dry_run:
        done = translate(
            "SignupSheetCommand",
            "Would record: {attended} attended, {absent} absent, "
            "walk-ins added: {walk_ins_added} (new contacts: {contacts_created}).",
        )
    else:
        done = translate(
            "SignupSheetCommand",
            "Recorded: {attended} attended, {absent} absent, "
            "walk-ins added: {walk_ins_added} (new contacts: {contacts_created}).",
        )
    print(
        done.format(
            attended=counts["attended"],
            absent=counts["absent"],
            walk_ins_added=counts["walk_ins_added"],
            contacts_created=counts["contacts_created"],
        )
    )
    for problem in preview.problems:
        print(translate("SignupSheetCommand", "note: {problem}").format(problem=problem))
    return 0


def _import_meeting_report(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.sessions.meeting_attendance import (
        apply_meeting_attendance,
        preview_meeting_attendance,
    )

    preview = preview_meeting_attendance(
        db, Path(args.file), args.session, args.min_minutes, args.min_share, args.force
    )
    if args.dry_run:
        counts = preview.counts(args.add_unmatched)
    else:
        counts = apply_meeting_attendance(db, preview, args.add_unmatched)
    if args.json:
        print_json(counts)
        return 0
    if args.dry_run:
        done = translate(
            "SignupSheetCommand",
            "Would record from the {source} report: {attended} attended "
            "(walk-ins: {walk_ins}); at least {min_minutes:g} minutes counted.",
        )
    else:
        done = translate(
            "SignupSheetCommand",
            "Recorded from the {source} report: {attended} attended "
            "(walk-ins: {walk_ins}); at least {min_minutes:g} minutes counted.",
        )
    print(
        done.format(
            source=preview.source.title(),
            attended=counts["attended"],
            walk_ins=counts["walk_ins"],
            min_minutes=preview.min_minutes,
        )
    )
    for person in preview.attended + preview.below_minimum:
        print(
            translate("SignupSheetCommand", "  {minutes:6.1f} min  {name}").format(
                minutes=person.minutes, name=person.name
            )
        )
    for label in counts["below_minimum"]:
        print(
            translate(
                "SignupSheetCommand", "below the minimum (kept as they were): {label}"
            ).format(label=label)
        )
    for label in counts["unmatched"]:
        print(
            translate(
                "SignupSheetCommand", "not matched (left out; --add-unmatched adds them): {label}"
            ).format(label=label)
        )
    for person in counts["ambiguous"]:
        print(
            translate(
                "SignupSheetCommand",
                "ambiguous (left out; several contacts have this name): {name} could be {candidates}",
            ).format(
                name=person["name"],
                candidates=", ".join(e or "(no e-mail)" for e in person["candidates"]),
            )
        )
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
    if count == 1:
        done = translate("SignupSheetCommand", "Wrote 1 event to {out}")
    else:
        done = translate("SignupSheetCommand", "Wrote %n events to {out}", None, count)
    print(done.format(out=args.out))
    return 0
