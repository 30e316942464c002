"""Attendance: shown statuses ("not yet marked" after the session), check-in with undo, history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from collab_desktop.domain import clock
from collab_desktop.domain.record_stamps import when_text
from collab_desktop.domain.records import RegistrationRecord
from collab_desktop.domain.series_records import AttendanceEntry
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import NOT_YET_MARKED
from collab_desktop.services.errors import NotFoundError
from collab_desktop.services.sessions.registrations import set_status
from collab_desktop.services.sessions.sessions import all_collaboratives_label
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
    SeriesRegistration,
)

# Statuses that would count as a miss if the person had been expected at the session.
MISS_STATUSES = ("absent", "registered")


def late_registration_ids(s: Session, conditions: Sequence[ColumnElement[bool]] = ()) -> set[int]:
    """Registrations (absent or unmarked) of people who were not yet expected at the session:
    they joined its collaborative after the session's day, or signed up for its series after it
    started. Reports never count these as absent. ``conditions`` narrow the sessions."""
    base = (
        select(Registration.id, LearningSession.start_at, LearningSession.timezone)
        .join(LearningSession, LearningSession.id == Registration.session_id)
        .where(Registration.status.in_(MISS_STATUSES), *conditions)
    )
    late: set[int] = set()
    joined = base.add_columns(Membership.joined_on).join(
        Membership,
        and_(
            Membership.contact_id == Registration.contact_id,
            Membership.collaborative_id == LearningSession.collaborative_id,
            Membership.joined_on.is_not(None),
        ),
    )
    for reg_id, start, zone, joined_on in s.execute(joined):
        if joined_on > to_local(start, zone).date():
            late.add(reg_id)
    series = base.join(
        SeriesRegistration,
        and_(
            SeriesRegistration.series_id == LearningSession.series_id,
            SeriesRegistration.contact_id == Registration.contact_id,
            SeriesRegistration.registered_at > LearningSession.start_at,
            # A registration of its own, made before the session, still expected them.
            Registration.registered_at > LearningSession.start_at,
        ),
    )
    late.update(reg_id for reg_id, _start, _zone in s.execute(series))
    return late


def shown_status(status: str, session_end: datetime, now: datetime | None = None) -> str:
    """The status to show: a 'registered' person nobody marked after the session has ended is
    'not yet marked' (different from absent, which someone recorded)."""
    now = now or clock.now()
    if status == "registered" and session_end <= now:
        return NOT_YET_MARKED
    return status


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A check-in done: the status it replaced (for undo) and, when the registration had changed
    since the list was shown, a sentence saying so (it was checked in on the latest)."""

    previous: str
    note: str = ""


def check_in(db: Database, registration_id: int, version: int | None = None) -> CheckIn:
    """Mark a registration attended; returns the previous status so the caller can undo.

    version: the one the list showed. A registration changed meanwhile is not refused: the person
    is here, so the latest row is checked in, and the result's note says so.
    """
    with db.session() as s:
        row = s.get(Registration, registration_id)
        if row is None:
            raise NotFoundError(
                translate("Attendance", "No registration with id {registration_id}.").format(
                    registration_id=registration_id
                )
            )
        note = ""
        if version is not None and row.version != version:
            contact = s.get(Contact, row.contact_id)
            name = (
                f"{contact.first_name} {contact.last_name}".strip() or (contact.email or "")
                if contact is not None
                else ""
            )
            note = translate(
                "CheckIn",
                "{name}'s registration was changed by {who} {when}; checked in on the latest",
            ).format(
                name=name or translate("CheckIn", "This person"),
                who=row.updated_by or translate("CheckIn", "someone"),
                when=when_text(row.updated_at),
            )
        previous = row.status
        row.status = "attended"
        return CheckIn(previous, note)


def undo_check_in(db: Database, registration_id: int, previous: str) -> RegistrationRecord:
    """Put back the status a check-in replaced."""
    return set_status(db, registration_id, previous)


def attendance_history(db: Database, contact_id: int) -> list[AttendanceEntry]:
    """Every session a contact registered for, newest first, with the status to show."""
    now = clock.now()
    with db.session() as s:
        if s.get(Contact, contact_id) is None:
            raise NotFoundError(
                translate("Attendance", "No contact with id {contact_id}.").format(
                    contact_id=contact_id
                )
            )
        rows = s.execute(
            select(
                Registration.id,
                Registration.status,
                LearningSession.id,
                LearningSession.title,
                LearningSession.start_at,
                LearningSession.end_at,
                LearningSession.timezone,
                Collaborative.name,
            )
            .join(LearningSession, LearningSession.id == Registration.session_id)
            .outerjoin(Collaborative, Collaborative.id == LearningSession.collaborative_id)
            .where(Registration.contact_id == contact_id)
            .order_by(LearningSession.start_at.desc())
        )
        return [
            AttendanceEntry(
                registration_id=reg_id,
                session_id=session_id,
                title=title,
                start=to_local(start, zone),
                collaborative_name=collab or all_collaboratives_label(),
                status=shown_status(status, end, now),
            )
            for reg_id, status, session_id, title, start, end, zone, collab in rows
        ]


def attendance_counts(entries: list[AttendanceEntry]) -> dict[str, int]:
    """How many sessions of each shown status, for a summary line."""
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.status] = counts.get(entry.status, 0) + 1
    return counts
