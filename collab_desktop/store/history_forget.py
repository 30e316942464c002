"""History of records deleted for good, or put back under a new id.

Emptying the trash must leave nothing of a person behind: forget removes the lines of what goes
for good and the lines naming a deleted contact in other records' histories. carry_over keeps the
history of a record that came back under a new id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Integer, and_, literal, or_, select
from sqlalchemy.engine import Connection

from collab_desktop.store.models import Collaborative, Contact, LearningSession, RecordChange
from collab_desktop.store.record_history import (
    CHUNK,
    CREATED,
    MEMBER_PREFIX,
    RECORD_KINDS,
    REGISTRATION_PREFIX,
    fit_field,
    record_label,
)


def forget(conn: Connection, rows: Mapping[str, list[Mapping[str, Any]]]) -> int:
    """Delete the history of records deleted for good (rows by table, as the trash kept them).

    Their own lines go, and the lines naming a deleted contact in a session's or collaborative's
    history ("registration: Ann Lee", "member: Ann Lee"): emptying the trash must leave nothing
    of a person behind. An id
    given meanwhile to a newer record keeps that record's history (from its "created" on).
    """
    gone = 0
    for table, kind in RECORD_KINDS.items():
        ids = sorted({row["id"] for row in rows.get(table, ())})
        for start in range(0, len(ids), CHUNK):
            gone += _forget_records(conn, table, kind, ids[start : start + CHUNK])
    for row in rows.get("contacts", ()):
        gone += _forget_person(conn, row, rows)
    return gone


# The lines naming a contact in other records' histories: (kind, prefix, link table, its column).
_NAMED_IN = (
    ("session", REGISTRATION_PREFIX, "registrations", "session_id"),
    ("collaborative", MEMBER_PREFIX, "memberships", "collaborative_id"),
)


def _forget_person(
    conn: Connection, contact: Mapping[str, Any], rows: Mapping[str, list[Mapping[str, Any]]]
) -> int:
    """Delete the lines naming this contact in sessions' and collaboratives' histories.

    Where no one else now goes by the same name, every such line goes (also those of a membership
    or registration ended before the deletion); otherwise only those of the links the trash
    kept, so that the namesake's lines stay.
    """
    label = record_label("contacts", contact)
    shared = _name_in_use(conn, contact, label)
    changes = RecordChange.__table__.c
    gone = 0
    for kind, prefix, link_table, column in _NAMED_IN:
        where = [changes.kind == kind, changes.field == fit_field(prefix + label)]
        if shared:
            ids = sorted(
                {r[column] for r in rows.get(link_table, ()) if r["contact_id"] == contact["id"]}
            )
            if not ids:
                continue
            where.append(changes.record_id.in_(ids))
        gone += conn.execute(RecordChange.__table__.delete().where(*where)).rowcount
    return gone


def _name_in_use(conn: Connection, contact: Mapping[str, Any], label: str) -> bool:
    """Whether a contact still in the database is named in history as this one was."""
    c = Contact.__table__.c
    first, last, email = (contact.get(k) for k in ("first_name", "last_name", "email"))
    same = [and_(c.first_name == first, c.last_name == last)] if first or last else []
    same += [c.email == email] if email else []
    if not same:
        return False  # named by id: no one else is
    query = select(c.id, c.first_name, c.last_name, c.email).where(
        or_(*same), c.id != contact["id"]
    )
    return any(record_label("contacts", row) == label for row in conn.execute(query).mappings())


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
