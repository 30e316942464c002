"""Snapshots of a team database on a server: the server has no folder beside it, so each is one
consistent read of the server written to a SQLite file on this workstation (``backup`` on a team
database, and before ``upgrade-db`` changes its schema)."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.backups import (
    BackupInfo,
    backup_name,
    backup_now,
    read_backup_info,
)
from collab_desktop.store import sqlite
from collab_desktop.store.database import Database
from collab_desktop.store.migrate import MARKER_TABLE, head_revision

if TYPE_CHECKING:
    from collab_desktop.services.safety.copy_database import Progress

log = logging.getLogger(__name__)


def server_backup_dir() -> Path:
    """Where this workstation keeps its snapshots of team databases (a server has no folder)."""
    from collab_desktop.paths import data_dir

    path = data_dir() / "server-backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _server_backup_name(db: Database | str, reason: str, when: datetime) -> Path:
    from sqlalchemy.engine import make_url

    url = db if isinstance(db, str) else db.url
    u = make_url(url)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{u.host or 'local'}-{u.database or 'postgres'}")
    folder = server_backup_dir()
    n = 0
    while (dest := folder / backup_name(Path(stem), when, reason, n)).exists():
        n += 1
    return dest


def snapshot_to_file(
    url: str, dest: Path, *, any_schema: bool = False, progress: Progress | None = None
) -> Path:
    """Write one consistent snapshot (one REPEATABLE READ transaction) of a server database to
    a SQLite file that ``copy-db`` can bring back; the file appears only when it is complete."""
    from collab_desktop.services.safety.copy_database import copy_database

    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    try:
        copy_database(url, part, any_schema=any_schema, progress=progress)
        sqlite.settle_file(part)
        part.replace(dest)
    finally:
        part.unlink(missing_ok=True)
    log.info("snapshot of %s written to %s", url, dest)
    return dest


def backup_server(
    db: Database,
    dest: Path | None = None,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> BackupInfo:
    """``backup`` on a team database: a snapshot in a file (OUT, or the server-backups folder)."""
    when = backup_now()
    if dest is None:
        target = _server_backup_name(db, "manual", when)
    else:
        target = Path(dest).expanduser()
        if target.exists() and not overwrite:
            raise FileExistsError(
                17,
                translate("Backups", "Already exists; choose a new file name (or overwrite it)"),
                str(target),
            )
    snapshot_to_file(db.url, target, progress=progress)
    return read_backup_info(target, when, "manual")


def backup_server_before_upgrade(url: str) -> Path | None:
    """Before ``upgrade-db`` changes a server's schema: a snapshot of it as it is (or None when
    there is nothing to upgrade)."""
    from collab_desktop.store import table_copy

    if not {MARKER_TABLE, "alembic_version"} <= table_copy.table_names(url):
        return None
    with table_copy.snapshot(url) as conn:
        rev = table_copy.stored_revision(conn)
    if rev is None or rev == head_revision() or rev not in _known():
        return None
    dest = _server_backup_name(url, "before-upgrade", backup_now())
    return snapshot_to_file(url, dest, any_schema=True)


def _known() -> set[str]:
    from collab_desktop.store.migrate import known_revisions

    return known_revisions()
