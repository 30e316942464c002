"""Attendance measures: per session, the monthly trend, and the participant-type mix."""

from __future__ import annotations

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from collab_desktop.domain.report_records import (
    TYPE_NOT_SET,
    AttendanceMonth,
    MixMeasures,
    ReportFilter,
    SessionAttendance,
    SessionMix,
)
from collab_desktop.services.reports.scope import (
    ScopedSession,
    month_of,
    months_between,
    session_ids,
)
from collab_desktop.services.sessions.attendance import late_registration_ids
from collab_desktop.store.models import Contact, LearningSession, Registration


def _count_status(status: str) -> ColumnElement[int]:
    """How many of the grouped registrations have this status."""
    return func.count(case((Registration.status == status, 1)))


def session_attendance(
    s: Session, flt: ReportFilter, sessions: list[ScopedSession]
) -> list[SessionAttendance]:
    """Registered, attended, excused, absent, unmarked and waitlisted per session: one GROUP BY,
    one row a session. Excused people are counted on their own, never as absent; people who
    joined the collaborative (or signed up for the series) after a session are not counted
    absent or unmarked for it."""
    rows = {
        x.id: SessionAttendance(
            session_id=x.id,
            day=x.day,
            title=x.title,
            collaborative=x.collaborative,
            kind=x.kind,
            series_id=x.series_id,
        )
        for x in sessions
    }
    counts = s.execute(
        select(
            Registration.session_id,
            _count_status("attended"),
            _count_status("absent"),
            _count_status("registered"),
            _count_status("cancelled"),
            _count_status("excused"),
            _count_status("waitlisted"),
        )
        .where(Registration.session_id.in_(session_ids(flt)))
        .group_by(Registration.session_id)
    )
    for session_id, attended, absent, unmarked, cancelled, excused, waitlisted in counts:
        row = rows.get(session_id)
        if row is None:
            continue
        row.attended, row.absent, row.unmarked, row.cancelled = (
            attended,
            absent,
            unmarked,
            cancelled,
        )
        row.excused, row.waitlisted = excused, waitlisted
    late = late_registration_ids(s, [LearningSession.id.in_(session_ids(flt))])
    if late:
        for session_id, status in s.execute(
            select(Registration.session_id, Registration.status).where(Registration.id.in_(late))
        ):
            row = rows.get(session_id)
            if row is None:
                continue
            if status == "absent":
                row.absent -= 1
            else:
                row.unmarked -= 1
    for row in rows.values():
        row.registered = row.attended + row.absent + row.unmarked + row.excused
    return list(rows.values())


def attendance_trend(
    per_session: list[SessionAttendance], flt: ReportFilter
) -> list[AttendanceMonth]:
    """Sessions, registered, attended, excused and absent summed per month over the range (gaps
    as 0); the month's rate is attended / (attended + absent), so excused never lower it."""
    days = [x.day for x in per_session]
    first = flt.date_from or (min(days) if days else None)
    last = flt.date_to or (max(days) if days else None)
    if first is None or last is None:
        return []
    months = {m: AttendanceMonth(m) for m in months_between(first, last)}
    for x in per_session:
        month = months.get(month_of(x.day))
        if month is None:
            continue
        month.sessions += 1
        month.registered += x.registered
        month.attended += x.attended
        month.excused += x.excused
        month.absent += x.absent
    return list(months.values())


def attendee_mix(
    s: Session, flt: ReportFilter, sessions: list[ScopedSession], type_order: list[str]
) -> MixMeasures:
    """Attendees per participant type per session, from one GROUP BY."""
    mixes = {x.id: SessionMix(session_id=x.id, day=x.day, title=x.title) for x in sessions}
    counts = s.execute(
        select(Registration.session_id, Contact.participant_type, func.count())
        .join(Contact, Contact.id == Registration.contact_id)
        .where(
            Registration.session_id.in_(session_ids(flt)),
            Registration.status == "attended",
        )
        .group_by(Registration.session_id, Contact.participant_type)
    )
    present: set[str] = set()
    for session_id, ptype, n in counts:
        mix = mixes.get(session_id)
        if mix is None:
            continue
        label = ptype.strip() or TYPE_NOT_SET
        mix.counts[label] = mix.counts.get(label, 0) + n
        present.add(label)
    types = [t for t in type_order if t in present]
    types += sorted(t for t in present if t not in type_order and t != TYPE_NOT_SET)
    if TYPE_NOT_SET in present:
        types.append(TYPE_NOT_SET)
    return MixMeasures(types=types, sessions=list(mixes.values()))
