"""Every write to an editable record bumps its version and names who made it.

ORM flushes are stamped by a ``before_flush`` hook (installed beside change capture in
store/database.py): a new row gets ``created_by`` and ``updated_by``; a changed row gets the next
version and ``updated_by``. The version column is the mapper's ``version_id_col`` with the
generator turned off, so SQLAlchemy puts the version the row was read at in the UPDATE's WHERE
clause (a stale flush raises StaleDataError) while the new value is always ours: the committed
version plus one, even when a caller copies an old version back (undo).

Core ``insert()`` / ``update()`` statements never pass through a flush: they take their values
from ``insert_stamps`` and ``update_stamps``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from collab_desktop.store.acting_user import acting_user
from collab_desktop.store.models import Versioned

# Columns a write stamps itself; comparisons of "did anyone change this row" leave them out.
STAMP_COLUMNS = frozenset({"version", "created_by", "updated_by"})


def is_versioned(table: Table) -> bool:
    """Whether rows of this table carry a version and who created and changed them."""
    return "version" in table.columns and "updated_by" in table.columns


def insert_stamps(engine: Engine | Any) -> dict[str, Any]:
    """Values a Core insert of new rows adds: version 1, created and changed by the acting user."""
    user = acting_user(engine)
    return {"version": 1, "created_by": user, "updated_by": user}


def update_stamps(table: Table, engine: Engine | Any) -> dict[str, Any]:
    """Values a Core update adds: the next version (computed by the database) and who changed it."""
    return {"version": table.c.version + 1, "updated_by": acting_user(engine)}


def _engine(session: Session) -> Engine:
    bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def _committed_version(obj: Versioned) -> int | None:
    history = inspect(obj).attrs.version.history
    committed = [*history.unchanged, *history.deleted]
    return committed[0] if committed else None


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    user: str | None = None
    for obj in session.new:
        if isinstance(obj, Versioned):
            user = user or acting_user(_engine(session))
            obj.created_by = obj.created_by or user
            obj.updated_by = user
            if obj.version is None:
                obj.version = 1
    for obj in session.dirty:
        if not isinstance(obj, Versioned) or not session.is_modified(obj):
            continue
        user = user or acting_user(_engine(session))
        committed = _committed_version(obj)
        obj.version = (committed or 0) + 1
        obj.updated_by = user


def install(factory: sessionmaker) -> None:
    """Stamp every flush of sessions made by factory."""
    event.listen(factory, "before_flush", _before_flush)
