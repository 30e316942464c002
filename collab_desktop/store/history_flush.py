"""History of ORM flushes: an ``after_flush`` hook records what each flush wrote.

Attribute history still holds the old values there, and new rows have their ids; the rows go
through a HistoryBatch on the flush's own connection, so they commit or roll back with it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from collab_desktop.store.record_history import LINK_TABLES, RECORD_KINDS, HistoryBatch


def install(factory: sessionmaker) -> None:
    """Record the history of every ORM flush of sessions from factory."""
    if not event.contains(factory, "after_flush", _after_flush):
        event.listen(factory, "after_flush", _after_flush)


def _tracked(obj: object) -> tuple[Any, str] | None:
    state = inspect(obj)
    table = state.mapper.local_table.name
    if table in RECORD_KINDS or table in LINK_TABLES:
        return state, table
    return None


def _values(state: Any, old: bool) -> dict[str, Any]:
    """The row's column values as they were (old) or are now, from attribute history."""
    values = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        kept = (history.deleted if old else history.added) or history.unchanged
        values[attr.key] = kept[0] if kept else None
    return values


def _changed_values(state: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Before and after of the columns this flush writes (an attribute never loaded before it
    was set counts as empty before)."""
    before, after = {"id": state.identity[0] if state.identity else None}, {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.has_changes():
            before[attr.key] = history.deleted[0] if history.deleted else None
            after[attr.key] = history.added[0] if history.added else None
    after["id"] = before["id"]
    return before, after


def _after_flush(session: Session, _flush_context: object) -> None:
    """Record what the flush wrote, on its own connection (so in its transaction)."""
    batch = HistoryBatch()
    for obj in session.new:
        if (found := _tracked(obj)) is not None:
            state, table = found
            batch.add(table, None, _values(state, old=False))
    for obj in session.dirty:
        if (found := _tracked(obj)) is None or not session.is_modified(obj):
            continue
        state, table = found
        if table in LINK_TABLES:
            batch.add(table, _values(state, old=True), _values(state, old=False))
        else:
            batch.add(table, *_changed_values(state))
    for obj in session.deleted:
        if (found := _tracked(obj)) is not None:
            state, table = found
            batch.add(table, _values(state, old=True), None)
    if batch:
        batch.write(session.connection())
