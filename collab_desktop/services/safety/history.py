"""History of a record: every change to a contact, collaborative or session, oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, Contact, LearningSession, RecordChange
from collab_desktop.store.record_history import CREATED

HISTORY_MODELS = {
    "contact": Contact,
    "collaborative": Collaborative,
    "session": LearningSession,
}


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One field of a record changed (or the record created, deleted, put back): when, by whom."""

    at: datetime
    user: str
    field: str
    old: str | None
    new: str | None


def record_history(db: Database, kind: str, record_id: int) -> list[HistoryEntry]:
    """The record's history, oldest first (from its creation: an id used again starts afresh).

    In the order the changes were written (ids), not by their clock: two workstations' clocks
    may disagree by minutes.

    Raises NotFoundError when there is no such record and nothing was ever recorded for it.
    """
    model = HISTORY_MODELS.get(kind)
    if model is None:
        raise ValidationError(
            {
                "kind": translate(
                    "RecordHistory", "History is kept for contacts, collaboratives and sessions."
                )
            }
        )
    with db.session() as s:
        rows = s.execute(
            select(
                RecordChange.changed_at,
                RecordChange.changed_by,
                RecordChange.field,
                RecordChange.old_value,
                RecordChange.new_value,
            )
            .where(RecordChange.kind == kind, RecordChange.record_id == record_id)
            .order_by(RecordChange.id)
        ).all()
        if not rows and s.get(model, record_id) is None:
            raise NotFoundError(
                translate("RecordHistory", "No {kind} with id {id}.").format(
                    kind=kind, id=record_id
                )
            )
    entries = [HistoryEntry(*row) for row in rows]
    starts = [i for i, e in enumerate(entries) if e.field == CREATED]
    return entries[starts[-1] :] if starts else entries
