"""One roster import at a time per database: a lock held for the import's whole transaction.

On PostgreSQL an advisory lock that ends with the transaction; on SQLite the write transaction
itself, begun as a writer (BEGIN IMMEDIATE), with a small file beside the database naming who
holds it. A second import waits a few seconds, told who holds the lock, then gives up.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from collab_desktop.domain import clock
from collab_desktop.store import postgresql, sqlite

_PREFIX = "collab-desktop import by "
_HOLDER_SUFFIX = "import-lock"
_POLL_S = 0.25


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds the import lock and since when, as far as the database can tell."""

    user: str = ""
    since: datetime | None = None


class ImportLockBusy(Exception):
    """The lock stayed taken for the whole wait; holder says by whom, where known."""

    def __init__(self, holder: LockHolder | None) -> None:
        super().__init__("another import holds the lock")
        self.holder = holder


def _pg_holder(s: Session) -> LockHolder | None:
    found = postgresql.lock_holder(s.connection(), postgresql.IMPORT_LOCK_KEY)
    if found is None:
        return None
    name, since = found
    user = name[len(_PREFIX) :] if name.startswith(_PREFIX) else ""
    return LockHolder(user, since if isinstance(since, datetime) else None)


def _file_holder(path: Path | None) -> LockHolder | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        holder = LockHolder(str(data.get("user", "")), datetime.fromisoformat(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if data.get("host") == socket.gethostname() and not _running(data.get("pid")):
        return None  # left by an import that was killed: whoever holds the lock now is unknown
    return holder


def _running(pid: object) -> bool:
    # On Windows os.kill(pid, 0) would end the process rather than ask about it.
    if os.name == "nt" or not isinstance(pid, int) or pid <= 0:
        return True  # cannot tell
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else (or a system that cannot tell)
    return True


def _take(s: Session, user: str, wait_ms: int) -> bool:
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        return postgresql.try_transaction_lock(conn, postgresql.IMPORT_LOCK_KEY, _PREFIX + user)
    return sqlite.try_begin_immediate(conn, wait_ms)


@contextmanager
def import_lock(
    s: Session,
    user: str,
    wait_s: float,
    waiting: Callable[[LockHolder | None], object] | None = None,
) -> Iterator[None]:
    """Take the import lock as the first thing in s's transaction; it lasts until that ends.

    Waits up to wait_s, calling waiting(holder) after every try (about four times a second; it
    may raise to stop waiting); raises ImportLockBusy when the lock is still taken after that.
    """
    database = s.get_bind()
    on_server = database.dialect.name == "postgresql"
    path = (
        sqlite.holder_file(Path(database.url.database), _HOLDER_SUFFIX)
        if not on_server and database.url.database not in (None, "", ":memory:")
        else None
    )
    deadline = time.monotonic() + wait_s
    while not _take(s, user, int(_POLL_S * 1000)):
        holder = _pg_holder(s) if on_server else _file_holder(path)
        if waiting is not None:
            waiting(holder)
        if time.monotonic() >= deadline:
            raise ImportLockBusy(holder)
        if on_server:
            time.sleep(_POLL_S)  # SQLite waited inside BEGIN IMMEDIATE already
    mine = None
    if path is not None:
        mine = {
            "user": user,
            "since": clock.now().isoformat(),
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        try:
            path.write_text(json.dumps(mine), encoding="utf-8")
        except OSError:
            mine = None  # a read-only folder: the lock still works, only its holder is unnamed
    try:
        yield
    finally:
        if mine is not None and _file_holder(path) == LockHolder(
            mine["user"], datetime.fromisoformat(mine["since"])
        ):
            path.unlink(missing_ok=True)
