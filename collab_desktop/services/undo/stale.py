"""Undo and redo touch only rows still as the step left them; otherwise they refuse, changing nothing.

Several coordinators share one database, so a record this window edited may have been changed
since by someone else. Like the row log of links (services/safety/row_log.py), each step
compares what is stored now with what it left behind before going back or forward: an edited
record field by field, a delete by its trash item. (An import is checked by undo_import itself,
services/rosters/import_stale.py, whichever way it is undone.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain.records import STAMP_FIELDS
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import NotFoundError
from collab_desktop.services.safety.row_log import person_label
from collab_desktop.services.safety.stale_refusal import (
    StaleStep,
    changed_by,
    refused,
    verb_word,
)
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
    TrashItem,
)

MODELS: dict[str, type] = {
    "contact": Contact,
    "collaborative": Collaborative,
    "session": LearningSession,
    "membership": Membership,
    "registration": Registration,
}
# Fields a record shows but no edit of it sets (counts, names of what it belongs to, times).
_DERIVED = {
    # The version and who changed it move with every save (the save checks the version itself).
    *STAMP_FIELDS,
    "collaboratives",
    "member_count",
    "registered_count",
    "collaborative_name",
    "held_on_old_day",
}
_SHOWN_ONLY = {"session": {"colour"}}


def _who(s: Session, kind: str, record_id: Any) -> str:
    return changed_by(s, MODELS.get(kind), record_id)


def _comparable(kind: str, record: Any) -> dict[str, Any]:
    skip = _DERIVED | _SHOWN_ONLY.get(kind, set())
    return {f.name: getattr(record, f.name) for f in fields(record) if f.name not in skip}


def expect_record(
    db: Database, kind: str, expected: Any, label: str, direction: str, getter: Any
) -> Any:
    """The stored record must be as the step left it (expected); StaleStep otherwise. Returns
    the stored record, whose version the step's save is then based on."""
    try:
        current = getter(db, expected.id)
    except NotFoundError:
        raise refused(verb_word(direction), label, removed=True) from None
    if _comparable(kind, current) != _comparable(kind, expected):
        with db.session() as s:
            who = _who(s, kind, expected.id)
        raise refused(verb_word(direction), label, who)
    return current


def expect_records(db: Database, kind: str, ids: Iterable[Any], label: str, direction: str) -> None:
    """Every record must still exist (to be deleted again, or moved to the trash by undo)."""
    ids = list(ids)
    model = MODELS[kind]
    with db.session() as s:
        found = set(s.scalars(select(model.id).where(model.id.in_(ids))))
    if set(ids) - found:
        raise refused(verb_word(direction), label, removed=True)


def expect_trash(db: Database, trash_ids: Iterable[int], label: str, direction: str) -> None:
    """The step's trash items must still be in the trash (not put back or emptied by anyone)."""
    trash_ids = list(trash_ids)
    with db.session() as s:
        found = set(s.scalars(select(TrashItem.id).where(TrashItem.id.in_(trash_ids))))
    if set(trash_ids) - found:
        text = translate(
            "UndoSafety",
            "Cannot {verb}: {label} is no longer in the trash (put back or emptied since)",
        )
        raise StaleStep(text.format(verb=verb_word(direction), label=label))


def expect_places(db: Database, places: dict[int, tuple], direction: str) -> None:
    """Registrations must have the status, time of change and position the step gave them."""
    from collab_desktop.services.safety.row_log import session_label

    with db.session() as s:
        rows = s.scalars(select(Registration).where(Registration.id.in_(list(places)))).all()
        by_id = {r.id: r for r in rows}
        for rid, (status, changed_at, position) in places.items():
            row = by_id.get(rid)
            if row is None:
                raise refused(verb_word(direction), _registration(s, rid), removed=True)
            if (row.status, _utc(row.updated_at), row.waitlist_position) != (
                status,
                _utc(changed_at),
                position,
            ):
                label = f"{person_label(s, row.contact_id)} for {session_label(s, row.session_id)}"
                raise refused(verb_word(direction), label, _who(s, "registration", rid))


def _registration(_s: Session, rid: int) -> str:
    return translate("UndoSafety", "registration {id}").format(id=rid)


def _utc(moment: datetime | None) -> datetime | None:
    from datetime import UTC

    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
