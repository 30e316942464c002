"""``list collaboratives|contacts|sessions|attendance|at-risk``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.cli.output import print_records
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import vocabulary_label

if TYPE_CHECKING:
    from collab_desktop.store.database import Database

WHAT = ("collaboratives", "contacts", "sessions", "attendance", "at-risk")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "list",
        help=translate(
            "ListCommand",
            "list collaboratives, contacts, sessions, a session's attendance, or members at risk of drifting away",
        ),
    )
    p.add_argument("what", choices=WHAT)
    p.add_argument(
        "--session",
        type=int,
        metavar="ID",
        help=translate("ListCommand", "session id (for attendance)"),
    )
    p.add_argument(
        "--collaborative", metavar="NAME", help=translate("ListCommand", "only this collaborative")
    )
    p.add_argument(
        "--missed",
        type=int,
        metavar="N",
        help=translate(
            "ListCommand",
            "at-risk: members whose last N sessions (registered, over) were all missed (default 3)",
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("ListCommand", "print JSON instead of a table"),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, db: Database) -> int:
    if args.what == "attendance":
        return _attendance(args, db)
    collab_id = _collaborative_id(db, args.collaborative)
    return {
        "collaboratives": _collaboratives,
        "contacts": _contacts,
        "sessions": _sessions,
        "at-risk": _at_risk,
    }[args.what](args, db, collab_id)


def _collaborative_id(db: Database, name: str | None) -> int | None:
    if not name:
        return None
    from collab_desktop.services.directory.collaboratives import collaborative_by_name

    return collaborative_by_name(db, name).id


def _collaboratives(args: argparse.Namespace, db: Database, collab_id: int | None) -> int:
    from collab_desktop.services.directory.collaboratives import list_collaboratives

    items = [c for c in list_collaboratives(db) if collab_id is None or c.id == collab_id]
    print_records(
        items,
        args.json,
        lambda c: {
            "id": c.id,
            "name": c.name,
            "short_name": c.short_name,
            "kind": c.kind,
            "focus": c.focus,
            "status": c.status,
            "start_date": c.start_date,
            "sponsor": c.sponsor,
            "description": c.description,
            "colour": c.colour,
            "members": c.member_count,
        },
        [
            translate("ListCommand", "id"),
            translate("ListCommand", "name"),
            translate("ListCommand", "kind"),
            translate("ListCommand", "status"),
            translate("ListCommand", "members"),
        ],
        lambda c: (
            c.id,
            c.name,
            vocabulary_label(c.kind),
            vocabulary_label(c.status),
            c.member_count,
        ),
    )
    return 0


def _contacts(args: argparse.Namespace, db: Database, collab_id: int | None) -> int:
    from collab_desktop.services.directory.contacts import list_contacts

    items = list_contacts(db, collaborative_id=collab_id)
    print_records(
        items,
        args.json,
        lambda c: {
            "id": c.id,
            "version": c.version,
            "first_name": c.first_name,
            "last_name": c.last_name,
            "email": c.email,
            "organization": c.organization,
            "participant_type": c.participant_type,
            "collaboratives": c.collaboratives,
        },
        [
            translate("ListCommand", "id"),
            translate("ListCommand", "name"),
            translate("ListCommand", "email"),
            translate("ListCommand", "organization"),
        ],
        lambda c: (c.id, f"{c.first_name} {c.last_name}".strip(), c.email, c.organization),
    )
    return 0


def _sessions(args: argparse.Namespace, db: Database, collab_id: int | None) -> int:
    from collab_desktop.services.sessions.sessions import list_sessions

    items = list_sessions(db, collaborative_id=collab_id)
    print_records(
        items,
        args.json,
        lambda s: {
            "id": s.id,
            "collaborative": s.collaborative_name,
            "title": s.title,
            "kind": s.kind,
            "start": s.start,
            "end": s.end,
            "location": s.location,
            "series_id": s.series_id,
            "cancelled": s.cancelled,
            "held_on_old_day": s.held_on_old_day,
        },
        [
            translate("ListCommand", "id"),
            translate("ListCommand", "start"),
            translate("ListCommand", "collaborative"),
            translate("ListCommand", "title"),
            translate("ListCommand", "location"),
        ],
        lambda s: (
            s.id,
            s.start.strftime("%Y-%m-%d %H:%M") if s.start else "",
            s.collaborative_name,
            s.title + s.state_note(),
            s.location,
        ),
    )
    return 0


def _attendance(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.sessions.registrations import list_registrations

    if args.session is None:
        raise CliError(
            translate(
                "ListCommand",
                "list attendance needs --session ID (run 'list sessions' to see the ids).",
            )
        )
    items = list_registrations(db, args.session)
    print_records(
        items,
        args.json,
        lambda r: {
            "email": r.email,
            "first_name": r.first_name,
            "last_name": r.last_name,
            "status": r.status,
            # Only waitlisted people have a place in line (1 is next to move up).
            **({"waitlist_position": r.waitlist_position} if r.waitlist_position else {}),
        },
        [
            translate("ListCommand", "name"),
            translate("ListCommand", "email"),
            translate("ListCommand", "status"),
        ],
        lambda r: (
            f"{r.first_name} {r.last_name}".strip(),
            r.email,
            (
                f"{vocabulary_label(r.status)} {r.waitlist_position}"
                if r.waitlist_position
                else vocabulary_label(r.status)
            ),
        ),
    )
    return 0


def _at_risk(args: argparse.Namespace, db: Database, collab_id: int | None) -> int:
    from collab_desktop.services.reports.at_risk import DEFAULT_MISSED, at_risk_members

    missed = DEFAULT_MISSED if args.missed is None else args.missed
    items = at_risk_members(db, collaborative_id=collab_id, missed=missed)
    print_records(
        items,
        args.json,
        lambda m: {
            "email": m.email,
            "name": m.name,
            "collaborative": m.collaborative,
            "missed": m.missed,
            "last_attended": m.last_attended,
        },
        [
            translate("ListCommand", "name"),
            translate("ListCommand", "email"),
            translate("ListCommand", "collaborative"),
            translate("ListCommand", "missed"),
            translate("ListCommand", "last attended"),
        ],
        lambda m: (
            m.name,
            m.email,
            m.collaborative,
            m.missed,
            m.last_attended or translate("ListCommand", "never"),
        ),
    )
    return 0
