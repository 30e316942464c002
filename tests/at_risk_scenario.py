"""A collaborative whose members drift away in every way the at-risk list must tell apart.

Five weekly sessions are over (one to five weeks before the clock fixture's moment) and one is
still to come; everything is relative to the clock, so the tests pass on any day.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from collab_desktop.domain import clock
from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.domain.timezones import to_local
from collab_desktop.services.directory.collaboratives import save_collaborative
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.sessions.registrations import register, set_status
from collab_desktop.services.sessions.sessions import get_session, save_session

COLLABORATIVE = "Drift Study Collaborative"
OTHER = "Second Drift Collaborative"
LONG_AGO = date(2020, 1, 1)

# Per person, a status for each of the five past sessions (oldest first); None: not signed up.
PLAN: dict[str, tuple[str | None, ...]] = {
    # attended twice, then missed three: at risk, last attended at the second session
    "Dana Reyes": ("attended", "attended", "absent", "registered", "absent"),
    # came every time but the last: fine
    "Eli Moss": ("attended", "attended", "attended", "attended", "absent"),
    # the excused session is skipped, not counted: three misses around it
    "Fay Wu": ("attended", "absent", "excused", "absent", "registered"),
    # never came to anything: last attended is null
    "Gus Hale": (None, None, "absent", "absent", "absent"),
    # joined after the third session: the first three are not counted, so only two misses
    "Hal Ode": ("absent", "absent", "absent", "absent", "absent"),
    # cancelled one and was waitlisted for another: neither counts, so only one miss
    "Jo Park": (None, None, "absent", "cancelled", "waitlisted"),
    # missed everything but is no longer an active member: not listed
    "Ivy Lane": ("absent", "absent", "absent", "absent", "absent"),
    # missed the last three, but the last session was called off: only two count
    # (an extra session just after the fifth, marked absent, is then cancelled)
    "Kim Sato": ("attended", "attended", "absent", "absent", None),
}


@dataclass
class Drift:
    collaborative_id: int
    other_id: int
    session_ids: list[int]  # the five past sessions, oldest first
    days: list[date]  # their local days
    emails: dict[str, str]


def _email(name: str) -> str:
    return name.lower().replace(" ", ".") + "@example.org"


def build_drift(db) -> Drift:  # noqa: ANN001
    now = clock.local_now().replace(minute=0, second=0, microsecond=0)
    collab = save_collaborative(db, CollaborativeRecord(name=COLLABORATIVE)).id
    other = save_collaborative(db, CollaborativeRecord(name=OTHER)).id
    starts: list[datetime] = [now - timedelta(weeks=w) for w in (5, 4, 3, 2, 1)]
    sessions = [
        save_session(
            db,
            SessionRecord(
                collaborative_id=collab,
                title=f"Drift seminar {i + 1}",
                start=start,
                end=start + timedelta(hours=1),
            ),
        ).id
        for i, start in enumerate(starts)
    ]
    upcoming = now + timedelta(weeks=1)
    future = save_session(
        db,
        SessionRecord(
            collaborative_id=collab,
            title="Drift seminar to come",
            start=upcoming,
            end=upcoming + timedelta(hours=1),
        ),
    ).id
    days = [to_local(get_session(db, sid).start).date() for sid in sessions]
    emails: dict[str, str] = {}
    for name, plan in PLAN.items():
        first, last = name.split(" ")
        emails[name] = _email(name)
        contact = save_contact(
            db, ContactRecord(first_name=first, last_name=last, email=emails[name])
        ).id
        joined = days[2] + timedelta(days=1) if name == "Hal Ode" else LONG_AGO
        add_membership(db, contact, collab, joined_on=joined, active=name != "Ivy Lane")
        for session_id, status in zip(sessions, plan, strict=True):
            if status is not None:
                set_status(db, register(db, session_id, contact).id, status)
        register(db, future, contact)  # a session not yet held never counts
    # Dana also belongs to a second collaborative, where she never misses.
    dana = _contact_id(db, emails["Dana Reyes"])
    add_membership(db, dana, other, joined_on=LONG_AGO)
    there = save_session(
        db,
        SessionRecord(
            collaborative_id=other,
            title="Elsewhere",
            start=starts[4],
            end=starts[4] + timedelta(hours=1),
        ),
    ).id
    set_status(db, register(db, there, dana).id, "attended")
    # Kim's last session was called off after she was marked absent.
    called_off = starts[4] + timedelta(hours=2)
    rec = SessionRecord(
        collaborative_id=collab,
        title="Drift seminar called off",
        start=called_off,
        end=called_off + timedelta(hours=1),
    )
    saved = save_session(db, rec)
    set_status(db, register(db, saved.id, _contact_id(db, emails["Kim Sato"])).id, "absent")
    save_session(db, replace(get_session(db, saved.id), cancelled=True))
    return Drift(collab, other, sessions, days, emails)


def _contact_id(db, email: str) -> int:  # noqa: ANN001
    from collab_desktop.services.directory.contacts import contact_by_email

    return contact_by_email(db, email).id
