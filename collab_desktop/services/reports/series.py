"""Series measures: retention from the first session, and who attended at least N sessions."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import and_, func, literal_column, select
from sqlalchemy.orm import Session, aliased

from collab_desktop.domain.report_records import (
    CertificateRow,
    ReportFilter,
    RetentionPoint,
    SeriesRetention,
    SessionAttendance,
)
from collab_desktop.services.reports.scope import ScopedSession, session_conditions
from collab_desktop.store.models import Contact, LearningSession, Registration, SessionSeries


def _by_series(sessions: list[ScopedSession]) -> dict[str, list[ScopedSession]]:
    """Sessions in scope grouped by series, each list in start order."""
    groups: dict[str, list[ScopedSession]] = defaultdict(list)
    for x in sessions:
        if x.series_id is not None:
            groups[x.series_id].append(x)
    return groups


def _series_titles(s: Session, series_ids: list[str]) -> dict[str, str]:
    if not series_ids:
        return {}
    return dict(
        s.execute(
            select(SessionSeries.id, SessionSeries.title).where(SessionSeries.id.in_(series_ids))
        ).all()
    )


def _returning_attendees(s: Session, flt: ReportFilter) -> dict[int, int]:
    """Per series session: attendees who also attended the series' first session in range."""
    in_scope = [*session_conditions(flt), LearningSession.series_id.is_not(None)]
    ranked = (
        select(
            LearningSession.id,
            LearningSession.series_id,
            func.row_number()
            .over(
                partition_by=LearningSession.series_id,
                order_by=(LearningSession.start_at, LearningSession.id),
            )
            .label("n"),
        )
        .where(*in_scope)
        .subquery()
    )
    first = select(ranked.c.id, ranked.c.series_id).where(ranked.c.n == 1).subquery()
    at_first = aliased(Registration)
    # Driven from the first sessions' attendees, then each one's own registrations (by contact).
    rows = s.execute(
        select(Registration.session_id, func.count())
        .select_from(first)
        .join(at_first, and_(at_first.session_id == first.c.id, at_first.status == "attended"))
        .join(
            Registration,
            and_(Registration.contact_id == at_first.contact_id, Registration.status == "attended"),
        )
        .join(
            LearningSession,
            and_(
                LearningSession.id == Registration.session_id,
                LearningSession.series_id == first.c.series_id,
            ),
        )
        .where(*in_scope)
        .group_by(Registration.session_id)
    )
    return dict(rows.all())


def series_retention(
    s: Session,
    sessions: list[ScopedSession],
    per_session: list[SessionAttendance],
    flt: ReportFilter,
) -> list[SeriesRetention]:
    """For each series: of the first session's attendees (in range), how many attend the Nth."""
    groups = _by_series(sessions)
    if not groups:
        return []
    attended = {x.session_id: x.attended for x in per_session}
    returning = _returning_attendees(s, flt)
    titles = _series_titles(s, list(groups))
    result = []
    for series_id, items in groups.items():
        base = attended.get(items[0].id, 0)
        points = [
            RetentionPoint(
                number=n,
                session_id=x.id,
                day=x.day,
                attended=attended.get(x.id, 0),
                retained=returning.get(x.id, 0),
                base=base,
            )
            for n, x in enumerate(items, start=1)
        ]
        title = titles.get(series_id) or items[0].title
        result.append(SeriesRetention(series_id, title, items[0].collaborative, points))
    result.sort(key=lambda r: (r.collaborative.lower(), r.title.lower(), r.series_id))
    return result


# Ids per IN (...) list, well below every database's limit on bound parameters.
_CHUNK = 500


def contact_names(s: Session, contact_ids: list[int]) -> dict[int, tuple[str, str]]:
    """Display name and email of each contact id."""
    names: dict[int, tuple[str, str]] = {}
    for start in range(0, len(contact_ids), _CHUNK):
        rows = s.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Contact.email).where(
                Contact.id.in_(contact_ids[start : start + _CHUNK])
            )
        )
        for contact_id, first, last, email in rows:
            names[contact_id] = (f"{first} {last}".strip() or (email or ""), email or "")
    return names


def certificates(
    s: Session, flt: ReportFilter, sessions: list[ScopedSession], min_attended: int
) -> list[CertificateRow]:
    """People who attended at least min_attended sessions of one series, series by series."""
    groups = _by_series(sessions)
    if not groups:
        return []
    attended = func.count().label("attended")
    # "+ 0" keeps SQLite from walking the contact_id index row by row (4x slower at scale).
    person = (Registration.contact_id + literal_column("0")).label("contact_id")
    counts = s.execute(
        select(LearningSession.series_id, person, attended)
        .select_from(Registration)
        .join(LearningSession, LearningSession.id == Registration.session_id)
        .where(
            *session_conditions(flt),
            Registration.status == "attended",
            LearningSession.series_id.is_not(None),
        )
        .group_by(LearningSession.series_id, person)
        .having(attended >= max(1, min_attended))
    ).all()
    # Names only for the people who qualify (joining contacts first makes SQLite pick a slow plan).
    people = contact_names(s, sorted({contact_id for _, contact_id, _ in counts}))
    titles = _series_titles(s, list(groups))
    result = [
        CertificateRow(
            series_id=series_id,
            series_title=titles.get(series_id) or groups[series_id][0].title,
            contact_id=contact_id,
            name=people[contact_id][0],
            email=people[contact_id][1],
            attended=n,
            sessions=len(groups[series_id]),
        )
        for series_id, contact_id, n in counts
    ]
    result.sort(key=lambda r: (r.series_title.lower(), r.series_id, -r.attended, r.name.lower()))
    return result
