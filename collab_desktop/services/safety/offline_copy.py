"""The offline copy of a team database: a read-only SQLite snapshot kept on this computer.

While the server can be reached the window refreshes it in the background, at most once a day;
when the server cannot be reached at start, the window opens the copy read-only instead, so the
calendar, rosters, sign-up sheets and reports still work on a train or a ward with poor Wi-Fi.
Beside the copy, ``<copy>.json`` says what it is a copy of and when it was taken.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from collab_desktop import paths
from collab_desktop.domain import clock
from collab_desktop.services.safety.copy_database import Progress
from collab_desktop.services.safety.server_backups import snapshot_to_file
from collab_desktop.store import postgresql
from collab_desktop.store.database import Database

# Refreshed at most this often while connected (the issue: "at most daily").
REFRESH_EVERY = timedelta(days=1)
_SUFFIX = ".sqlite"


@dataclass(frozen=True)
class OfflineCopyInfo:
    """An offline copy on this computer: where, of what, taken when, and how big."""

    path: Path
    source: str  # the server and database, as the window names them (never a password)
    taken_at: datetime  # aware, UTC
    size_bytes: int

    def age(self, now: datetime | None = None) -> timedelta:
        """How old the copy is (never negative, whatever the clock did meanwhile)."""
        return max((now or clock.now()) - self.taken_at, timedelta(0))

    def is_due(self, now: datetime | None = None) -> bool:
        """True when the copy is old enough to be taken again."""
        return self.age(now) >= REFRESH_EVERY


def offline_copy_path(url: str) -> Path:
    """Where the offline copy of the server database at url lives (one per server database)."""
    u = make_url(postgresql.normalize_url(url))
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{u.host or 'local'}-{u.port or 5432}-{u.database}")
    folder = paths.data_dir() / "offline copies"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}{_SUFFIX}"


def _sidecar(copy: Path) -> Path:
    return copy.with_name(copy.name + ".json")


def offline_copy_info(url: str) -> OfflineCopyInfo | None:
    """The offline copy of url's database, or None when there is none (or it is unreadable)."""
    copy = offline_copy_path(url)
    try:
        facts = json.loads(_sidecar(copy).read_text(encoding="utf-8"))
        taken = datetime.fromisoformat(facts["taken_at"])
        size = copy.stat().st_size
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if taken.tzinfo is None:
        return None
    return OfflineCopyInfo(copy, str(facts.get("source", "")), taken, size)


def refresh_offline_copy(
    db: Database, *, force: bool = False, progress: Progress | None = None
) -> OfflineCopyInfo | None:
    """Take a new offline copy of db (a team database) when the last one is a day old or there
    is none, or always with force; the new copy's facts, or None when nothing was due.

    The copy replaces the old one only once it is whole, so a refresh cut short by a lost
    connection leaves yesterday's copy usable.
    """
    if db.path is not None:
        raise ValueError("An offline copy is kept for team databases only.")
    current = offline_copy_info(db.url)
    if current is not None and not force and not current.is_due():
        return None
    copy = offline_copy_path(db.url)
    taken = clock.now()
    snapshot_to_file(db.url, copy, progress=progress)
    facts = {"source": db.describe(), "taken_at": taken.isoformat()}
    sidecar = _sidecar(copy)
    part = sidecar.with_name(sidecar.name + ".part")
    part.write_text(json.dumps(facts), encoding="utf-8")
    part.replace(sidecar)
    return OfflineCopyInfo(copy, facts["source"], taken, copy.stat().st_size)
