"""History of records deleted for good, or put back under a new id.

Emptying the trash must leave nothing of a person behind: forget removes the lines of what goes
for good and the lines naming a deleted contact in other records' histories. carry_over keeps the
history of a record that came back under a new id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Integer, literal, select
from sqlalchemy.engine import Connection

from collab_desktop.store.models import Collaborative, Contact, LearningSession, RecordChange
from collab_desktop.store.record_history import (
    CHUNK,
    CREATED,
    RECORD_KINDS,
    REGISTRATION_PREFIX,
    fit_field,
    record_label,
)


def forget(conn: Connection, rows: Mapping[str, list[Mapping[str, Any]]]) -> int:
    """Delete the history of records deleted for good (rows by table, as the trash kept them).

    Their own lines go, and the lines naming a deleted contact in a session's history
    ("registration: Ann Lee"): emptying the trash must leave nothing of a person behind. An id
    given meanwhile to a newer record keeps that record's history (from its "created" on).
    """
    gone = 0
    for table, kind in RECORD_KINDS.items():
        ids = sorted({row["id"] for row in rows.get(table, ())})
        for start in range(0, len(ids), CHUNK):
            gone += _forget_records(conn, table, kind, ids[start : start + CHUNK])
    contacts = {row["id"]: record_label("contacts", row) for row in rows.get("contacts", ())}
    lines: dict[str, set[int]] = {}
    for row in rows.get("registrations", ()):
        if row["contact_id"] in contacts:
            field = fit_field(REGISTRATION_PREFIX + contacts[row["contact_id"]])
            lines.setdefault(field, set()).add(row["session_id"])
    changes = RecordChange.__table__.c
    for field, session_ids in lines.items():
        gone += conn.execute(
            RecordChange.__table__.delete().where(
                changes.kind == "session",
                changes.field == field,
                changes.record_id.in_(sorted(session_ids)),
            )
        ).rowcount
    return gone


def _forget_records(conn: Connection, table: str, kind: str, ids: list[int]) -> int:
    model = {"contacts": Contact, "collaboratives": Collaborative}.get(table, LearningSession)
    changes = RecordChange.__table__.c
    delete = RecordChange.__table__.delete()
    taken = set(conn.scalars(select(model.id).where(model.id.in_(ids))))
    gone = 0
    free = [i for i in ids if i not in taken]
    if free:
        gone += conn.execute(
            delete.where(changes.kind == kind, changes.record_id.in_(free))
        ).rowcount
    for record_id in taken:  # reused: the newer record's history starts at its "created"
        newest = conn.scalar(
            select(changes.id)
            .where(changes.kind == kind, changes.record_id == record_id, changes.field == CREATED)
            .order_by(changes.id.desc())
            .limit(1)
        )
        if newest is not None:
            gone += conn.execute(
                delete.where(
                    changes.kind == kind, changes.record_id == record_id, changes.id < newest
                )
            ).rowcount
    return gone


def carry_over(conn: Connection, kind: str, old_id: int, new_id: int) -> int:
    """A record put back under a new id (its own was taken meanwhile) keeps its history: the
    lines written under the old id before the newer record's "created" are copied over."""
    changes = RecordChange.__table__.c
    newest = conn.scalar(
        select(changes.id)
        .where(changes.kind == kind, changes.record_id == old_id, changes.field == CREATED)
        .order_by(changes.id.desc())
        .limit(1)
    )
    if newest is None:
        return 0
    copied = select(
        changes.changed_at,
        changes.changed_by,
        changes.kind,
        literal(new_id, Integer),
        changes.field,
        changes.old_value,
        changes.new_value,
    ).where(changes.kind == kind, changes.record_id == old_id, changes.id < newest)
    names = ("changed_at", "changed_by", "kind", "record_id", "field", "old_value", "new_value")
    insert = RecordChange.__table__.insert().from_select(names, copied.order_by(changes.id))
    return conn.execute(insert).rowcount
