"""``cancel`` (a registration; the first person waiting moves up) and ``mark`` (attendance)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.cli.output import print_json
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import vocabulary_label

if TYPE_CHECKING:
    from collab_desktop.store.database import Database

# What ``mark`` accepts (collab_desktop.domain.vocab.MARK_STATUSES, not imported at parse time).
MARKS = ("attended", "excused", "absent", "registered")


def register(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "cancel",
        help=translate(
            "AttendanceCommand", "cancel a registration (the first person waiting moves up)"
        ),
    )
    c.add_argument("--session", required=True, type=int, metavar="ID")
    c.add_argument("--email", required=True, metavar="EMAIL")
    c.add_argument(
        "--json",
        action="store_true",
        help=translate("AttendanceCommand", "print who was cancelled and who moved up"),
    )
    c.set_defaults(handler=run_cancel)

    m = sub.add_parser(
        "mark", help=translate("AttendanceCommand", "mark a person's attendance at a session")
    )
    m.add_argument("--session", required=True, type=int, metavar="ID")
    m.add_argument("--email", required=True, metavar="EMAIL")
    m.add_argument("--status", required=True, choices=MARKS)
    m.add_argument(
        "--json",
        action="store_true",
        help=translate("AttendanceCommand", "print the status as JSON"),
    )
    m.set_defaults(handler=run_mark)


def run_cancel(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.directory.contacts import contact_by_email
    from collab_desktop.services.sessions.sessions import get_session
    from collab_desktop.services.sessions.waitlist import cancel

    session = get_session(db, args.session)
    contact = contact_by_email(db, args.email)
    change = cancel(db, session.id, contact.id)
    promoted = change.promoted[0] if change.promoted else None
    if args.json:
        print_json({"cancelled": contact.email, "promoted": promoted.email if promoted else None})
        return 0
    print(
        translate("AttendanceCommand", "Cancelled {display_name} for session {id}.").format(
            display_name=contact.display_name, id=session.id
        )
    )
    if promoted is not None:
        print(
            translate("AttendanceCommand", "{name} moved up from the waitlist.").format(
                name=promoted.name
            )
        )
    return 0


def run_mark(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.directory.contacts import contact_by_email
    from collab_desktop.services.sessions.registrations import list_registrations, set_status
    from collab_desktop.services.sessions.sessions import get_session

    session = get_session(db, args.session)
    contact = contact_by_email(db, args.email)
    reg = next((r for r in list_registrations(db, session.id) if r.contact_id == contact.id), None)
    if reg is None or reg.status == "cancelled":
        raise CliError(
            translate(
                "AttendanceCommand",
                "{email} is not registered for session {id}; sign them up first (signup).",
            ).format(email=contact.email, id=session.id)
        )
    rec = set_status(db, reg.id, args.status)
    if args.json:
        print_json({"status": rec.status})
    else:
        print(
            translate(
                "AttendanceCommand", "Marked {display_name} {status} for session {id}."
            ).format(
                display_name=contact.display_name,
                status=vocabulary_label(rec.status),
                id=session.id,
            )
        )
    return 0
