"""Edits of recurring series: one occurrence, this and following (a split), the whole series,
and cancelling one occurrence (its date kept as an exception)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain import recurrence as rr
from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.series_records import SeriesResult
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.services.record_versions import check_version
from collab_desktop.services.sessions.followup_series import follow_main_series
from collab_desktop.services.sessions.series import (
    COPIED_FIELDS,
    check_collaborative,
    check_template,
    expand_or_fail,
    materialize_occurrences,
    new_series_row,
    register_series_people,
    series_exdates,
    series_first_start,
    series_row,
)
from collab_desktop.services.sessions.sessions import get_session, save_session
from collab_desktop.store.database import Database
from collab_desktop.store.models import LearningSession, SeriesRegistration, SessionSeries


def edit_occurrence(db: Database, rec: SessionRecord) -> SessionRecord:
    """Change one occurrence only; it stays in its series (recurrence_id kept)."""
    if rec.id is None:
        raise ValidationError(
            {"id": translate("SeriesEdits", "Only a saved occurrence can be edited.")}
        )
    current = get_session(db, rec.id)
    rec.series_id = current.series_id
    return save_session(db, rec)


def _live_rows(s: Session, series_id: str, since: datetime | None = None) -> list[LearningSession]:
    query = select(LearningSession).where(
        LearningSession.series_id == series_id, LearningSession.cancelled.is_(False)
    )
    rows = list(s.scalars(query.order_by(LearningSession.start_at)))
    if since is None:
        return rows
    return [r for r in rows if (r.recurrence_id or r.start_at) >= since]


def edit_whole_series(
    db: Database, series_id: str, template: SessionRecord, rule: str | None = None
) -> SeriesResult:
    """Apply details, time of day, duration (and optionally a new rule) to every occurrence;
    a follow-up series moves with a new pattern, time or length."""
    start, duration = check_template(template)
    with db.session() as s:
        series = series_row(s, series_id)
        _check_edited_version(db, s, template)
        check_collaborative(s, template.collaborative_id)
        first = series_first_start(series).replace(
            hour=start.hour, minute=start.minute, second=0, microsecond=0
        )
        new_rule = series.rrule if rule is None else rule
        try:
            new_rule = rr.normalize_rrule(new_rule, first)
        except rr.RecurrenceError as exc:
            raise ValidationError({"rrule": str(exc)}) from exc
        starts = expand_or_fail(new_rule, first, series_exdates(series))
        if not starts:
            raise ValidationError(
                {"rrule": translate("SeriesEdits", "The rule gives no occurrence; check its end.")}
            )
        old_first, old_minutes, old_rule = (
            series_first_start(series),
            series.duration_minutes,
            series.rrule,
        )
        _update_series_row(series, template, new_rule, first, duration)
        rows = materialize_occurrences(s, series, template, starts, _live_rows(s, series_id))
        if (old_first, old_minutes, old_rule) != (first, series.duration_minutes, new_rule):
            follow_main_series(s, series, old_first, old_minutes, starts)
        ids = [r.id for r in rows]
    return SeriesResult(series_id, [get_session(db, i) for i in ids])


def _check_edited_version(db: Database, s: Session, template: SessionRecord) -> None:
    """A series edit made from an occurrence's form is refused (StaleRecord) when that
    occurrence was changed by someone else since the form was loaded."""
    row = s.get(LearningSession, template.id) if template.id is not None else None
    if row is not None:
        check_version("session", row.version, template.version, lambda: get_session(db, row.id))


def _update_series_row(
    series: SessionSeries,
    template: SessionRecord,
    rule: str,
    first: datetime,
    duration: timedelta,
) -> None:
    for f in COPIED_FIELDS:
        value = getattr(template, f)
        setattr(series, f, value.strip() if isinstance(value, str) else value)
    series.restricted_role = template.restricted_role.strip()
    series.rrule = rule
    series.dtstart_local = first.replace(tzinfo=None).isoformat()
    series.duration_minutes = int(duration.total_seconds() // 60)


def edit_this_and_following(
    db: Database, session_id: int, template: SessionRecord, rule: str | None = None
) -> SeriesResult:
    """Split the series at an occurrence: the old rule ends before it (UNTIL) and a new series
    starts at the edited occurrence with the new details (and rule, or the old one)."""
    start, duration = check_template(template)
    with db.session() as s:
        row = s.get(LearningSession, session_id)
        if row is None:
            raise NotFoundError(
                translate("SeriesEdits", "No session with id {session_id}.").format(
                    session_id=session_id
                )
            )
        if row.series_id is None:
            raise ValidationError(
                {"series_id": translate("SeriesEdits", "This session is not part of a series.")}
            )
        _check_edited_version(db, s, template)
        old_id = row.series_id
        old = series_row(s, old_id)
        split_at = row.recurrence_id or row.start_at
        at_first = split_at <= series_first_start(old).astimezone(UTC)
        new_rule = _following_rule(old, split_at) if rule is None else rule
    if at_first:
        # Splitting at the first occurrence is an edit of the whole series.
        return edit_whole_series(db, old_id, template, rule)
    with db.session() as s:
        old = series_row(s, old_id)
        try:
            new_rule = rr.normalize_rrule(new_rule, start)
        except rr.RecurrenceError as exc:
            raise ValidationError({"rrule": str(exc)}) from exc
        kept_exdates = [d for d in series_exdates(old) if d >= start]
        starts = expand_or_fail(new_rule, start, kept_exdates)
        if not starts:
            raise ValidationError(
                {"rrule": translate("SeriesEdits", "The rule gives no occurrence; check its end.")}
            )
        following = _live_rows(s, old.id, since=split_at)
        cancelled_after = [
            r
            for r in s.scalars(
                select(LearningSession).where(
                    LearningSession.series_id == old.id, LearningSession.cancelled.is_(True)
                )
            )
            if (r.recurrence_id or r.start_at) >= split_at
        ]
        old.rrule = rr.truncate_before(old.rrule, split_at)
        old.exdates = json.dumps(
            [d.replace(tzinfo=None).isoformat() for d in series_exdates(old) if d < start]
        )
        new = new_series_row(s, template, new_rule, starts[0], duration)
        new.followup_of_series_id = old.followup_of_series_id
        new.exdates = json.dumps([d.replace(tzinfo=None).isoformat() for d in kept_exdates])
        s.flush()
        _copy_series_signups(s, old.id, new.id)
        for r in cancelled_after:
            r.series_id = new.id
        rows = materialize_occurrences(s, new, template, starts, following)
        _split_followups(s, old, new, split_at)
        was = split_at.astimezone(rr.ZoneInfo(old.timezone))
        if rule is not None or (was.time(), old.duration_minutes) != (
            start.time().replace(tzinfo=None),
            new.duration_minutes,
        ):
            follow_main_series(s, new, was, old.duration_minutes, starts)
        new_id, ids = new.id, [r.id for r in rows]
    return SeriesResult(new_id, [get_session(db, i) for i in ids])


def _copy_series_signups(s: Session, from_id: str, to_id: str) -> None:
    """People signed up for a series stay signed up for the part split from it."""
    for contact_id in s.scalars(
        select(SeriesRegistration.contact_id).where(SeriesRegistration.series_id == from_id)
    ).all():
        s.add(SeriesRegistration(series_id=to_id, contact_id=contact_id))
    s.flush()


def _split_followups(
    s: Session, old: SessionSeries, new: SessionSeries, split_at: datetime
) -> None:
    """Split each follow-up series of old where old was split, so the later part follows new.

    The follow-up occurrences keep their own times; only their series changes.
    """
    for follow in s.scalars(
        select(SessionSeries).where(SessionSeries.followup_of_series_id == old.id)
    ).all():
        later = [
            r
            for r in s.scalars(
                select(LearningSession).where(LearningSession.series_id == follow.id)
            )
            if (r.recurrence_id or r.start_at) >= split_at
        ]
        if not later:
            continue
        at = min(r.recurrence_id or r.start_at for r in later)
        zone = rr.ZoneInfo(follow.timezone)
        first_later = at.astimezone(zone)
        part = SessionSeries(
            id=str(uuid.uuid4()),
            **{
                c: getattr(follow, c)
                for c in (
                    "collaborative_id",
                    "title",
                    "kind",
                    "duration_minutes",
                    "timezone",
                    "location",
                    "presenters",
                    "capacity",
                    "restricted_role",
                )
            },  # fmt: skip
            rrule=_following_rule(follow, at),
            dtstart_local=first_later.replace(tzinfo=None).isoformat(),
            exdates=json.dumps(
                [
                    d.replace(tzinfo=None).isoformat()
                    for d in series_exdates(follow)
                    if d >= first_later
                ]
            ),
            followup_of_series_id=new.id,
        )
        follow.rrule = rr.truncate_before(follow.rrule, at)
        follow.exdates = json.dumps(
            [d.replace(tzinfo=None).isoformat() for d in series_exdates(follow) if d < first_later]
        )
        s.add(part)
        s.flush()
        for r in later:
            r.series_id = part.id
        _copy_series_signups(s, follow.id, part.id)


def _following_rule(old: SessionSeries, split_at: datetime) -> str:
    """The old rule for the part from split_at on: a COUNT is reduced by what came before."""
    parts = rr.rule_parts(old.rrule)
    if "COUNT" in parts:
        before = [d for d in rr.expand(old.rrule, series_first_start(old)) if d < split_at]
        parts["COUNT"] = str(max(1, int(parts["COUNT"]) - len(before)))
    return rr.join_parts(parts)


def cancel_occurrence(db: Database, session_id: int) -> SessionRecord:
    """Cancel one occurrence: the row stays (marked cancelled) and its date becomes an exception."""
    with db.session() as s:
        row = s.get(LearningSession, session_id)
        if row is None:
            raise NotFoundError(
                translate("SeriesEdits", "No session with id {session_id}.").format(
                    session_id=session_id
                )
            )
        row.cancelled = True
        set_skipped(s, [session_id], skipped=True)
    return get_session(db, session_id)


def put_back_occurrences(s: Session, session_ids: list[int]) -> None:
    """Within a transaction: occurrences put back from the trash are part of their series again.

    Their dates are no longer skipped, and the upcoming ones get everyone who signed up for the
    whole series meanwhile.
    """
    set_skipped(s, session_ids, skipped=False)
    for row in s.scalars(select(LearningSession).where(LearningSession.id.in_(session_ids))):
        register_series_people(s, row)


def set_skipped(s: Session, session_ids: list[int], skipped: bool) -> None:
    """Within a transaction: add (or take back) these occurrences' dates as series exceptions.

    Deleting an occurrence skips its date, so a later whole-series edit does not bring it back;
    putting it back from the trash takes the exception away again (unless it is cancelled).
    """
    rows = s.scalars(
        select(LearningSession).where(
            LearningSession.id.in_(session_ids), LearningSession.series_id.is_not(None)
        )
    )
    for row in rows:
        series = s.get(SessionSeries, row.series_id)
        if series is None or (not skipped and row.cancelled):
            continue
        original = (row.recurrence_id or row.start_at).astimezone(rr.ZoneInfo(series.timezone))
        text = original.replace(tzinfo=None).isoformat()
        dates = set(json.loads(series.exdates or "[]"))
        changed = dates | {text} if skipped else dates - {text}
        if changed != dates:
            series.exdates = json.dumps(sorted(changed))
