"""What a report covers: the sessions and memberships a ReportFilter selects, and month helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.domain.timezones import localize, to_local, to_utc
from collab_desktop.domain.translation import translate
from collab_desktop.services.sessions.sessions import all_collaboratives_label
from collab_desktop.store.models import Collaborative, LearningSession, Membership


@dataclass(slots=True)
class ScopedSession:
    """The facts about one session that the measures need, with its local day."""

    id: int
    collaborative_id: int | None
    collaborative: str
    title: str
    kind: str
    day: date
    series_id: str | None


def utc_bounds(flt: ReportFilter) -> tuple[datetime | None, datetime | None]:
    """The filter's inclusive local dates as a half-open UTC interval [start, end)."""
    start = end = None
    if flt.date_from is not None:
        start = to_utc(localize(datetime.combine(flt.date_from, time())))
    if flt.date_to is not None:
        end = to_utc(localize(datetime.combine(flt.date_to + timedelta(days=1), time())))
    return start, end


def session_conditions(flt: ReportFilter, any_collaborative: bool = False) -> list[ColumnElement]:
    """WHERE conditions on LearningSession for the sessions in scope (never cancelled ones)."""
    start, end = utc_bounds(flt)
    conditions: list[ColumnElement] = [LearningSession.cancelled.is_(False)]
    if start is not None:
        conditions.append(LearningSession.start_at >= start)
    if end is not None:
        conditions.append(LearningSession.start_at < end)
    if flt.collaborative_id is not None and not any_collaborative:
        conditions.append(LearningSession.collaborative_id == flt.collaborative_id)
    return conditions


def session_ids(flt: ReportFilter) -> Select:
    """Ids of the sessions in scope (not cancelled), for `Registration.session_id.in_(...)`."""
    return select(LearningSession.id).where(*session_conditions(flt))


def load_sessions(
    s: Session,
    flt: ReportFilter,
    any_collaborative: bool = False,
    where: Sequence[ColumnElement[bool]] = (),
) -> list[ScopedSession]:
    """Sessions in scope by start time; any_collaborative ignores the collaborative filter."""
    query = (
        select(
            LearningSession.id,
            LearningSession.collaborative_id,
            Collaborative.name,
            LearningSession.title,
            LearningSession.kind,
            LearningSession.start_at,
            LearningSession.timezone,
            LearningSession.series_id,
        )
        .outerjoin(Collaborative, Collaborative.id == LearningSession.collaborative_id)
        .where(*session_conditions(flt, any_collaborative), *where)
        .order_by(LearningSession.start_at, LearningSession.id)
    )
    return [
        ScopedSession(
            id=sid,
            collaborative_id=cid,
            collaborative=cname or all_collaboratives_label(),
            title=title,
            kind=kind,
            day=to_local(start, zone).date(),
            series_id=series,
        )
        for sid, cid, cname, title, kind, start, zone, series in s.execute(query)
    ]


def membership_scope(query: Select, flt: ReportFilter) -> Select:
    """Limit a memberships query to the filter: its collaborative, joined by the end date."""
    if flt.collaborative_id is not None:
        query = query.where(Membership.collaborative_id == flt.collaborative_id)
    if flt.date_to is not None:
        query = query.where(
            or_(Membership.joined_on.is_(None), Membership.joined_on <= flt.date_to)
        )
    return query


def month_of(day: date) -> date:
    """The first day of the day's month."""
    return day.replace(day=1)


def months_between(first: date, last: date) -> list[date]:
    """First days of every month from first's month to last's month, inclusive."""
    months = []
    current = month_of(first)
    while current <= last:
        months.append(current)
        current = (current + timedelta(days=32)).replace(day=1)
    return months


def range_label(flt: ReportFilter) -> str:
    """Plain words for the filter's dates, e.g. '2026-01-01 to 2026-06-30' or 'all dates'."""
    if flt.date_from and flt.date_to:
        return translate("ReportScope", "{start} to {end}").format(
            start=flt.date_from.isoformat(), end=flt.date_to.isoformat()
        )
    if flt.date_from:
        return translate("ReportScope", "from {start}").format(start=flt.date_from.isoformat())
    if flt.date_to:
        return translate("ReportScope", "up to {end}").format(end=flt.date_to.isoformat())
    return translate("ReportScope", "all dates")


def scope_label(s: Session, flt: ReportFilter) -> str:
    """Plain words for what a report covers, e.g. 'SYNERGY, 2026-01-01 to 2026-06-30'."""
    name = all_collaboratives_label()
    if flt.collaborative_id is not None:
        name = s.get(Collaborative, flt.collaborative_id).name
    return f"{name}, {range_label(flt)}"
