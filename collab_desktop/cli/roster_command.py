"""``import-roster``, ``export-roster``, ``imports`` (history) and ``undo-import``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from collab_desktop.cli.output import print_json, print_records
from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-roster",
        help=translate("RosterCommand", "import contacts from an Excel or CSV roster"),
    )
    p.add_argument(
        "file", type=Path, help=translate("RosterCommand", ".xlsx, .xlsm, .xls, .ods or .csv file")
    )
    p.add_argument(
        "--collaborative",
        metavar="NAME",
        help=translate("RosterCommand", "people join this collaborative"),
    )
    p.add_argument(
        "--role",
        metavar="ROLE",
        default="",
        help=translate("RosterCommand", "their role (default: member)"),
    )
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help=translate("RosterCommand", "sheet to read (default: first with a header)"),
    )
    p.add_argument(
        "--on-existing",
        choices=("fill", "overwrite", "skip"),
        default="fill",
        help=translate(
            "RosterCommand", "existing contacts: fill empty fields (default), overwrite, or skip"
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("RosterCommand", "show what would happen; change nothing"),
    )
    p.add_argument(
        "--errors-out",
        type=Path,
        metavar="PATH",
        help=translate("RosterCommand", "save rejected rows as .xlsx"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("RosterCommand", "print one JSON object")
    )
    p.set_defaults(handler=run_import, prepare=start_reading)

    p = sub.add_parser(
        "export-roster", help=translate("RosterCommand", "export a roster to an .xlsx workbook")
    )
    p.add_argument("out", type=Path, help=translate("RosterCommand", "the .xlsx file to write"))
    p.add_argument(
        "--collaborative",
        metavar="NAME",
        help=translate("RosterCommand", "only this collaborative's members"),
    )
    p.add_argument(
        "--consented-only",
        action="store_true",
        help=translate("RosterCommand", "leave out contacts without recorded consent"),
    )
    p.set_defaults(handler=run_export)

    p = sub.add_parser(
        "imports", help=translate("RosterCommand", "list past roster imports (newest first)")
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("RosterCommand", "print JSON instead of a table"),
    )
    p.set_defaults(handler=run_history)

    p = sub.add_parser(
        "undo-import",
        help=translate("RosterCommand", "undo a roster import (see 'imports' for ids)"),
    )
    p.add_argument("batch_id", type=int, metavar="BATCH_ID")
    p.set_defaults(handler=run_undo)


def _collaborative_id(db: Database, name: str | None) -> int | None:
    if not name:
        return None
    from collab_desktop.services.directory.collaboratives import collaborative_by_name

    return collaborative_by_name(db, name).id


def start_reading(args: argparse.Namespace) -> None:
    """Read the roster file on a thread while the database layer loads and the database opens."""
    from collab_desktop.io.roster_reader import read_roster_in_background

    args.reading = read_roster_in_background(args.file, args.sheet)


def _say_waiting(message: str) -> None:
    """While another import holds the database: say so on stderr, at once."""
    print(message, file=sys.stderr, flush=True)


def run_import(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.domain.import_records import ImportOptions
    from collab_desktop.services.rosters.roster_import import import_roster, rematched_message

    options = ImportOptions(
        policy=args.on_existing,
        collaborative_id=_collaborative_id(db, args.collaborative),
        role=args.role.strip(),
    )
    source = getattr(args, "reading", None) or args.file  # the read start_reading began
    plan, result = import_roster(
        db, source, options, sheet=args.sheet, dry_run=args.dry_run, waiting=_say_waiting
    )
    if args.errors_out is not None and plan.errors:
        from collab_desktop.io.roster_export import write_rejected_rows

        write_rejected_rows(plan, args.errors_out)
    if args.json:
        data = result.as_json()
        data["dry_run"] = args.dry_run
        print_json(data)
        return 0
    if args.dry_run:
        done = translate(
            "RosterCommand",
            "{name}: would add {added}, updated {updated}, unchanged {unchanged}, "
            "duplicates in file {duplicates}, errors {count_errors}",
        )
    else:
        done = translate(
            "RosterCommand",
            "{name}: added {added}, updated {updated}, unchanged {unchanged}, "
            "duplicates in file {duplicates}, errors {count_errors}",
        )
    print(
        done.format(
            name=args.file.name,
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
            duplicates=result.duplicates,
            count_errors=len(result.errors),
        )
    )
    if result.rematched:
        print(rematched_message(result.rematched))
    for row, message in result.errors:
        print(
            translate("RosterCommand", "  row {row}: {message}").format(row=row, message=message),
            file=sys.stderr,
        )
    if result.batch_id is not None:
        print(
            translate(
                "RosterCommand", "import {batch_id}; undo with: undo-import {batch_id}"
            ).format(batch_id=result.batch_id)
        )
    return 0


def run_export(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.rosters.roster_export import export_roster

    if args.out.suffix.lower() != ".xlsx":
        from collab_desktop.cli import CliError

        raise CliError(
            translate(
                "RosterCommand", "{name}: the roster is written as .xlsx; name the file *.xlsx."
            ).format(name=args.out.name)
        )
    count = export_roster(
        db,
        args.out,
        _collaborative_id(db, args.collaborative),
        include_without_consent=not args.consented_only,
    )
    print(
        translate("RosterCommand", "wrote {count} rows to {out}").format(count=count, out=args.out)
    )
    return 0


def run_history(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.rosters.import_history import list_imports

    items = list_imports(db)
    print_records(
        items,
        args.json,
        lambda b: {
            "id": b.id,
            "file_name": b.file_name,
            "imported_at": b.imported_at,
            "collaborative": b.collaborative_name,
            "added": b.added,
            "updated": b.updated,
            "unchanged": b.unchanged,
            "errors": b.errors,
            "undone_at": b.undone_at,
        },
        [
            translate("RosterCommand", "id"),
            translate("RosterCommand", "imported"),
            translate("RosterCommand", "file"),
            translate("RosterCommand", "added"),
            translate("RosterCommand", "updated"),
            translate("RosterCommand", "errors"),
            translate("RosterCommand", "undone"),
        ],
        lambda b: (
            b.id,
            b.imported_at.strftime("%Y-%m-%d %H:%M"),
            b.file_name,
            b.added,
            b.updated,
            b.errors,
            "yes" if b.undone_at else "",
        ),
    )
    return 0


def run_undo(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.rosters.import_history import undo_import

    batch = undo_import(db, args.batch_id)
    print(
        translate("RosterCommand", "undid import {id} ({file_name})").format(
            id=batch.id, file_name=batch.file_name
        )
    )
    return 0
