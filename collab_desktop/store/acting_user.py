"""Who is making a change: the name stamped on records (created by, changed by) and history.

``--user NAME`` (the command line's global option, or the window's) wins; otherwise the database
user on PostgreSQL (every coordinator signs in as themself) and the operating-system login on
SQLite (a file on one workstation).
"""

from __future__ import annotations

import getpass
import os
import weakref

from sqlalchemy import text
from sqlalchemy.engine import Engine

MAX_LENGTH = 100  # the width of the created_by / updated_by / changed_by columns

_override: str | None = None
_server_users: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def set_user(name: str | None) -> None:
    """Name every later change after name (``--user``); None or "" goes back to the default."""
    global _override
    _override = (name or "").strip()[:MAX_LENGTH] or None


def login_name() -> str:
    """The operating-system login, or "unknown" where the system cannot tell."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError, ImportError):
        name = os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return (name.strip() or "unknown")[:MAX_LENGTH]


def acting_user(engine: Engine) -> str:
    """The name changes made through engine are stamped with."""
    if _override:
        return _override
    if engine.dialect.name == "postgresql":
        name = _server_users.get(engine)
        if name is None:
            with engine.connect() as conn:
                name = str(conn.execute(text("SELECT current_user")).scalar() or "")
            name = name[:MAX_LENGTH] or login_name()
            _server_users[engine] = name
        return name
    return login_name()
