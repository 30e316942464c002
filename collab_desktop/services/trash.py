"""The trash: a delete keeps the record and everything that went with it, restorable until emptied.

A delete captures the rows themselves and, following the foreign keys, every row the database
would cascade-delete with them (memberships, sessions, registrations, ...) plus the links it would
set to NULL; all of it is stored as JSON in one TrashItem in the same transaction as the delete.
Restoring puts the rows back with their ids (new ids only where an id was taken meanwhile).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import JSON, Column, Table, cast, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import Date

from collab_desktop.domain.record_words import count_text, table_words
from collab_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from collab_desktop.services.trash_labels import trash_label
from collab_desktop.services.trash_parents import parent_stamps, stale_parents
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Base,
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
    TrashItem,
)
from collab_desktop.store.types import UTCDateTime

PAYLOAD_VERSION = 1
_CHUNK = 500
ROOTS: dict[str, Table] = {
    "contact": Contact.__table__,
    "collaborative": Collaborative.__table__,
    "session": LearningSession.__table__,
    "membership": Membership.__table__,
    "registration": Registration.__table__,
}


@dataclass(slots=True)
class TrashEntry:
    """One deleted record (or several deleted together), as listed in the Trash view."""

    id: int
    kind: str
    label: str
    deleted_at: datetime
    counts: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        """What the entry holds, e.g. '3 contacts, 4 memberships and 2 registrations'."""
        parts = [count_text(table, n) for table, n in self.counts.items()]
        if len(parts) <= 1:
            return "".join(parts)
        return ", ".join(parts[:-1]) + " and " + parts[-1]


@dataclass(slots=True)
class TrashRestore:
    """What a restore put back: the ids of the main records (new ones if ids were taken)."""

    kind: str
    ids: list[int]
    label: str
    skipped: int = 0


def _pk(table: Table) -> Column:
    (col,) = table.primary_key.columns
    return col


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _encode(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _decode(table: Table, raw: dict) -> dict:
    values = {}
    for name, value in raw.items():
        col = table.columns[name]
        if value is not None and isinstance(col.type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(col.type, Date):
            value = date.fromisoformat(value)
        values[name] = value
    return values


class _Capture:
    """Rows that a delete of some roots takes with it, found by following the foreign keys."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.rows: dict[str, list[dict]] = {}
        self.seen: set[tuple[str, object]] = set()
        self.nulled: list[list] = []

    def add(self, table: Table, ids: Sequence) -> None:
        pk = _pk(table)
        fresh_ids = []
        for part in _chunks(list(ids)):
            for row in self.s.execute(select(table).where(pk.in_(part))).mappings():
                key = (table.name, row[pk.name])
                if key in self.seen:
                    continue
                self.seen.add(key)
                self.rows.setdefault(table.name, []).append({k: _encode(v) for k, v in row.items()})
                fresh_ids.append(row[pk.name])
        if not fresh_ids:
            return
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                for part in _chunks(fresh_ids):
                    if fk.ondelete == "CASCADE":
                        self.add(
                            child,
                            self.s.scalars(select(_pk(child)).where(fk.parent.in_(part))).all(),
                        )
                    elif fk.ondelete == "SET NULL":
                        query = select(_pk(child), fk.parent).where(fk.parent.in_(part))
                        for child_id, value in self.s.execute(query):
                            self.nulled.append([child.name, child_id, fk.parent.name, value])

    def payload(self, kind: str, ids: Sequence) -> dict:
        # Links from rows that go to the trash themselves come back with those rows.
        nulled = [n for n in self.nulled if (n[0], n[1]) not in self.seen]
        return {
            "version": PAYLOAD_VERSION,
            "kind": kind,
            "ids": list(ids),
            # Read by list_trash without decoding the rows.
            "counts": _ordered_counts(kind, {t: len(r) for t, r in self.rows.items() if r}),
            "rows": self.rows,
            "nulled": nulled,
            "parents": parent_stamps(self.s, self.rows, self.seen),
        }


def delete_to_trash_in(s: Session, kind: str, ids: Sequence[int]) -> TrashItem:
    """Within a transaction: move records (and what goes with them) to one trash item."""
    if kind not in ROOTS:
        raise ValidationError({"kind": f"Cannot delete {kind!r} records to the trash."})
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ValidationError({"ids": "Choose at least one record to delete."})
    table = ROOTS[kind]
    pk = _pk(table)
    found = set()
    for part in _chunks(ids):
        found.update(s.scalars(select(pk).where(pk.in_(part))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"No {kind} with id {missing[0]}.")
    label = trash_label(s, kind, table.name, ids)
    if kind == "session":
        from collab_desktop.services.series_edits import set_skipped

        set_skipped(s, ids, skipped=True)
    capture = _Capture(s)
    capture.add(table, ids)
    item = TrashItem(kind=kind, label=label[:400], payload=json.dumps(capture.payload(kind, ids)))
    s.add(item)
    for part in _chunks(ids):
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
    rows = json.loads(item.payload).get("rows", {})
    counts = _ordered_counts(item.kind, {table: len(r) for table, r in rows.items() if r})
    return TrashEntry(item.id, item.kind, item.label, item.deleted_at, counts)


def list_trash(db: Database) -> list[TrashEntry]:
    """What is in the trash, most recently deleted first (counts read without the rows)."""
    counts = cast(TrashItem.payload, JSON)["counts"]
    with db.session() as s:
        rows = s.execute(
            select(
                TrashItem.id, TrashItem.kind, TrashItem.label, TrashItem.deleted_at, counts
            ).order_by(TrashItem.deleted_at.desc(), TrashItem.id.desc())
        ).all()
        entries = []
        for item_id, kind, label, deleted_at, stored in rows:
            if stored is None:  # an item written before counts were kept
                entries.append(_entry(s.get(TrashItem, item_id)))
            else:
                entries.append(TrashEntry(item_id, kind, label, deleted_at, dict(stored)))
        return entries


def trash_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(TrashItem)) or 0


class _Restorer:
    """Puts rows back table by table (parents first), in batches where ids are free."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.id_map: dict[str, dict] = {}
        self.known: set[tuple[str, object]] = set()
        self.absent: set[tuple[str, object]] = set()
        self.self_links: list[tuple[Table, object, str, object]] = []
        self.skipped = 0
        # Table name -> the parent tables whose missing rows kept some of its rows out.
        self.missing_parents: dict[str, set[str]] = {}
        # Parents outside the item that are gone, or whose id is now another record's.
        self.stale: set[tuple[str, object]] = set()
        self.replaced = False  # a missing parent's id belongs to a newer record now

    def prefetch(self, table: Table, values: Iterable[object]) -> None:
        """Look up in a few queries which of these ids exist (instead of one query per row)."""
        todo = list(
            {v for v in values if v is not None} - {k for t, k in self.known if t == table.name}
        )
        pk = _pk(table)
        for part in _chunks(todo):
            found = set(self.s.scalars(select(pk).where(pk.in_(part))))
            for value in part:
                key = (table.name, value)
                (self.known if value in found else self.absent).add(key)

    def exists(self, table: Table, value: object) -> bool:
        key = (table.name, value)
        if key in self.known:
            return True
        if key not in self.absent:
            self.prefetch(table, [value])
        return key in self.known

    def mapped(self, table: Table, value: object) -> object:
        return self.id_map.get(table.name, {}).get(value, value)

    def present(self, parent: Table, old_id: object) -> bool:
        """Whether a row's parent is there: put back with this item, or the same record as then."""
        back = self.id_map.get(parent.name, {})
        if old_id in back:
            return self.exists(parent, back[old_id])
        return (parent.name, old_id) not in self.stale and self.exists(parent, old_id)

    def put_back_table(self, table: Table, raws: list[dict]) -> None:
        pk = _pk(table)
        rows = [_decode(table, raw) for raw in raws]
        self.prefetch(table, [r[pk.name] for r in rows])
        for fk in table.foreign_keys:
            parent = fk.column.table
            if parent is not table:
                self.prefetch(parent, [self.mapped(parent, r.get(fk.parent.name)) for r in rows])
        batch: list[dict] = []
        for values in rows:
            links = self._resolve_links(table, values)
            if links is None:
                continue
            old_id = values[pk.name]
            if self.exists(table, old_id):
                # The id was given to a newer record meanwhile: this one gets a new id.
                if isinstance(old_id, str):
                    values[pk.name] = str(uuid.uuid4())
                else:
                    del values[pk.name]
                new_id = self.s.execute(insert(table).values(**values)).inserted_primary_key[0]
            else:
                batch.append(values)
                new_id = old_id
            self.id_map.setdefault(table.name, {})[old_id] = new_id
            self.known.add((table.name, new_id))
            self.absent.discard((table.name, new_id))
            for name, target in links:
                self.self_links.append((table, new_id, name, target))
        if batch:
            self.s.execute(insert(table), batch)

    def _resolve_links(self, table: Table, values: dict) -> list[tuple[str, object]] | None:
        """Point foreign keys at the (possibly new) parents; None when a parent is gone."""
        links = []
        for fk in table.foreign_keys:
            name, parent = fk.parent.name, fk.column.table
            if values.get(name) is None:
                continue
            target = self.mapped(parent, values[name])
            if parent is table:
                # Inserted first without the link, so order within the table does not matter.
                links.append((name, values[name]))
                values[name] = None
            elif self.present(parent, values[name]):
                values[name] = target
            elif fk.parent.nullable:
                values[name] = None
            else:
                # Its parent was deleted separately and is not coming back with this item.
                self.skipped += 1
                self.missing_parents.setdefault(table.name, set()).add(parent.name)
                self.replaced |= self.exists(parent, values[name])
                return None
        return links

    def relink(self, nulled: list[list]) -> None:
        for table, row_id, name, target in self.self_links:
            if self.present(table, target):
                target = self.mapped(table, target)
                self.s.execute(
                    update(table)
                    .where(_pk(table) == row_id)
                    .values(_keep_stamp(table, name, target))
                )
        tables = Base.metadata.tables
        for table_name, row_id, name, target in nulled:
            table = tables[table_name]
            (fk,) = table.columns[name].foreign_keys
            target = self.mapped(fk.column.table, target)
            if self.exists(table, row_id) and self.exists(fk.column.table, target):
                self.s.execute(
                    update(table)
                    .where(_pk(table) == row_id, table.columns[name].is_(None))
                    .values(_keep_stamp(table, name, target))
                )


def _keep_stamp(table: Table, name: str, target: object) -> dict:
    """Values for relinking a row without touching its updated_at (putting back is not an edit)."""
    values: dict = {name: target}
    if "updated_at" in table.columns:
        values["updated_at"] = table.columns["updated_at"]
    return values


# What a restore says when a unique rule refuses a row, by the kind of the trash item.
_CONFLICTS = {
    "membership": "that contact is in that collaborative again (added after the removal). "
    "Edit that membership instead, or remove it and restore again.",
    "registration": "that person is registered for that session again (added after the "
    "removal). Change that registration instead, or remove it and restore again.",
}
_CONFLICT = (
    "another record now has the same email or name. Change or delete that record, then restore "
    "again."
)


def _refuse_orphans(restorer: _Restorer, root: Table, label: str, ids: Sequence) -> None:
    """A membership or registration cannot come back without its contact, collaborative or session."""
    back = restorer.id_map.get(root.name, {})
    if all(i in back for i in ids):
        return
    parents = sorted(restorer.missing_parents.get(root.name, ()))
    words = " or ".join(table_words(p)[0] for p in parents) or "record"
    if restorer.replaced:
        raise ConflictError(
            f"Could not put back {label!r}: the {words} it belonged to was deleted, and a newer "
            "record has taken its place. Add it again by hand if it is still wanted."
        )
    raise ConflictError(
        f"Could not put back {label!r}: the {words} it belongs to has been deleted. "
        f"If that {words} is in the trash, put it back first, then restore this again."
    )


def restore_from_trash(db: Database, trash_id: int) -> TrashRestore:
    """Put a trash item's records back, all of them in one transaction, and drop the item."""
    label, kind = "", ""
    try:
        with db.session() as s:
            item = s.get(TrashItem, trash_id)
            if item is None:
                raise NotFoundError(
                    f"Nothing in the trash with id {trash_id}; it may have been emptied."
                )
            label, kind = item.label, item.kind
            payload = json.loads(item.payload)
            restorer = _Restorer(s)
            restorer.stale = stale_parents(s, payload.get("parents", {}))
            rows = payload.get("rows", {})
            for table in Base.metadata.sorted_tables:
                if rows.get(table.name):
                    restorer.put_back_table(table, rows[table.name])
            restorer.relink(payload.get("nulled", []))
            root = ROOTS[item.kind]
            _refuse_orphans(restorer, root, label, payload.get("ids", []))
            ids = [restorer.mapped(root, i) for i in payload.get("ids", [])]
            if item.kind == "session":
                from collab_desktop.services.series_edits import set_skipped

                s.flush()
                set_skipped(s, ids, skipped=False)
            result = TrashRestore(item.kind, ids, item.label, restorer.skipped)
            s.delete(item)
            s.flush()
    except IntegrityError as exc:
        raise ConflictError(
            f"Could not put back {label!r}: {_CONFLICTS.get(kind, _CONFLICT)}"
        ) from exc
    return result


def empty_trash(db: Database, trash_ids: Sequence[int] | None = None) -> int:
    """Delete trash items for good (all of them, or the ones given); returns how many."""
    with db.session() as s:
        query = delete(TrashItem)
        if trash_ids is not None:
            query = query.where(TrashItem.id.in_(list(trash_ids)))
        return s.execute(query).rowcount or 0
