"""The trash: a delete keeps the record and everything that went with it, restorable until emptied.

A delete captures the rows themselves and, following the foreign keys, every row the database
would cascade-delete with them (memberships, sessions, registrations, ...) plus the links it would
set to NULL; all of it is stored as JSON in one TrashItem in the same transaction as the delete.
Restoring (trash_restore.py) puts the rows back with their ids (new ids only where an id was taken
meanwhile). A feature whose records need more than their rows (a series skips the date of a
deleted occurrence) registers hooks in trash_hooks.py, run in the same transaction. This module is
the trash's front: callers import everything from here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import JSON, Table, cast, delete, func, select
from sqlalchemy.orm import Session

from collab_desktop.domain.record_words import count_text, join_words
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.services.safety.trash_hooks import run_trash_hooks
from collab_desktop.services.safety.trash_labels import trash_label
from collab_desktop.services.safety.trash_parents import parent_stamps
from collab_desktop.services.safety.trash_restore import TrashRestore, restore_from_trash
from collab_desktop.services.safety.trash_rows import (
    PAYLOAD_VERSION,
    ROOTS,
    chunks,
    decode_row,
    encode_value,
    primary_key,
)
from collab_desktop.store import history_forget
from collab_desktop.store.acting_user import acting_user
from collab_desktop.store.database import Database
from collab_desktop.store.models import Base, TrashItem
from collab_desktop.store.record_history import LINK_TABLES, RECORD_KINDS, HistoryBatch

__all__ = [
    "PAYLOAD_VERSION",
    "ROOTS",
    "TrashEntry",
    "TrashRestore",
    "delete_to_trash",
    "delete_to_trash_in",
    "empty_trash",
    "list_trash",
    "restore_from_trash",
    "trash_count",
]


@dataclass(slots=True)
class TrashEntry:
    """One deleted record (or several deleted together), as listed in the Trash view."""

    id: int
    kind: str
    label: str
    deleted_at: datetime
    counts: dict[str, int] = field(default_factory=dict)
    # Who deleted it (database user, login or --user); "" for items from before it was kept.
    deleted_by: str = ""

    def describe(self) -> str:
        """What the entry holds, e.g. '3 contacts, 4 memberships and 2 registrations'."""
        return join_words([count_text(table, n) for table, n in self.counts.items()])


class _Capture:
    """Rows that a delete of some roots takes with it, found by following the foreign keys."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.rows: dict[str, list[dict]] = {}
        self.seen: set[tuple[str, object]] = set()
        self.nulled: list[list] = []

    def add(self, table: Table, ids: Sequence) -> None:
        pk = primary_key(table)
        fresh_ids = []
        for part in chunks(list(ids)):
            for row in self.s.execute(select(table).where(pk.in_(part))).mappings():
                key = (table.name, row[pk.name])
                if key in self.seen:
                    continue
                self.seen.add(key)
                self.rows.setdefault(table.name, []).append(
                    {k: encode_value(v) for k, v in row.items()}
                )
                fresh_ids.append(row[pk.name])
        if not fresh_ids:
            return
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                for part in chunks(fresh_ids):
                    if fk.ondelete == "CASCADE":
                        self.add(
                            child,
                            self.s.scalars(
                                select(primary_key(child)).where(fk.parent.in_(part))
                            ).all(),
                        )
                    elif fk.ondelete == "SET NULL":
                        query = select(primary_key(child), fk.parent).where(fk.parent.in_(part))
                        for child_id, value in self.s.execute(query):
                            self.nulled.append([child.name, child_id, fk.parent.name, value])

    def kept_nulled(self) -> list[list]:
        """Links the deletion empties in rows that stay ([table, id, column, old value]); links
        from rows that go to the trash themselves come back with those rows."""
        return [n for n in self.nulled if (n[0], n[1]) not in self.seen]

    def payload(self, kind: str, ids: Sequence) -> dict:
        nulled = self.kept_nulled()
        return {
            "version": PAYLOAD_VERSION,
            "kind": kind,
            "ids": list(ids),
            # Read by list_trash without decoding the rows.
            "counts": _ordered_counts(kind, {t: len(r) for t, r in self.rows.items() if r}),
            "rows": self.rows,
            "nulled": nulled,
            "parents": parent_stamps(self.s, self.rows, self.seen),
            # The trash is shared by everyone on the database: say who deleted it.
            "deleted_by": acting_user(self.s.get_bind()),
        }


def _record_deleted(s: Session, rows: dict[str, list[dict]], nulled: list[list]) -> None:
    """History: records deleted, memberships and registrations removed, and links the deletion
    empties in records that stay (a follow-up's "Follow-up of"); written before the rows go."""
    batch = HistoryBatch()
    tables = Base.metadata.tables
    for name, raws in rows.items():
        if name in RECORD_KINDS or name in LINK_TABLES:
            for raw in raws:
                batch.add(name, decode_row(tables[name], raw), None)
    for name, row_id, column, value in nulled:
        if name in RECORD_KINDS:
            batch.add(name, {"id": row_id, column: value}, {"id": row_id, column: None})
    batch.write(s.connection())


def delete_to_trash_in(s: Session, kind: str, ids: Sequence[int]) -> TrashItem:
    """Within a transaction: move records (and what goes with them) to one trash item."""
    if kind not in ROOTS:
        raise ValidationError(
            {
                "kind": translate("Trash", "Cannot delete {kind!r} records to the trash.").format(
                    kind=kind
                )
            }
        )
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ValidationError({"ids": translate("Trash", "Choose at least one record to delete.")})
    table = ROOTS[kind]
    pk = primary_key(table)
    found = set()
    for part in chunks(ids):
        found.update(s.scalars(select(pk).where(pk.in_(part))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(
            translate("Trash", "No {kind} with id {value}.").format(kind=kind, value=missing[0])
        )
    label = trash_label(s, kind, table.name, ids)
    run_trash_hooks(s, kind, ids)
    capture = _Capture(s)
    capture.add(table, ids)
    item = TrashItem(kind=kind, label=label[:400], payload=json.dumps(capture.payload(kind, ids)))
    s.add(item)
    _record_deleted(s, capture.rows, capture.kept_nulled())
    for part in chunks(ids):
        s.execute(delete(table).where(pk.in_(part)))
    s.flush()
    return item


def delete_to_trash(db: Database, kind: str, ids: Sequence[int]) -> TrashEntry:
    """Delete records with everything that goes with them, keeping all of it in the trash."""
    with db.session() as s:
        return _entry(delete_to_trash_in(s, kind, ids))


def _ordered_counts(kind: str, counts: dict[str, int]) -> dict[str, int]:
    """The main records first, then what went with them."""
    root = ROOTS.get(kind)
    if root is not None and root.name in counts:
        counts = {root.name: counts.pop(root.name), **counts}
    return counts


def _entry(item: TrashItem) -> TrashEntry:
    payload = json.loads(item.payload)
    rows = payload.get("rows", {})
    counts = _ordered_counts(item.kind, {table: len(r) for table, r in rows.items() if r})
    return TrashEntry(
        item.id, item.kind, item.label, item.deleted_at, counts, payload.get("deleted_by") or ""
    )


def list_trash(db: Database) -> list[TrashEntry]:
    """What is in the trash, most recently deleted first (counts read without the rows)."""
    counts = cast(TrashItem.payload, JSON)["counts"]
    deleted_by = cast(TrashItem.payload, JSON)["deleted_by"].as_string()
    with db.session() as s:
        rows = s.execute(
            select(
                TrashItem.id,
                TrashItem.kind,
                TrashItem.label,
                TrashItem.deleted_at,
                counts,
                deleted_by,
            ).order_by(TrashItem.deleted_at.desc(), TrashItem.id.desc())
        ).all()
        entries = []
        for item_id, kind, label, deleted_at, stored, who in rows:
            if stored is None:  # an item written before counts were kept
                entries.append(_entry(s.get(TrashItem, item_id)))
            else:
                entries.append(
                    TrashEntry(item_id, kind, label, deleted_at, dict(stored), who or "")
                )
        return entries


def trash_count(db: Database) -> int:
    """How many items the trash holds."""
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(TrashItem)) or 0


def empty_trash(db: Database, trash_ids: Sequence[int] | None = None) -> int:
    """Delete trash items for good (all of them, or the ones given); returns how many."""
    with db.session() as s:
        query = delete(TrashItem)
        items = select(TrashItem.payload)
        if trash_ids is not None:
            query = query.where(TrashItem.id.in_(list(trash_ids)))
            items = items.where(TrashItem.id.in_(list(trash_ids)))
        # What is deleted for good takes its history with it (nothing of a person stays).
        tables = Base.metadata.tables
        for payload in s.scalars(items):
            rows = json.loads(payload).get("rows", {})
            history_forget.forget(
                s.connection(),
                {
                    name: [decode_row(tables[name], raw) for raw in rows.get(name, ())]
                    for name in (*RECORD_KINDS, "registrations", "memberships")
                },
            )
        return s.execute(query).rowcount or 0
