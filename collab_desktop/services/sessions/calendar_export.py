"""Calendar (.ics) export of one session, a series, a collaborative or everything.

A series goes out as one VEVENT with its RRULE and EXDATEs, which Outlook imports as a
recurring appointment at the right local times. Occurrences that were moved or changed on
their own are excluded from the rule (EXDATE) and sent as separate events with their own UID,
instead of RECURRENCE-ID overrides, which Outlook's file import is known to mishandle
(duplicated or dropped occurrences); RRULE, EXDATE and TZID are what every client reads alike.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import or_, select

from collab_desktop.domain import recurrence as rr
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import session_kind_label, vocabulary_label
from collab_desktop.io.ics_export import IcsEvent, series_uid, session_uid, write_calendar
from collab_desktop.services.errors import NotFoundError
from collab_desktop.services.sessions.sessions import all_collaboratives_label
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, LearningSession, SessionSeries

_SAME = ("title", "kind", "location", "presenters", "collaborative_id", "restricted_role")


def _description(collab: str, kind: str, presenters: str, restricted_role: str, notes: str) -> str:
    """The event's description: fixed words in the chosen language, what users typed as typed."""
    lines = [collab, session_kind_label(kind)]
    if presenters:
        lines.append(
            translate("CalendarExport", "Presenter: {presenter}").format(presenter=presenters)
        )
    if restricted_role:
        lines.append(
            translate("CalendarExport", "For: {role}s only").format(
                role=vocabulary_label(restricted_role)
            )
        )
    if notes:
        lines += ["", notes]
    return "\n".join(lines)


def _single(row: LearningSession, collab: str) -> IcsEvent:
    zone = rr.ZoneInfo(row.timezone)
    return IcsEvent(
        uid=session_uid(row.id),
        start=row.start_at.astimezone(zone),
        end=row.end_at.astimezone(zone),
        summary=row.title,
        location=row.location,
        description=_description(collab, row.kind, row.presenters, row.restricted_role, row.notes),
        categories=[collab],
        cancelled=row.cancelled,
        last_modified=row.updated_at,
    )


def _is_plain(row: LearningSession, series: SessionSeries) -> bool:
    """True when the occurrence is exactly what the series' rule and details say."""
    if row.cancelled or row.recurrence_id is None or row.start_at != row.recurrence_id:
        return False
    minutes = (row.end_at - row.start_at).total_seconds() / 60
    return minutes == series.duration_minutes and all(
        getattr(row, f) == getattr(series, f) for f in _SAME
    )


def _series_events(
    series: SessionSeries, rows: list[LearningSession], collab: str
) -> list[IcsEvent]:
    zone = rr.ZoneInfo(series.timezone)
    first = datetime.fromisoformat(series.dtstart_local).replace(tzinfo=zone)
    plain = [r for r in rows if _is_plain(r, series)]
    events = [_single(r, collab) for r in rows if not r.cancelled and r not in plain]
    if not plain:
        return events
    rule = series.rrule
    parts = rr.rule_parts(rule)
    if "COUNT" not in parts and "UNTIL" not in parts:
        # Open-ended rules are materialized up to a horizon; the file says exactly as much.
        last = max(r.recurrence_id or r.start_at for r in rows)
        parts["UNTIL"] = last.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        rule = rr.join_parts(parts)
    plain_starts = {r.recurrence_id for r in plain}
    exdates = [d for d in rr.expand(rule, first) if d.astimezone(UTC) not in plain_starts]
    model = plain[0]
    events.insert(
        0,
        IcsEvent(
            uid=series_uid(series.id),
            start=first,
            end=rr.wall_clock_end(first, model.end_at - model.start_at),
            summary=series.title,
            location=series.location,
            description=_description(
                collab, series.kind, series.presenters, series.restricted_role, model.notes
            ),
            categories=[collab],
            rrule=rule,
            exdates=exdates,
            last_modified=max(r.updated_at for r in rows),
        ),
    )
    return events


def calendar_events(
    db: Database,
    session_id: int | None = None,
    series_id: str | None = None,
    collaborative_id: int | None = None,
) -> tuple[list[IcsEvent], str]:
    """The events to export and a calendar name; with no filter, every session."""
    query = select(LearningSession, Collaborative.name).outerjoin(
        Collaborative, Collaborative.id == LearningSession.collaborative_id
    )
    name = translate("CalendarExport", "Collab Desktop sessions")
    with db.session() as s:
        if session_id is not None:
            found = s.execute(query.where(LearningSession.id == session_id)).first()
            if found is None:
                raise NotFoundError(
                    translate(
                        "CalendarExport",
                        "No session with id {id}. Run 'list sessions' to see the ids.",
                    ).format(id=session_id)
                )
            row, collab = found
            return [_single(row, collab or all_collaboratives_label())], row.title
        if series_id is not None:
            if s.get(SessionSeries, series_id) is None:
                raise NotFoundError(
                    translate("CalendarExport", "No series with id {id}.").format(id=series_id)
                )
            query = query.where(LearningSession.series_id == series_id)
        if collaborative_id is not None:
            collab_row = s.get(Collaborative, collaborative_id)
            if collab_row is None:
                raise NotFoundError(
                    translate("CalendarExport", "No collaborative with id {id}.").format(
                        id=collaborative_id
                    )
                )
            name = collab_row.name
            # Sessions of every collaborative (the annual gathering) belong to each one.
            query = query.where(
                or_(
                    LearningSession.collaborative_id == collaborative_id,
                    LearningSession.collaborative_id.is_(None),
                )
            )
        rows = s.execute(query.order_by(LearningSession.start_at)).all()
        events: list[IcsEvent] = []
        by_series: dict[str, list[LearningSession]] = {}
        collab_of: dict[str, str] = {}
        for row, collab in rows:
            if row.series_id is None:
                events.append(_single(row, collab or all_collaboratives_label()))
            else:
                by_series.setdefault(row.series_id, []).append(row)
                collab_of.setdefault(row.series_id, collab or all_collaboratives_label())
        for sid, members in by_series.items():
            series = s.get(SessionSeries, sid)
            if series_id is not None:
                name = series.title
            events += _series_events(series, members, collab_of[sid])
    events.sort(key=lambda e: e.start)
    return events, name


def export_calendar(
    db: Database,
    path: Path,
    session_id: int | None = None,
    series_id: str | None = None,
    collaborative_id: int | None = None,
) -> int:
    """Write the .ics file; returns the number of events (a series counts once)."""
    events, name = calendar_events(db, session_id, series_id, collaborative_id)
    write_calendar(Path(path), events, name)
    return len(events)
