"""Links from a trash item to records outside it, checked before they are put back.

SQLite hands the highest free id to the next new record, so by the time a trash item comes back
the id its membership or registration points to may belong to someone else. Each outside parent
is remembered with its created_at stamp; a parent whose stamp no longer matches counts as gone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from collab_desktop.store.models import Base

STAMP = "created_at"
_CHUNK = 500


def _outside_parents(
    rows: dict[str, list[dict]], inside: set[tuple[str, object]]
) -> dict[Table, set[object]]:
    tables = Base.metadata.tables
    wanted: dict[Table, set[object]] = {}
    for table_name, raws in rows.items():
        for fk in tables[table_name].foreign_keys:
            parent = fk.column.table
            if STAMP not in parent.columns:
                continue
            for raw in raws:
                value = raw.get(fk.parent.name)
                if value is not None and (parent.name, value) not in inside:
                    wanted.setdefault(parent, set()).add(value)
    return wanted


def _stamps(s: Session, parent: Table, ids: Iterable[object]) -> dict[object, datetime]:
    (pk,) = parent.primary_key.columns
    ids = list(ids)
    found: dict[object, datetime] = {}
    for i in range(0, len(ids), _CHUNK):
        query = select(pk, parent.columns[STAMP]).where(pk.in_(ids[i : i + _CHUNK]))
        found.update({pid: stamp for pid, stamp in s.execute(query)})
    return found


def parent_stamps(
    s: Session, rows: dict[str, list[dict]], inside: set[tuple[str, object]]
) -> dict[str, list[list]]:
    """For the payload: table -> [[id, created_at], ...] of the parents outside the item."""
    result: dict[str, list[list]] = {}
    for parent, ids in _outside_parents(rows, inside).items():
        for pid, stamp in _stamps(s, parent, ids).items():
            result.setdefault(parent.name, []).append([pid, stamp.isoformat() if stamp else None])
    return result


def stale_parents(s: Session, stamps: dict[str, list[list]]) -> set[tuple[str, object]]:
    """The remembered parents that are gone now, or whose id another record has taken."""
    tables = Base.metadata.tables
    stale: set[tuple[str, object]] = set()
    for table_name, pairs in stamps.items():
        expected = {pid: stamp for pid, stamp in pairs}
        current = _stamps(s, tables[table_name], expected)
        for pid, stamp in expected.items():
            now = current.get(pid)
            if pid not in current or (now.isoformat() if now else None) != stamp:
                stale.add((table_name, pid))
    return stale
