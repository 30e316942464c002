"""A follow-up series (the private session after each seminar) kept after its main series.

When a whole-series edit changes the main series' pattern, time of day or length, each
follow-up series gets the same pattern and stays the same time after the main sessions' end,
so every private session still follows its seminar on the same day.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain import recurrence as rr
from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.sessions.series import (
    materialize_occurrences,
    series_exdates,
    series_first_start,
)
from collab_desktop.store.models import LearningSession, SessionSeries


def follow_main_series(
    s: Session,
    main: SessionSeries,
    old_first: datetime,
    old_minutes: int,
    starts: list[datetime],
) -> None:
    """Within the edit's transaction: re-plan main's follow-up series after main's new starts.

    old_first and old_minutes are main's first start and length before the edit; the follow-up
    keeps its gap after main's end (e.g. right after it) and its own length and details.
    """
    duration = timedelta(minutes=main.duration_minutes)
    main_rows = {
        r.recurrence_id: r
        for r in s.scalars(select(LearningSession).where(LearningSession.series_id == main.id))
    }
    for follow in s.scalars(
        select(SessionSeries).where(SessionSeries.followup_of_series_id == main.id)
    ).all():
        first = series_first_start(follow).replace(tzinfo=None)
        old_offset = first - old_first.replace(tzinfo=None)
        offset = duration + old_offset - timedelta(minutes=old_minutes)
        skipped = {d.replace(tzinfo=None) for d in series_exdates(follow)}
        pairs = [
            (start, rr.wall_clock_end(start, offset).astimezone(rr.ZoneInfo(follow.timezone)))
            for start in starts
        ]
        pairs = [(m, f) for m, f in pairs if f.replace(tzinfo=None) not in skipped]
        if not pairs:
            continue
        follow.rrule = _shifted_rule(main.rrule, offset)
        follow.dtstart_local = pairs[0][1].replace(tzinfo=None).isoformat()
        live = list(
            s.scalars(
                select(LearningSession).where(
                    LearningSession.series_id == follow.id, LearningSession.cancelled.is_(False)
                )
            )
        )
        notes = {r.id: r.notes for r in live}
        rows = materialize_occurrences(s, follow, _template(follow), [f for _, f in pairs], live)
        by_start = {r.recurrence_id: r for r in rows}
        for main_start, follow_start in pairs:
            row = by_start.get(follow_start.astimezone(UTC))
            if row is None:
                continue
            row.notes = notes.get(row.id, "")  # each private session keeps its own notes
            linked = main_rows.get(main_start.astimezone(UTC))
            row.followup_of_id = linked.id if linked is not None else row.followup_of_id
        s.flush()


def _shifted_rule(rule: str, offset: timedelta) -> str:
    """The main rule for the follow-up: an UNTIL moves by the same offset."""
    parts = rr.rule_parts(rule)
    until = rr.rule_until(rule)
    if until is not None:
        parts["UNTIL"] = (until + offset).strftime("%Y%m%dT%H%M%SZ")
    return rr.join_parts(parts)


def _template(follow: SessionSeries) -> SessionRecord:
    return SessionRecord(
        collaborative_id=follow.collaborative_id,
        title=follow.title,
        kind=follow.kind,
        location=follow.location,
        presenters=follow.presenters,
        capacity=follow.capacity,
        restricted_role=follow.restricted_role,
    )
