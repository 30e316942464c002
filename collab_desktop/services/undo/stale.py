"""Undo and redo touch only rows still as the step left them; otherwise they refuse, changing nothing.

Several coordinators share one database, so a record this window edited may have been changed
since by someone else. Like the row log of links (services/safety/row_log.py), each step
compares what is stored now with what it left behind before going back or forward: an edited
record field by field, a delete by its trash item, an import by the time stamps it gave its rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain.records import STAMP_FIELDS
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ConflictError, NotFoundError
from collab_desktop.services.safety.row_log import person_label
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    ImportBatch,
    ImportChange,
    LearningSession,
    Membership,
    Registration,
    SeriesRegistration,
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


class StaleStep(ConflictError):
    """A step refused because its rows changed after it; it stays in the undo history."""


def _who(s: Session, kind: str, record_id: Any) -> str:
    model = MODELS.get(kind)
    column = getattr(model, "updated_by", None)
    if column is None or record_id is None:
        return ""
    return s.scalar(select(column).where(model.id == record_id)) or ""


def refused(verb: str, label: str, who: str = "", removed: bool = False) -> StaleStep:
    """'Cannot undo: Ana Ruiz was changed since, by someone else' (or by whom, where known)."""
    if removed:
        text = translate("UndoSafety", "Cannot {verb}: {label} was deleted since, by {who}")
    else:
        text = translate("UndoSafety", "Cannot {verb}: {label} was changed since, by {who}")
    who = who or translate("UndoSafety", "someone else")
    return StaleStep(text.format(verb=verb, label=label, who=who))


def verb_word(direction: str) -> str:
    """The direction as the messages say it."""
    return (
        translate("UndoSafety", "undo") if direction == "undo" else translate("UndoSafety", "redo")
    )


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


def expect_import_rows(db: Database, batch_id: int, label: str) -> None:
    """The contacts and memberships an import added or changed must be as it left them."""
    with db.session() as s:
        batch = s.get(ImportBatch, batch_id)
        if batch is None or batch.undone_at is not None:
            raise refused(verb_word("undo"), label, removed=True)
        ids: dict[str, set[int]] = {"contact": set(), "membership": set()}
        added: dict[str, set[int]] = {"contact": set(), "membership": set()}
        for entity, entity_id, action, before in s.execute(
            select(
                ImportChange.entity,
                ImportChange.entity_id,
                ImportChange.action,
                ImportChange.before,
            ).where(ImportChange.batch_id == batch_id)
        ):
            last = json.loads(before).get("through", entity_id) if action == "added" else entity_id
            ids[entity].update(range(entity_id, last + 1))
            if action == "added":
                added[entity].update(range(entity_id, last + 1))
        stamp = _utc(batch.imported_at)
        for entity, model in (("contact", Contact), ("membership", Membership)):
            wanted = sorted(ids[entity])
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows = s.execute(
                    select(model.id, model.updated_at).where(model.id.in_(chunk))
                ).all()
                if len(rows) != len(chunk):
                    gone = sorted(set(chunk) - {r[0] for r in rows})[0]
                    raise refused(verb_word("undo"), _import_label(s, entity, gone), removed=True)
                for rid, changed_at in rows:
                    if _utc(changed_at) != stamp:
                        raise refused(
                            verb_word("undo"), _import_label(s, entity, rid), _who(s, entity, rid)
                        )
        _expect_unused(s, sorted(added["contact"]), added["membership"])


def _expect_unused(s: Session, contacts: list[int], memberships: set[int]) -> None:
    """Contacts an import added have no links it did not make (undo would take them along)."""
    for start in range(0, len(contacts), 500):
        chunk = contacts[start : start + 500]
        for model in (Membership, Registration, SeriesRegistration):
            for rid, contact_id in s.execute(
                select(model.id, model.contact_id).where(model.contact_id.in_(chunk))
            ):
                if model is Membership and rid in memberships:
                    continue
                text = translate(
                    "UndoSafety",
                    "Cannot {verb}: {label} was signed up or added to a collaborative since, "
                    "by {who}",
                )
                who = _who(s, "contact", contact_id) or translate("UndoSafety", "someone else")
                raise StaleStep(
                    text.format(verb=verb_word("undo"), label=person_label(s, contact_id), who=who)
                )


def _import_label(s: Session, entity: str, rid: int) -> str:
    from collab_desktop.services.safety.row_log import collaborative_label

    if entity == "contact":
        return person_label(s, rid)
    row = s.get(Membership, rid)
    if row is None:
        return translate("UndoSafety", "a membership the import added")
    return f"{person_label(s, row.contact_id)} in {collaborative_label(s, row.collaborative_id)}"
