"""Every committed transaction reports what it changed, so no service has to say it by hand.

Three hooks fill a per-session record of the transaction's changes:

- ``after_flush`` (Session): the ORM objects written (new, changed, deleted), by table and id;
- ``before_execute`` (Connection): insert, update and delete statements run outside a flush,
  through ``Session.execute`` or on the session's own connection (the roster import writes
  there). Ids come from the statement where they are plain (``WHERE id = ?``, ``id IN (...)``,
  rows given with their ids); otherwise the table's kind is reported as "many";
- ``before_cursor_execute`` (Connection): SQL text run with ``exec_driver_sql`` (the fast
  SQLite insert path), read the same way.

A connection-level hook rather than ``do_orm_execute`` because the bulk paths write on the
session's connection, which ``do_orm_execute`` never sees. A delete also reports, as "many", the
kinds its foreign keys cascade to (ON DELETE CASCADE / SET NULL): the database changes those
rows without a statement of ours.

On commit the record becomes a ChangeSet, handed to every ``capture_changes()`` block open in
the committing thread (a contextvar) and to the database's commit listeners; a rollback drops it.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList

from collab_desktop.domain.changes import MANY_LIMIT, ChangeSet, Kind

TABLE_KINDS: dict[str, Kind] = {
    "collaboratives": Kind.COLLABORATIVE,
    "contacts": Kind.CONTACT,
    "memberships": Kind.MEMBERSHIP,
    "learning_sessions": Kind.SESSION,
    "session_series": Kind.SERIES,
    "registrations": Kind.REGISTRATION,
    "series_registrations": Kind.SERIES_REGISTRATION,
    "participant_types": Kind.PARTICIPANT_TYPE,
    "membership_roles": Kind.MEMBERSHIP_ROLE,
    "import_batches": Kind.IMPORT_BATCH,
    "import_changes": Kind.IMPORT_CHANGE,
    "saved_mappings": Kind.SAVED_MAPPING,
    "trash_items": Kind.TRASH,
    "app_meta": Kind.APP_META,
}
_SESSION_KEY = "collab_desktop.changes"
_DRIVER_WRITE = re.compile(
    r"""^\s*(?P<verb>INSERT|UPDATE|DELETE|REPLACE)\b(?:\s+OR\s+\w+)?(?:\s+INTO|\s+FROM)?\s+
    ["`\[]?(?P<table>\w+)["`\]]?\s*(?:\((?P<columns>[^)]*)\))?""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class _TableInfo:
    kind: Kind
    primary_key: str
    cascades_to: frozenset[Kind]  # kinds a delete of this table's rows changes by foreign key


@cache
def _tables() -> dict[str, _TableInfo]:
    from collab_desktop.store.models import Base

    tables = Base.metadata.tables

    def cascades(name: str, seen: frozenset[str]) -> set[Kind]:
        found: set[Kind] = set()
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table.name != name or fk.ondelete not in ("CASCADE", "SET NULL"):
                    continue
                if child.name in TABLE_KINDS:
                    found.add(TABLE_KINDS[child.name])
                if fk.ondelete == "CASCADE" and child.name not in seen:
                    found |= cascades(child.name, seen | {child.name})
        return found

    return {
        name: _TableInfo(
            TABLE_KINDS[name],
            next(iter(table.primary_key.columns)).name,
            frozenset(cascades(name, frozenset({name}))),
        )
        for name, table in tables.items()
        if name in TABLE_KINDS
    }


class _Pending:
    """What one session's open transaction has changed so far."""

    __slots__ = ("__weakref__", "connections", "ids", "many", "session")

    def __init__(self, session: Session) -> None:
        self.session = weakref.ref(session)
        self.ids: dict[Kind, set[Any]] = {}
        self.many: set[Kind] = set()
        self.connections: list[Connection] = []

    def flushing(self) -> bool:
        """True while the ORM flushes (its statements are reported by after_flush)."""
        session = self.session()
        # Session.flush() sets this for the whole flush, autoflush included; the public
        # before/after flush events do not pair up when a flush finds nothing to write.
        return bool(session is not None and session._flushing)

    def add(self, kind: Kind, ids: Iterable[Any] | None) -> None:
        """Ids of one kind (None: unknown, the kind becomes "many")."""
        if kind in self.many:
            return
        if ids is None:
            self.many.add(kind)
            self.ids.pop(kind, None)
            return
        known = self.ids.setdefault(kind, set())
        known.update(ids)
        if len(known) > MANY_LIMIT:
            self.many.add(kind)
            del self.ids[kind]

    def add_table(self, table: str, ids: Iterable[Any] | None, deleted: bool = False) -> None:
        info = _tables().get(table)
        if info is None:
            return
        self.add(info.kind, ids)
        if deleted:
            for kind in info.cascades_to:
                self.add(kind, None)

    def take(self) -> ChangeSet:
        """The changes as a ChangeSet; the record starts empty again."""
        changes = ChangeSet({k: frozenset(v) for k, v in self.ids.items()}, frozenset(self.many))
        self.ids, self.many = {}, set()
        self.release()
        return changes

    def release(self) -> None:
        for connection in self.connections:
            _PENDING_BY_CONNECTION.pop(connection, None)
        self.connections = []


# The record of the transaction a connection belongs to (only while it is open).
_PENDING_BY_CONNECTION: weakref.WeakKeyDictionary[Connection, _Pending] = (
    weakref.WeakKeyDictionary()
)


class CapturedChanges:
    """The change sets committed inside one ``capture_changes()`` block, merged."""

    def __init__(self) -> None:
        self.changes = ChangeSet()

    def add(self, changes: ChangeSet) -> None:
        self.changes = self.changes.merge(changes)


_collectors: ContextVar[tuple[CapturedChanges, ...]] = ContextVar(
    "collab_desktop_change_collectors", default=()
)


@contextmanager
def capture_changes() -> Iterator[CapturedChanges]:
    """Collect what every transaction committed in this thread (or context) inside the block."""
    captured = CapturedChanges()
    token = _collectors.set((*_collectors.get(), captured))
    try:
        yield captured
    finally:
        _collectors.reset(token)


def install(factory: sessionmaker, engine: Engine, on_commit: Callable[[ChangeSet], None]) -> None:
    """Report the changes of every transaction of sessions from ``factory`` to ``on_commit``."""

    def after_commit(session: Session) -> None:
        pending = session.info.get(_SESSION_KEY)
        if pending is None:
            return
        changes = pending.take()
        if changes:
            for captured in _collectors.get():
                captured.add(changes)
            on_commit(changes)

    event.listen(factory, "after_begin", _after_begin)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "after_commit", after_commit)
    event.listen(factory, "after_rollback", _after_rollback)
    if not event.contains(engine, "before_execute", _before_execute):
        event.listen(engine, "before_execute", _before_execute)
        event.listen(engine, "before_cursor_execute", _before_cursor_execute)


def pending_changes(session: Session) -> ChangeSet:
    """What the session's open transaction has changed so far (flushed first), kept for commit."""
    if session.info.get(_SESSION_KEY) is None:
        return ChangeSet()
    if session.new or session.dirty or session.deleted:
        session.flush()
    pending = session.info[_SESSION_KEY]
    return ChangeSet({k: frozenset(v) for k, v in pending.ids.items()}, frozenset(pending.many))


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_SESSION_KEY)
    if pending is None:
        pending = session.info[_SESSION_KEY] = _Pending(session)
    return pending


def _after_begin(session: Session, _transaction: object, connection: Connection) -> None:
    pending = _pending(session)
    _PENDING_BY_CONNECTION[connection] = pending
    pending.connections.append(connection)


def _after_rollback(session: Session) -> None:
    pending = session.info.get(_SESSION_KEY)
    if pending is not None:
        pending.take()  # dropped: nothing of it was kept


def _after_flush(session: Session, _flush_context: object) -> None:
    pending = _pending(session)
    for obj, deleted in (
        *((o, False) for o in session.new),
        *((o, False) for o in session.dirty if session.is_modified(o)),
        *((o, True) for o in session.deleted),
    ):
        state = inspect(obj)
        key = state.mapper.primary_key_from_instance(obj)
        table = state.mapper.local_table.name
        pending.add_table(table, [key[0]] if key and key[0] is not None else None, deleted)


# --- statements run outside a flush --------------------------------------------------------
def _before_execute(
    connection: Connection, statement: Any, multiparams: Any, params: Any, _options: Any
) -> None:
    pending = _PENDING_BY_CONNECTION.get(connection)
    if pending is None or not getattr(statement, "is_dml", False) or pending.flushing():
        return
    table = getattr(statement.table, "name", None)
    info = _tables().get(table) if table else None
    if info is None:
        return
    rows = list(multiparams) if multiparams else [params or {}]
    if statement.is_insert:
        ids = _given_ids(rows, info.primary_key)
    else:
        ids = _where_ids(statement.whereclause, table, info.primary_key, rows)
    pending.add_table(table, ids, deleted=statement.is_delete)


def _before_cursor_execute(
    connection: Connection,
    _cursor: Any,
    sql: str,
    parameters: Any,
    context: Any,
    executemany: bool,
) -> None:
    if context is None or context.compiled is not None:
        return  # compiled statements were seen by _before_execute (or are a flush's own)
    pending = _PENDING_BY_CONNECTION.get(connection)
    if pending is None or pending.flushing():
        return
    found = _DRIVER_WRITE.match(sql)
    if found is None:
        return
    table = found["table"].lower()
    info = _tables().get(table)
    if info is None:
        return
    verb = found["verb"].upper()
    ids = None
    if verb in ("INSERT", "REPLACE") and found["columns"]:
        columns = [c.strip().strip('"`[]') for c in found["columns"].split(",")]
        if info.primary_key in columns:
            rows = parameters if executemany else [parameters]
            ids = _ids_at(rows, columns.index(info.primary_key), info.primary_key)
    pending.add_table(table, ids, deleted=verb == "DELETE")


def _given_ids(rows: list[Any], primary_key: str) -> list[Any] | None:
    """Ids of inserted rows when every row names its own (else None: unknown)."""
    if not rows or any(not isinstance(r, dict) or r.get(primary_key) is None for r in rows):
        return None
    return [r[primary_key] for r in rows]


def _ids_at(rows: Any, index: int, primary_key: str) -> list[Any] | None:
    ids = []
    for row in rows or ():
        value = row.get(primary_key) if isinstance(row, dict) else row[index]
        if value is None:
            return None
        ids.append(value)
    return ids or None


def _where_ids(where: Any, table: str, primary_key: str, rows: list[Any]) -> list[Any] | None:
    """The ids a WHERE clause limits the rows to (``id = ?``, ``id IN (...)``), else None."""
    bind = _primary_key_bind(where, table, primary_key)
    if bind is None:
        return None
    if bind.value is not None and (len(rows) <= 1):
        values = bind.value
        return list(values) if bind.expanding else [values]
    ids = []
    for row in rows:  # executemany: WHERE id = :b_id, one value per row
        value = row.get(bind.key) if isinstance(row, dict) else None
        if value is None:
            return None
        ids.extend(value if bind.expanding else [value])
    return ids


def _primary_key_bind(where: Any, table: str, primary_key: str) -> BindParameter | None:
    if isinstance(where, BooleanClauseList) and where.operator is operators.and_:
        for clause in where.clauses:
            if (found := _primary_key_bind(clause, table, primary_key)) is not None:
                return found
        return None
    if not isinstance(where, BinaryExpression) or where.operator not in (
        operators.eq,
        operators.in_op,
    ):
        return None
    column, value = where.left, where.right
    column_table = getattr(getattr(column, "table", None), "name", None)
    if (
        getattr(column, "name", None) == primary_key
        and column_table == table
        and isinstance(value, BindParameter)
    ):
        return value
    return None
