"""``add-session`` (single or recurring, with an optional follow-up) and ``signup``."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from collab_desktop.cli.output import print_json
from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database

ALL = ("all", "all collaboratives")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "add-session", help=translate("SessionCommand", "add a session or a recurring series")
    )
    p.add_argument(
        "--collaborative",
        required=True,
        metavar="NAME",
        help=translate("SessionCommand", "name, short name, or 'all'"),
    )
    p.add_argument("--title", required=True, metavar="TEXT")
    p.add_argument(
        "--start",
        required=True,
        metavar="YYYY-MM-DDTHH:MM",
        help=translate("SessionCommand", "local time"),
    )
    p.add_argument(
        "--end",
        required=True,
        metavar="YYYY-MM-DDTHH:MM",
        help=translate("SessionCommand", "local time"),
    )
    p.add_argument("--kind", default="learning seminar", metavar="K")
    p.add_argument("--location", default="", metavar="L")
    p.add_argument("--presenters", default="", metavar="TEXT")
    p.add_argument("--capacity", type=int, metavar="N")
    p.add_argument("--restricted-role", default="", metavar="ROLE")
    p.add_argument(
        "--repeat",
        metavar="RRULE",
        help=translate("SessionCommand", "e.g. FREQ=MONTHLY;BYDAY=2TU;COUNT=12"),
    )
    p.add_argument(
        "--followup",
        metavar="TITLE",
        help=translate("SessionCommand", "also add a linked follow-up session"),
    )
    p.add_argument("--followup-minutes", type=int, default=60, metavar="N")
    p.add_argument("--followup-role", default="scientist", metavar="ROLE")
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("SessionCommand", "print the created sessions as JSON"),
    )
    p.set_defaults(handler=run_add)

    s = sub.add_parser(
        "signup",
        help=translate("SessionCommand", "register a contact for a session (or its whole series)"),
    )
    s.add_argument("--session", required=True, type=int, metavar="ID")
    s.add_argument("--email", required=True, metavar="EMAIL")
    s.add_argument(
        "--series",
        action="store_true",
        help=translate("SessionCommand", "sign up for every future occurrence"),
    )
    s.add_argument(
        "--any-role",
        action="store_true",
        help=translate(
            "SessionCommand", "register someone outside the role a session is restricted to"
        ),
    )
    s.add_argument(
        "--json",
        action="store_true",
        help=translate("SessionCommand", "print the status (and waitlist place)"),
    )
    s.set_defaults(handler=run_signup)


def parse_local(text: str, option: str) -> datetime:
    """A naive time is a local wall-clock time in the workstation's zone."""
    from collab_desktop.cli import CliError
    from collab_desktop.domain.timezones import localize

    try:
        return localize(datetime.fromisoformat(text.strip()))
    except ValueError as exc:
        raise CliError(
            translate(
                "SessionCommand", "{option} must look like 2026-01-13T12:00 (got {text!r})."
            ).format(option=option, text=text)
        ) from exc


def session_json(rec) -> dict:  # noqa: ANN001 - SessionRecord
    return {
        "id": rec.id,
        "collaborative": rec.collaborative_name,
        "title": rec.title,
        "kind": rec.kind,
        "start": rec.start,
        "end": rec.end,
        "location": rec.location,
        "presenters": rec.presenters,
        "capacity": rec.capacity,
        "series_id": rec.series_id,
        "followup_of_id": rec.followup_of_id,
        "restricted_role": rec.restricted_role,
        "cancelled": rec.cancelled,
    }


def run_add(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.domain.series_records import FollowupPlan
    from collab_desktop.services.directory.collaboratives import collaborative_by_name
    from collab_desktop.services.sessions.conflicts import conflicts_for_sessions
    from collab_desktop.services.sessions.series import create_followup_session, create_series
    from collab_desktop.services.sessions.sessions import save_session

    collab_id = None
    if args.collaborative.strip().lower() not in ALL:
        collab_id = collaborative_by_name(db, args.collaborative).id
    template = SessionRecord(
        collaborative_id=collab_id,
        title=args.title,
        kind=args.kind,
        start=parse_local(args.start, "--start"),
        end=parse_local(args.end, "--end"),
        location=args.location,
        presenters=args.presenters,
        capacity=args.capacity,
        restricted_role=args.restricted_role,
    )
    followup = None
    if args.followup:
        followup = FollowupPlan(
            title=args.followup,
            duration_minutes=args.followup_minutes,
            restricted_role=args.followup_role,
        )
    if args.repeat:
        result = create_series(db, template, args.repeat, followup)
        created = result.sessions + result.followup_sessions
    else:
        created = [save_session(db, template)]
        if followup is not None:
            created.append(create_followup_session(db, created[0], followup))
    for hint in conflicts_for_sessions(db, created):
        print(
            translate("SessionCommand", "warning: session {session_id}: {what}").format(
                session_id=hint.session_id, what=hint.describe()
            ),
            file=sys.stderr,
        )
    if args.json:
        print_json([session_json(r) for r in created])
    else:
        for r in created:
            print(f"{r.id}\t{r.start:%Y-%m-%d %H:%M}\t{r.title}")
    return 0


def run_signup(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.directory.contacts import contact_by_email
    from collab_desktop.services.sessions.registrations import register as register_contact
    from collab_desktop.services.sessions.registrations import register_series
    from collab_desktop.services.sessions.role_restrictions import OutsideRoleError
    from collab_desktop.services.sessions.sessions import get_session

    session = get_session(db, args.session)
    contact = contact_by_email(db, args.email)
    try:
        if args.series:
            if session.series_id is None:
                raise CliError(
                    translate(
                        "SessionCommand", "Session {id} is not part of a series; drop --series."
                    ).format(id=session.id)
                )
            n = register_series(db, session.series_id, contact.id, any_role=args.any_role)
            if args.json:
                print_json({"status": "registered", "series": session.series_id, "sessions": n})
            else:
                print(
                    translate(
                        "SessionCommand",
                        "Signed up {display_name} for the series ({n} upcoming sessions).",
                    ).format(display_name=contact.display_name, n=n)
                )
            return 0
        reg = register_contact(db, session.id, contact.id, any_role=args.any_role)
    except OutsideRoleError as exc:
        raise CliError(
            translate("SessionCommand", "{exc} Add --any-role to register them anyway.").format(
                exc=exc
            )
        ) from exc
    if args.json:
        answer: dict = {"status": reg.status}
        if reg.status == "waitlisted":
            answer["position"] = reg.waitlist_position
        print_json(answer)
    elif reg.status == "waitlisted":
        print(
            translate(
                "SessionCommand",
                "Session {id} is full: {display_name} is on the waitlist at place {waitlist_position} (registration {id2}).",
            ).format(
                id=session.id,
                display_name=contact.display_name,
                waitlist_position=reg.waitlist_position,
                id2=reg.id,
            )
        )
    else:
        print(
            translate(
                "SessionCommand", "Registered {display_name} for session {id} (registration {id2})."
            ).format(display_name=contact.display_name, id=session.id, id2=reg.id)
        )
    return 0
