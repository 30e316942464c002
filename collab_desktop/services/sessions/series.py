"""Recurring series: create (with a linked follow-up), edit one / this and following / all, cancel.

A series keeps its RRULE, first local start, zone and exceptions; its occurrences are
materialized as LearningSession rows sharing series_id, each with recurrence_id (its original
start), so any one of them can be moved, edited or cancelled on its own.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain import clock
from collab_desktop.domain import recurrence as rr
from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.series_records import FollowupPlan, SeriesRecord, SeriesResult
from collab_desktop.domain.timezones import local_zone_name
from collab_desktop.domain.translation import translate
from collab_desktop.domain.validation import validate_session
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.services.safety.trash import delete_to_trash_in
from collab_desktop.services.sessions.sessions import get_session, list_sessions, save_session
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    LearningSession,
    Registration,
    SeriesRegistration,
    SessionSeries,
)

# The details a series holds for all its occurrences, copied from the template it is made or
# edited with (each occurrence also gets the template's notes and restricted role).
COPIED_FIELDS = ("collaborative_id", "title", "kind", "location", "presenters", "capacity")


def _zone_of(moment: datetime) -> str:
    return getattr(moment.tzinfo, "key", None) or local_zone_name()


def check_template(template: SessionRecord) -> tuple[datetime, timedelta]:
    """Validate the first occurrence a series is made or edited from; its local start and length.

    Raises ValidationError with the messages by field.
    """
    errors = validate_session(template)
    if errors:
        raise ValidationError(errors)
    assert template.start is not None and template.end is not None
    start = rr.local_start(template.start, _zone_of(template.start))
    end = template.end.astimezone(start.tzinfo)
    return start, end.replace(tzinfo=None) - start.replace(tzinfo=None)


def expand_or_fail(
    rule: str, start: datetime, exdates: list[datetime] | None = None
) -> list[datetime]:
    """Occurrence starts; a rule with more than MAX_OCCURRENCES is refused, not cut short."""
    try:
        starts = rr.expand(rule, start, exdates, limit=rr.MAX_OCCURRENCES + 1)
    except rr.RecurrenceError as exc:
        raise ValidationError({"rrule": str(exc)}) from exc
    if len(starts) > rr.MAX_OCCURRENCES:
        raise ValidationError(
            {
                "rrule": translate(
                    "Series",
                    "The rule gives more than {MAX_OCCURRENCES} sessions; end it sooner (an end date or a number of times).",
                ).format(MAX_OCCURRENCES=rr.MAX_OCCURRENCES)
            }
        )
    return starts


def series_exdates(row: SessionSeries) -> list[datetime]:
    """The series' exceptions (dates skipped or cancelled), as aware starts in its zone."""
    zone = rr.ZoneInfo(row.timezone)
    return [datetime.fromisoformat(t).replace(tzinfo=zone) for t in json.loads(row.exdates or "[]")]


def series_first_start(row: SessionSeries) -> datetime:
    """The series' first start (its DTSTART), aware, in its zone."""
    return datetime.fromisoformat(row.dtstart_local).replace(tzinfo=rr.ZoneInfo(row.timezone))


def series_record(row: SessionSeries) -> SeriesRecord:
    """A series row as a record, times in the series' zone."""
    return SeriesRecord(
        id=row.id,
        collaborative_id=row.collaborative_id,
        title=row.title,
        kind=row.kind,
        rrule=row.rrule,
        first_start=series_first_start(row),
        duration_minutes=row.duration_minutes,
        timezone=row.timezone,
        exdates=series_exdates(row),
        location=row.location,
        presenters=row.presenters,
        capacity=row.capacity,
        followup_of_series_id=row.followup_of_series_id,
        restricted_role=row.restricted_role,
        description=rr.describe_rrule(row.rrule, series_first_start(row)),
    )


def get_series(db: Database, series_id: str) -> SeriesRecord:
    with db.session() as s:
        return series_record(series_row(s, series_id))


def series_row(s: Session, series_id: str) -> SessionSeries:
    """Within a transaction: the series row, or NotFoundError."""
    row = s.get(SessionSeries, series_id)
    if row is None:
        raise NotFoundError(
            translate("Series", "No series with id {series_id}.").format(series_id=series_id)
        )
    return row


def series_sessions(db: Database, series_id: str) -> list[SessionRecord]:
    """The series' occurrences (cancelled ones too), by start."""
    return list_sessions(db, series_id=series_id)


def _apply_template(row: LearningSession, template: SessionRecord) -> None:
    for f in (*COPIED_FIELDS, "notes", "restricted_role"):
        value = getattr(template, f)
        setattr(row, f, value.strip() if isinstance(value, str) else value)


def register_series_people(s: Session, row: LearningSession) -> None:
    """Give an upcoming occurrence a registration for everyone signed up to its whole series.

    Every occurrence that a series gains (made with the series or by a later edit, moved from
    the past into the future, or put back from the trash) gets them, so a whole-series sign-up
    reaches it; one already there (a cancelled one too) is left as it is.
    """
    if row.series_id is None or row.cancelled or row.start_at < clock.now():
        return
    have = set(s.scalars(select(Registration.contact_id).where(Registration.session_id == row.id)))
    for contact_id in s.scalars(
        select(SeriesRegistration.contact_id).where(SeriesRegistration.series_id == row.series_id)
    ):
        if contact_id not in have:
            s.add(Registration(session_id=row.id, contact_id=contact_id, status="registered"))
            have.add(contact_id)


def new_series_row(
    s: Session, template: SessionRecord, rule: str, start: datetime, duration: timedelta
) -> SessionSeries:
    """Within a transaction: add (and flush) a series row with the template's details.

    It has no occurrences yet; materialize_occurrences makes them.
    """
    row = SessionSeries(
        id=str(uuid.uuid4()),
        collaborative_id=template.collaborative_id,
        title=template.title.strip(),
        kind=template.kind,
        rrule=rule,
        dtstart_local=start.replace(tzinfo=None).isoformat(),
        duration_minutes=int(duration.total_seconds() // 60),
        timezone=_zone_of(start),
        exdates="[]",
        location=template.location.strip(),
        presenters=template.presenters.strip(),
        capacity=template.capacity,
        restricted_role=template.restricted_role.strip(),
    )
    s.add(row)
    s.flush()  # no ORM relationships: insert the series before rows that point at it
    return row


# A row whose date the new rule no longer gives is kept for a new date this close (a pattern
# moved from Tuesday to Wednesday), with its registrations; under half a week, so a weekly
# series cannot pair a row with the week before or after.
NEAR_DATE = timedelta(days=3)


def _has_registrations(s: Session, row: LearningSession) -> bool:
    return (
        s.scalar(select(Registration.id).where(Registration.session_id == row.id).limit(1))
        is not None
    )


def materialize_occurrences(
    s: Session,
    series: SessionSeries,
    template: SessionRecord,
    starts: list[datetime],
    existing: list[LearningSession],
) -> list[LearningSession]:
    """Make the series' rows match starts, keeping what people signed up for and attended.

    A row on the same local date as a start is kept (with its registrations) and moved; a row
    not over yet is kept for the nearest new date within NEAR_DATE. A session that is over and
    has registrations is a record of what happened: if the rule no longer gives its date it
    stays as it was, and no new past occurrence is made beside it. Rows left over are deleted;
    those with registrations go to the trash, where they can be restored.
    """
    zone = rr.ZoneInfo(series.timezone)
    now = clock.now()

    def original(row: LearningSession) -> datetime:
        return (row.recurrence_id or row.start_at).astimezone(zone)

    # A row that was over and moves into the future (this week's Tuesday, over, moved to
    # Wednesday) is new to everyone who signed up for the whole series: it gets their sign-ups.
    was_over = {row.id for row in existing if row.start_at < now}
    by_date: dict = {}
    for row in existing:
        by_date.setdefault(original(row).date(), row)
    rows: dict[int, LearningSession] = {}
    for i, start in enumerate(starts):
        if (row := by_date.pop(start.date(), None)) is not None:
            rows[i] = row
    held = [r for r in by_date.values() if r.end_at <= now and _has_registrations(s, r)]
    for row in held:
        # No longer a date of the rule: held on the old day, shown and exported on its own.
        # A later rule that gives its date again takes it back (by its start, above).
        row.recurrence_id = None
    open_rows = [r for r in by_date.values() if r not in held]
    pairs = sorted(
        (abs(original(r) - start), i, n)
        for i, start in enumerate(starts)
        if i not in rows
        for n, r in enumerate(open_rows)
        if abs(original(r) - start) <= NEAR_DATE
    )
    taken: set[int] = set()
    for _gap, i, n in pairs:  # closest first, so each row goes to the date it moved to
        if i not in rows and n not in taken:
            rows[i] = open_rows[n]
            taken.add(n)
    open_rows = [r for n, r in enumerate(open_rows) if n not in taken]
    wanted = [
        i
        for i, start in enumerate(starts)
        if i not in rows
        and not (start < now and any(abs(original(r) - start) <= NEAR_DATE for r in held))
    ]
    duration = timedelta(minutes=series.duration_minutes)
    out: list[LearningSession] = []
    for i, start in enumerate(starts):
        if i not in rows and i not in wanted:
            continue
        fresh = i not in rows
        row = LearningSession() if fresh else rows[i]
        if fresh:
            s.add(row)
        _apply_template(row, template)
        row.series_id = series.id
        row.timezone = series.timezone
        row.start_at = start
        row.end_at = rr.wall_clock_end(start, duration)
        row.recurrence_id = start.astimezone(UTC)
        row.cancelled = False
        s.flush()
        if fresh or row.id in was_over:
            register_series_people(s, row)
        out.append(row)
    _drop_leftovers(s, series, open_rows)
    return out


def _drop_leftovers(s: Session, series: SessionSeries, rows: list[LearningSession]) -> None:
    """Delete occurrences a new rule no longer gives; those with registrations to the trash."""
    kept = [r.id for r in rows if _has_registrations(s, r)]
    for row in rows:
        if row.id not in kept:
            s.delete(row)
    s.flush()
    if kept:
        exdates = series.exdates
        delete_to_trash_in(s, "session", kept)
        series.exdates = exdates  # dropped by the rule, not skipped: no exception to record
        s.flush()


def check_collaborative(s: Session, collaborative_id: int | None) -> None:
    """Within a transaction: NotFoundError unless the collaborative (if one is given) exists."""
    if collaborative_id is not None and s.get(Collaborative, collaborative_id) is None:
        raise NotFoundError(
            translate("Series", "No collaborative with id {collaborative_id}.").format(
                collaborative_id=collaborative_id
            )
        )


def create_series(
    db: Database, template: SessionRecord, rule: str, followup: FollowupPlan | None = None
) -> SeriesResult:
    """Create a series from the first occurrence's details and a rule (with an optional follow-up
    series whose occurrences link to the main ones through followup_of_id)."""
    start, duration = check_template(template)
    try:
        rule = rr.normalize_rrule(rule, start)
    except rr.RecurrenceError as exc:
        raise ValidationError({"rrule": str(exc)}) from exc
    starts = expand_or_fail(rule, start)
    if not starts:
        raise ValidationError(
            {"rrule": translate("Series", "The rule gives no occurrence; check its end.")}
        )
    with db.session() as s:
        check_collaborative(s, template.collaborative_id)
        # The first occurrence is DTSTART: a start that the rule would not produce is dropped.
        series = new_series_row(s, template, rule, starts[0], duration)
        rows = materialize_occurrences(s, series, template, starts, [])
        main_ids = [r.id for r in rows]
        follow_id = None
        follow_ids: list[int] = []
        if followup is not None:
            follow_id, follow_ids = _create_followup(s, series, template, starts, rows, followup)
    result = SeriesResult(series.id, [get_session(db, i) for i in main_ids])
    if follow_id is not None:
        result.followup_series_id = follow_id
        result.followup_sessions = [get_session(db, i) for i in follow_ids]
    return result


def _create_followup(
    s: Session,
    series: SessionSeries,
    template: SessionRecord,
    starts: list[datetime],
    main_rows: list[LearningSession],
    plan: FollowupPlan,
) -> tuple[str, list[int]]:
    offset = timedelta(minutes=series.duration_minutes + plan.gap_minutes)
    follow_template = SessionRecord(
        collaborative_id=template.collaborative_id,
        title=plan.title,
        kind=plan.kind,
        location=template.location if plan.location is None else plan.location,
        presenters=template.presenters,
        capacity=template.capacity,
        restricted_role=plan.restricted_role,
    )
    first = rr.wall_clock_end(starts[0], offset)
    follow = new_series_row(
        s, follow_template, series.rrule, first, timedelta(minutes=plan.duration_minutes)
    )
    follow.followup_of_series_id = series.id
    if "UNTIL" in rr.rule_parts(series.rrule):
        until = rr.rule_until(series.rrule)
        assert until is not None
        parts = rr.rule_parts(series.rrule)
        parts["UNTIL"] = (until + offset).strftime("%Y%m%dT%H%M%SZ")
        follow.rrule = rr.join_parts(parts)
    follow_starts = [rr.wall_clock_end(st, offset) for st in starts]
    rows = materialize_occurrences(s, follow, follow_template, follow_starts, [])
    for main, row in zip(main_rows, rows, strict=True):
        row.followup_of_id = main.id
    return follow.id, [r.id for r in rows]


def create_followup_session(db: Database, main: SessionRecord, plan: FollowupPlan) -> SessionRecord:
    """The linked follow-up of one (non-recurring) session, starting when it ends."""
    assert main.end is not None
    start = rr.wall_clock_end(main.end, timedelta(minutes=plan.gap_minutes))
    follow = SessionRecord(
        collaborative_id=main.collaborative_id,
        title=plan.title,
        kind=plan.kind,
        start=start,
        end=rr.wall_clock_end(start, timedelta(minutes=plan.duration_minutes)),
        location=main.location if plan.location is None else plan.location,
        presenters=main.presenters,
        capacity=main.capacity,
        followup_of_id=main.id,
        restricted_role=plan.restricted_role,
    )
    return save_session(db, follow)
