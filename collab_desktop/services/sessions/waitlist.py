"""Waitlists: a session with a capacity that is full puts new sign-ups on a waitlist, in order.

A cancellation frees a place and the first person waiting moves up; the coordinator may also
promote someone by hand or move them in the line. Each change returns the registrations it
touched as they were before and after (Places), so an undo step puts them back exactly,
positions included.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collab_desktop.domain import clock
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import HOLDS_A_PLACE
from collab_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from collab_desktop.store.database import Database
from collab_desktop.store.models import Contact, LearningSession, Registration

WAITLISTED = "waitlisted"

# Registration id -> (status, updated_at, waitlist position): enough to put a row back exactly.
Places = dict[int, tuple[str, datetime, int | None]]


@dataclass(slots=True)
class Moved:
    """Someone whose place changed: who moved up, or who was cancelled."""

    registration_id: int
    contact_id: int
    name: str
    email: str


@dataclass(slots=True)
class PlaceChange:
    """What a waitlist change did: the rows before and after (for undo), who moved up."""

    before: Places = field(default_factory=dict)
    after: Places = field(default_factory=dict)
    promoted: list[Moved] = field(default_factory=list)


def places_taken(s: Session, session_id: int) -> int:
    """Registrations holding a place in the session (not waitlisted, not cancelled)."""
    return s.scalar(
        select(func.count()).where(
            Registration.session_id == session_id, Registration.status.in_(HOLDS_A_PLACE)
        )
    )


def is_full(s: Session, session: LearningSession) -> bool:
    return bool(session.capacity) and places_taken(s, session.id) >= session.capacity


def waiting(s: Session, session_id: int) -> list[Registration]:
    """The session's waitlist, first in line first."""
    return list(
        s.scalars(
            select(Registration)
            .where(Registration.session_id == session_id, Registration.status == WAITLISTED)
            .order_by(Registration.waitlist_position, Registration.registered_at, Registration.id)
        )
    )


def place_for(s: Session, session: LearningSession) -> tuple[str, int | None]:
    """The status a new sign-up gets: registered, or waitlisted at the end of the line."""
    if not is_full(s, session):
        return "registered", None
    return WAITLISTED, len(waiting(s, session.id)) + 1


def close_up(s: Session, session_id: int) -> None:
    """Number the waitlist 1, 2, ... again, keeping its order (after someone left it)."""
    s.flush()
    for n, row in enumerate(waiting(s, session_id), start=1):
        if row.waitlist_position != n:
            row.waitlist_position = n


def fill_free_places(s: Session, session: LearningSession, now: datetime) -> list[Registration]:
    """Move people up from the waitlist, in order, while the session has free places."""
    promoted = []
    s.flush()
    line = waiting(s, session.id)
    free = (session.capacity - places_taken(s, session.id)) if session.capacity else len(line)
    for row in line[: max(0, free)]:
        row.status, row.waitlist_position, row.updated_at = "registered", None, now
        promoted.append(row)
    close_up(s, session.id)
    return promoted


def snapshot(rows: Iterable[Registration]) -> Places:
    return {r.id: (r.status, r.updated_at, r.waitlist_position) for r in rows}


def affected_rows(s: Session, chosen: Iterable[Registration]) -> list[Registration]:
    """The chosen rows and every waitlisted row of their sessions (whose positions may shift)."""
    chosen = list(chosen)
    rows = {r.id: r for r in chosen}
    for session_id in {r.session_id for r in chosen}:
        rows.update((r.id, r) for r in waiting(s, session_id))
    return list(rows.values())


def after_status_change(
    s: Session, rows: Iterable[Registration], now: datetime
) -> list[Registration]:
    """Tidy the waitlists of the rows' sessions after their statuses changed: someone who left
    the waitlist has no position, the line closes up, and freed places are filled in order.
    Returns the people who moved up."""
    promoted: list[Registration] = []
    sessions = set()
    for row in rows:
        if row.status != WAITLISTED:
            row.waitlist_position = None
        sessions.add(row.session_id)
    for session_id in sorted(sessions):
        session = s.get(LearningSession, session_id)
        if session is not None and session.capacity:
            promoted += fill_free_places(s, session, now)
        else:
            close_up(s, session_id)
    return promoted


def _moved(s: Session, rows: Iterable[Registration]) -> list[Moved]:
    out = []
    for row in rows:
        contact = s.get(Contact, row.contact_id)
        name = f"{contact.first_name} {contact.last_name}".strip() if contact else ""
        email = (contact.email or "") if contact else ""
        out.append(Moved(row.id, row.contact_id, name or email, email))
    return out


def moved_up(db: Database, before: Places, after: Places) -> list[Moved]:
    """Who left a waitlist for a place between two snapshots (to say so after a cancellation)."""
    ids = [
        reg_id
        for reg_id, (status, _at, _pos) in after.items()
        if status in HOLDS_A_PLACE and before.get(reg_id, after[reg_id])[0] == WAITLISTED
    ]
    if not ids:
        return []
    with db.session() as s:
        rows = s.scalars(select(Registration).where(Registration.id.in_(ids)))
        return _moved(s, sorted(rows, key=lambda r: ids.index(r.id)))


def _registration(s: Session, registration_id: int) -> Registration:
    row = s.get(Registration, registration_id)
    if row is None:
        raise NotFoundError(
            translate("Waitlist", "No registration with id {registration_id}.").format(
                registration_id=registration_id
            )
        )
    return row


def cancel(db: Database, session_id: int, contact_id: int) -> PlaceChange:
    """Cancel a contact's registration; the first person waiting moves up into a freed place."""
    with db.session() as s:
        row = s.scalar(
            select(Registration).where(
                Registration.session_id == session_id, Registration.contact_id == contact_id
            )
        )
        if row is None or row.status == "cancelled":
            raise ConflictError(
                translate("Waitlist", "This person is not registered for the session.")
            )
        rows = affected_rows(s, [row])
        change = PlaceChange(before=snapshot(rows))
        now = clock.now()
        row.status, row.updated_at = "cancelled", now
        promoted = after_status_change(s, [row], now)
        s.flush()
        change.after = snapshot(rows)
        change.promoted = _moved(s, promoted)
        return change


def promote(db: Database, registration_id: int) -> PlaceChange:
    """Give a waitlisted person a place by hand, even when the session is full."""
    with db.session() as s:
        row = _registration(s, registration_id)
        if row.status != WAITLISTED:
            raise ConflictError(translate("Waitlist", "This person is not on the waitlist."))
        rows = affected_rows(s, [row])
        change = PlaceChange(before=snapshot(rows))
        row.status, row.waitlist_position, row.updated_at = "registered", None, clock.now()
        close_up(s, row.session_id)
        s.flush()
        change.after = snapshot(rows)
        change.promoted = _moved(s, [row])
        return change


def move_on_waitlist(db: Database, registration_id: int, position: int) -> PlaceChange:
    """Put a waitlisted person at a position in the line (1 is next); the others shift."""
    with db.session() as s:
        row = _registration(s, registration_id)
        if row.status != WAITLISTED:
            raise ConflictError(translate("Waitlist", "This person is not on the waitlist."))
        line = waiting(s, row.session_id)
        if not 1 <= position <= len(line):
            raise ValidationError(
                {
                    "position": translate(
                        "Waitlist", "Position must be between 1 and {count_line}."
                    ).format(count_line=len(line))
                }
            )
        change = PlaceChange(before=snapshot(line))
        line.remove(row)
        line.insert(position - 1, row)
        now = clock.now()
        for n, other in enumerate(line, start=1):
            if other.waitlist_position != n:
                other.waitlist_position, other.updated_at = n, now
        s.flush()
        change.after = snapshot(line)
        return change


def put_places(db: Database, places: Places) -> list[int]:
    """Give registrations back the exact status, time of change and position they had."""
    with db.session() as s:
        rows = list(s.scalars(select(Registration).where(Registration.id.in_(list(places)))))
        for row in rows:
            row.status, row.updated_at, row.waitlist_position = places[row.id]
        return [r.id for r in rows]
