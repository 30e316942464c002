"""History of records deleted for good, or put back under a new id.

Emptying the trash must leave nothing of a person behind: forget removes the lines of what goes
for good and the lines naming a deleted contact in other records' histories. carry_over keeps the
history of a record that came back under a new id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Integer, literal, or_, select
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
    of a person behind. An id given meanwhile to a newer record keeps that record's history
    (from its "created" on).
    """
    gone = 0
    for table, kind in RECORD_KINDS.items():
        ids = sorted({row["id"] for row in rows.get(table, ())})
        for start in range(0, len(ids), CHUNK):
            gone += _forget_records(conn, table, kind, ids[start : start + CHUNK])
    return gone + _forget_people(conn, rows)


# The lines naming a contact in other records' histories: (kind, prefix, link table, its column).
_NAMED_IN = (
    ("session", REGISTRATION_PREFIX, "registrations", "session_id"),
    ("collaborative", MEMBER_PREFIX, "memberships", "collaborative_id"),
)


def _forget_people(conn: Connection, rows: Mapping[str, list[Mapping[str, Any]]]) -> int:
    """Delete the lines naming the deleted contacts in sessions' and collaboratives' histories.

    Where no one else now goes by the same name, every such line goes (also those of a membership
    or registration ended before the deletion); otherwise only those of the links the trash
    kept, so that the namesake's lines stay. A few statements per 500 people, not per person.
    """
    people = {row["id"]: record_label("contacts", row) for row in rows.get("contacts", ())}
    if not people:
        return 0
    shared = _names_in_use(conn, rows["contacts"], set(people.values()))
    changes = RecordChange.__table__.c
    delete = RecordChange.__table__.delete()
    gone = 0
    for kind, prefix, link_table, column in _NAMED_IN:
        anywhere = sorted({fit_field(prefix + n) for n in people.values() if n not in shared})
        for start in range(0, len(anywhere), CHUNK):
            part = anywhere[start : start + CHUNK]
            gone += conn.execute(
                delete.where(changes.kind == kind, changes.field.in_(part))
            ).rowcount
        kept_links: dict[str, set[int]] = {}
        for link in rows.get(link_table, ()):
            name = people.get(link["contact_id"])
            if name in shared:
                kept_links.setdefault(fit_field(prefix + name), set()).add(link[column])
        for field, ids in kept_links.items():
            gone += conn.execute(
                delete.where(
                    changes.kind == kind, changes.field == field, changes.record_id.in_(sorted(ids))
                )
            ).rowcount
    return gone


def _names_in_use(conn: Connection, contacts: list[Mapping[str, Any]], names: set[str]) -> set[str]:
    """Which of these names a contact still in the database goes by in history (a namesake)."""
    c = Contact.__table__.c
    found: set[str] = set()
    for start in range(0, len(contacts), CHUNK):
        part = contacts[start : start + CHUNK]
        lasts = {r.get("last_name") for r in part if r.get("last_name")}
        firsts = {r.get("first_name") for r in part if r.get("first_name")}
        emails = {r.get("email") for r in part if r.get("email")}
        same = [column.in_(sorted(values)) for column, values in (
            (c.last_name, lasts), (c.first_name, firsts), (c.email, emails)
        ) if values]  # fmt: skip
        if not same:
            continue
        query = select(c.first_name, c.last_name, c.email, c.id).where(or_(*same))
        for row in conn.execute(query).mappings():
            label = record_label("contacts", row)
            if label in names:
                found.add(label)
    return found


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
