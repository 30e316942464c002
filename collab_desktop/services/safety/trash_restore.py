"""Putting a trash item back: its rows return with their ids, parents first, in one transaction.

Ids taken meanwhile get new ones; rows whose parent was deleted separately stay out (links that may
be empty are left empty), and a restore that would leave its main records orphaned is refused.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collab_desktop.domain.record_words import table_words
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.services.errors import ConflictError, NotFoundError
from collab_desktop.services.safety.trash_hooks import run_restore_hooks
from collab_desktop.services.safety.trash_parents import stale_parents
from collab_desktop.services.safety.trash_rows import ROOTS, chunks, decode_row, primary_key
from collab_desktop.store.acting_user import acting_user
from collab_desktop.store.database import Database
from collab_desktop.store.history_forget import carry_over
from collab_desktop.store.models import Base, TrashItem
from collab_desktop.store.record_history import LINK_TABLES, RECORD_KINDS, HistoryBatch
from collab_desktop.store.record_stamps import is_versioned


@dataclass(slots=True)
class TrashRestore:
    """What a restore put back: the ids of the main records (new ones if ids were taken)."""

    kind: str
    ids: list[int]
    label: str
    skipped: int = 0


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
        self.user = acting_user(s.get_bind())
        # History of the restore: the records put back and the links pointed back at them.
        self.history = HistoryBatch()

    def prefetch(self, table: Table, values: Iterable[object]) -> None:
        """Look up in a few queries which of these ids exist (instead of one query per row)."""
        todo = list(
            {v for v in values if v is not None} - {k for t, k in self.known if t == table.name}
        )
        pk = primary_key(table)
        for part in chunks(todo):
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
        pk = primary_key(table)
        rows = [self._new_version(table, decode_row(table, raw)) for raw in raws]
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

    def _new_version(self, table: Table, values: dict) -> dict:
        """Putting back is a change: the next version, never one an open form may still hold."""
        if is_versioned(table):
            values["version"] = (values.get("version") or 0) + 1
            values["updated_by"] = self.user
            values.setdefault("created_by", self.user)
        return values

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

    def record_history(self, rows: dict[str, list[dict]]) -> None:
        """History: the records put back, their memberships and registrations again, and the
        links relinked to them (written in one go, in the restore's transaction)."""
        batch = self.history
        tables = Base.metadata.tables
        for name, raws in rows.items():
            if name not in RECORD_KINDS and name not in LINK_TABLES:
                continue
            table = tables[name]
            pk = primary_key(table)
            back = self.id_map.get(name, {})
            for raw in raws:
                if raw[pk.name] not in back:
                    continue  # stayed out: its parent is gone
                if name in RECORD_KINDS and back[raw[pk.name]] != raw[pk.name]:
                    carry_over(
                        self.s.connection(), RECORD_KINDS[name], raw[pk.name], back[raw[pk.name]]
                    )
                values = decode_row(table, raw)
                values[pk.name] = back[raw[pk.name]]
                for fk in table.foreign_keys:
                    if values.get(fk.parent.name) is not None:
                        values[fk.parent.name] = self.mapped(
                            fk.column.table, values[fk.parent.name]
                        )
                batch.add(name, None, values, restored=True)
        batch.write(self.s.connection())

    def relink(self, nulled: list[list]) -> None:
        """Links inside the item, then links emptied at the deletion (e.g. a follow-up session's
        "Follow-up of"), point at the records again; the latter are changes of the record that
        holds them, so they go to its history."""
        for table, row_id, name, target in self.self_links:
            if self.present(table, target):
                target = self.mapped(table, target)
                self.s.execute(
                    update(table)
                    .where(primary_key(table) == row_id)
                    .values(_keep_stamp(table, name, target))
                )
        tables = Base.metadata.tables
        for table_name, row_id, name, target in nulled:
            table = tables[table_name]
            (fk,) = table.columns[name].foreign_keys
            target = self.mapped(fk.column.table, target)
            if self.exists(table, row_id) and self.exists(fk.column.table, target):
                done = self.s.execute(
                    update(table)
                    .where(primary_key(table) == row_id, table.columns[name].is_(None))
                    .values(_keep_stamp(table, name, target))
                ).rowcount
                if done and table_name in RECORD_KINDS:
                    self.history.add(
                        table_name, {"id": row_id, name: None}, {"id": row_id, name: target}
                    )


def _keep_stamp(table: Table, name: str, target: object) -> dict:
    """Values for relinking a row without touching its updated_at (putting back is not an edit
    of its fields) but with the next version, so a form holding the row before sees it moved."""
    values: dict = {name: target}
    if "updated_at" in table.columns:
        values["updated_at"] = table.columns["updated_at"]
    if is_versioned(table):
        values["version"] = table.columns["version"] + 1
    return values


# What a restore says when a unique rule refuses a row, by the kind of the trash item.
_CONFLICTS = {
    "membership": QT_TRANSLATE_NOOP(
        "TrashRestore",
        "that contact is in that collaborative again (added after the removal). "
        "Edit that membership instead, or remove it and restore again.",
    ),
    "registration": QT_TRANSLATE_NOOP(
        "TrashRestore",
        "that person is registered for that session again (added after the "
        "removal). Change that registration instead, or remove it and restore again.",
    ),
}
_CONFLICT = QT_TRANSLATE_NOOP(
    "TrashRestore",
    "another record now has the same email or name. Change or delete that record, "
    "then restore again.",
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
            translate(
                "TrashRestore",
                "Could not put back {label!r}: the {words} it belonged to was deleted, and a newer record has taken its place. Add it again by hand if it is still wanted.",
            ).format(label=label, words=words)
        )
    raise ConflictError(
        translate(
            "TrashRestore",
            "Could not put back {label!r}: the {words} it belongs to has been deleted. If that {words} is in the trash, put it back first, then restore this again.",
        ).format(label=label, words=words)
    )


def restore_from_trash(db: Database, trash_id: int) -> TrashRestore:
    """Put a trash item's records back, all of them in one transaction, and drop the item."""
    label, kind = "", ""
    try:
        with db.session() as s:
            item = s.get(TrashItem, trash_id)
            if item is None:
                raise NotFoundError(
                    translate(
                        "TrashRestore",
                        "Nothing in the trash with id {trash_id}; it may have been emptied.",
                    ).format(trash_id=trash_id)
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
            restorer.record_history(rows)
            root = ROOTS[item.kind]
            _refuse_orphans(restorer, root, label, payload.get("ids", []))
            ids = [restorer.mapped(root, i) for i in payload.get("ids", [])]
            s.flush()
            run_restore_hooks(s, item.kind, ids)
            result = TrashRestore(item.kind, ids, item.label, restorer.skipped)
            s.delete(item)
            s.flush()
    except IntegrityError as exc:
        raise ConflictError(
            translate("TrashRestore", "Could not put back {label!r}: {value}").format(
                label=label, value=translate("TrashRestore", _CONFLICTS.get(kind, _CONFLICT))
            )
        ) from exc
    return result
