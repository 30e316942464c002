"""Use cases for collaboratives: list, find, save, and what a delete would take with it.

The delete itself goes through the trash (undo.delete_with_undo), like every other delete.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collab_desktop.domain.records import CollaborativeRecord, DeleteImpact
from collab_desktop.domain.translation import translate
from collab_desktop.domain.validation import validate_collaborative
from collab_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from collab_desktop.services.record_versions import (
    check_version,
    refused_when_overtaken,
    stamp_fields,
)
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, LearningSession, Membership, Registration

_FIELDS = (
    "name",
    "short_name",
    "kind",
    "focus",
    "status",
    "start_date",
    "sponsor",
    "description",
    "colour",
)


def _record(row: Collaborative, member_count: int = 0) -> CollaborativeRecord:
    return CollaborativeRecord(
        id=row.id,
        **{f: getattr(row, f) for f in _FIELDS},
        member_count=member_count,
        **stamp_fields(row),
    )


def list_collaboratives(db: Database) -> list[CollaborativeRecord]:
    """Every collaborative, by name, with its number of active members."""
    return _with_counts(db)


def collaboratives_by_ids(db: Database, ids: Sequence[int]) -> list[CollaborativeRecord]:
    """These collaboratives (the ones that still exist), with their numbers of active members."""
    return _with_counts(db, list(ids))


def _with_counts(db: Database, ids: list[int] | None = None) -> list[CollaborativeRecord]:
    counts = (
        select(Membership.collaborative_id, func.count().label("n"))
        .where(Membership.active.is_(True))
        .group_by(Membership.collaborative_id)
        .subquery()
    )
    query = (
        select(Collaborative, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.collaborative_id == Collaborative.id)
        .order_by(func.lower(Collaborative.name))
    )
    if ids is not None:
        query = query.where(Collaborative.id.in_(ids))
    with db.session() as s:
        return [_record(row, n) for row, n in s.execute(query).all()]


def get_collaborative(db: Database, collaborative_id: int) -> CollaborativeRecord:
    with db.session() as s:
        row = s.get(Collaborative, collaborative_id)
        if row is None:
            raise NotFoundError(
                translate("Collaboratives", "No collaborative with id {collaborative_id}.").format(
                    collaborative_id=collaborative_id
                )
            )
        return _record(row)


def find_collaborative(s: Session, name: str) -> Collaborative | None:
    """Match a name or short name, ignoring case and surrounding spaces."""
    key = name.strip().lower()
    return s.scalar(
        select(Collaborative).where(
            (func.lower(Collaborative.name) == key) | (func.lower(Collaborative.short_name) == key)
        )
    )


def collaborative_by_name(db: Database, name: str) -> CollaborativeRecord:
    """The collaborative called name (or short name); NotFoundError lists the known names."""
    with db.session() as s:
        row = find_collaborative(s, name)
        if row is None:
            known = ", ".join(sorted(s.scalars(select(Collaborative.name))))
            raise NotFoundError(
                translate(
                    "Collaboratives",
                    "No collaborative called {name!r}. Known collaboratives: {value}.",
                ).format(name=name, value=known or translate("Collaboratives", "none yet"))
            )
        return _record(row)


def save_collaborative(db: Database, rec: CollaborativeRecord) -> CollaborativeRecord:
    """Create (id None) or update a collaborative after validating it.

    An update based on another version than the stored one (rec.version) raises StaleRecord.
    """
    errors = validate_collaborative(rec)
    if errors:
        raise ValidationError(errors)
    current = lambda: get_collaborative(db, rec.id)  # noqa: E731
    with refused_when_overtaken("collaborative", rec.version, current), db.session() as s:
        clash = s.scalar(
            select(Collaborative.id).where(
                func.lower(Collaborative.name) == rec.name.strip().lower(),
                Collaborative.id != (rec.id or -1),
            )
        )
        if clash is not None:
            raise ConflictError(
                translate(
                    "Collaboratives", "A collaborative called {value!r} already exists."
                ).format(value=rec.name.strip()),
                "name",
            )
        if rec.id is None:
            row = Collaborative()
            s.add(row)
        else:
            row = s.get(Collaborative, rec.id)
            if row is None:
                raise NotFoundError(
                    translate("Collaboratives", "No collaborative with id {id}.").format(id=rec.id)
                )
            check_version("collaborative", row.version, rec.version, current)
        for f in _FIELDS:
            value = getattr(rec, f)
            setattr(row, f, value.strip() if isinstance(value, str) else value)
        s.flush()
        return _record(row)


def collaborative_delete_impact(db: Database, collaborative_id: int) -> DeleteImpact:
    """Memberships, sessions and registrations that go with the collaborative (contacts stay)."""
    with db.session() as s:
        session_ids = select(LearningSession.id).where(
            LearningSession.collaborative_id == collaborative_id
        )
        return DeleteImpact(
            memberships=s.scalar(
                select(func.count()).where(Membership.collaborative_id == collaborative_id)
            )
            or 0,
            sessions=s.scalar(
                select(func.count()).where(LearningSession.collaborative_id == collaborative_id)
            )
            or 0,
            registrations=s.scalar(
                select(func.count()).where(Registration.session_id.in_(session_ids))
            )
            or 0,
        )
