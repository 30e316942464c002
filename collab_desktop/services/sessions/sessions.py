"""Use cases for learning sessions: list (by collaborative, by period), save, delete.

Times cross this layer as aware datetimes; they are stored in UTC and shown in the session's zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select

from collab_desktop.domain.records import DeleteImpact, SessionRecord
from collab_desktop.domain.timezones import local_zone_name, to_local
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.domain.validation import validate_session
from collab_desktop.domain.vocab import HOLDS_A_PLACE
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.services.record_versions import (
    check_version,
    refused_when_overtaken,
    stamp_fields,
)
from collab_desktop.services.safety.trash import TrashEntry, delete_to_trash
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, LearningSession, Registration

_FIELDS = (
    "collaborative_id",
    "title",
    "kind",
    "location",
    "presenters",
    "capacity",
    "notes",
    "series_id",
    "followup_of_id",
    "restricted_role",
    "cancelled",
)

# Registrations that hold a place (not cancelled, not waitlisted), per session: a correlated count through the registrations'
# (session_id, contact_id) index, so fetching one session or one month reads only their rows
# (a grouped subquery counted every registration in the database for each fetch).
_active_count = (
    select(func.count())
    .where(
        Registration.session_id == LearningSession.id,
        Registration.status.in_(HOLDS_A_PLACE),
    )
    .correlate(LearningSession)
    .scalar_subquery()
)

_SELECT = select(
    LearningSession, Collaborative.name, Collaborative.colour, _active_count
).outerjoin(Collaborative, Collaborative.id == LearningSession.collaborative_id)

# Shown for a session of every collaborative (the annual gathering); all_collaboratives_label()
# gives it in the chosen language.
ALL_COLLABORATIVES = QT_TRANSLATE_NOOP("Sessions", "All collaboratives")


def all_collaboratives_label() -> str:
    """'All collaboratives' in the chosen language: the collaborative of a session for all."""
    return translate("Sessions", ALL_COLLABORATIVES)


def session_record(
    row: LearningSession, collab_name: str | None, colour: str | None, n: int = 0
) -> SessionRecord:
    """A session row as a record, with times in the session's own zone."""
    return SessionRecord(
        id=row.id,
        **{f: getattr(row, f) for f in _FIELDS},
        start=to_local(row.start_at, row.timezone),
        end=to_local(row.end_at, row.timezone),
        collaborative_name=collab_name or all_collaboratives_label(),
        colour=colour or "#607D8B",
        registered_count=n,
        held_on_old_day=row.series_id is not None and row.recurrence_id is None,
        **stamp_fields(row),
    )


def list_sessions(
    db: Database,
    collaborative_id: int | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    search: str = "",
    series_id: str | None = None,
) -> list[SessionRecord]:
    """Sessions by start time; filter by collaborative, series and a period [start, end)."""
    query = _SELECT.order_by(LearningSession.start_at, LearningSession.id)
    if series_id is not None:
        query = query.where(LearningSession.series_id == series_id)
    if collaborative_id is not None:
        query = query.where(LearningSession.collaborative_id == collaborative_id)
    if start is not None:
        query = query.where(LearningSession.end_at > start)
    if end is not None:
        query = query.where(LearningSession.start_at < end)
    if search.strip():
        like = f"%{search.strip().lower()}%"
        query = query.where(
            func.lower(LearningSession.title).like(like)
            | func.lower(LearningSession.location).like(like)
            | func.lower(LearningSession.presenters).like(like)
        )
    with db.session() as s:
        return [session_record(*r) for r in s.execute(query)]


def sessions_by_ids(db: Database, session_ids: Sequence[int]) -> list[SessionRecord]:
    """These sessions (the ones that still exist), by start time."""
    ids = list(dict.fromkeys(session_ids))
    records: list[SessionRecord] = []
    with db.session() as s:
        for start in range(0, len(ids), 900):  # below SQLite's bound-parameter limit
            query = _SELECT.where(LearningSession.id.in_(ids[start : start + 900]))
            records += [session_record(*r) for r in s.execute(query)]
    return sorted(records, key=lambda r: (r.start, r.id))


def get_session(db: Database, session_id: int) -> SessionRecord:
    with db.session() as s:
        row = s.execute(_SELECT.where(LearningSession.id == session_id)).first()
        if row is None:
            raise NotFoundError(
                translate(
                    "Sessions",
                    "No session with id {session_id}. Run 'list sessions' to see the ids.",
                ).format(session_id=session_id)
            )
        return session_record(*row)


def save_session(db: Database, rec: SessionRecord) -> SessionRecord:
    """Create (id None) or update one session after validating it.

    An update based on another version than the stored one (rec.version) raises StaleRecord.
    """
    errors = validate_session(rec)
    if errors:
        raise ValidationError(errors)
    assert rec.start is not None and rec.end is not None
    current = lambda: get_session(db, rec.id)  # noqa: E731
    with refused_when_overtaken("session", rec.version, current), db.session() as s:
        if rec.collaborative_id is not None and s.get(Collaborative, rec.collaborative_id) is None:
            raise NotFoundError(
                translate("Sessions", "No collaborative with id {collaborative_id}.").format(
                    collaborative_id=rec.collaborative_id
                )
            )
        if rec.id is None:
            row = LearningSession()
            s.add(row)
        else:
            row = s.get(LearningSession, rec.id)
            if row is None:
                raise NotFoundError(
                    translate("Sessions", "No session with id {id}.").format(id=rec.id)
                )
            check_version("session", row.version, rec.version, current)
        for f in _FIELDS:
            value = getattr(rec, f)
            setattr(row, f, value.strip() if isinstance(value, str) else value)
        zone = getattr(rec.start.tzinfo, "key", None) or local_zone_name()
        row.timezone = zone
        row.start_at = rec.start
        row.end_at = rec.end
        s.flush()
        session_id = row.id
    return get_session(db, session_id)


def session_delete_impact(db: Database, session_id: int) -> DeleteImpact:
    with db.session() as s:
        return DeleteImpact(
            registrations=s.scalar(
                select(func.count()).where(Registration.session_id == session_id)
            )
            or 0
        )


def delete_session(db: Database, session_id: int) -> TrashEntry:
    """Move one session with its registrations to the trash."""
    return delete_to_trash(db, "session", [session_id])
