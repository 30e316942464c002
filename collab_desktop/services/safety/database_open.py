"""Opening a database for the command line and the window, with its backups: a copy before
an upgrade of its schema (a snapshot of a server's), and the first backup of the day."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from collab_desktop.services.safety.backups import daily_backup, migration_backup_hook
from collab_desktop.services.safety.server_backups import backup_server_before_upgrade
from collab_desktop.store.database import Database
from collab_desktop.store.migrate import MigrationReport

log = logging.getLogger(__name__)


def open_database_with_backups(
    path: Path | str | None = None, *, read_only: bool = False, upgrade_older: bool = False
) -> tuple[Database, MigrationReport]:
    """Open for the CLI and the window: back up before an upgrade, and once a day on start.

    path may be a URL; a server database of an older schema is upgraded only with upgrade_older.
    """
    from collab_desktop.store import postgresql
    from collab_desktop.store.location import database_url
    from collab_desktop.store.open import open_database

    server_backup = None
    if upgrade_older and not read_only and postgresql.is_postgresql_url(url := database_url(path)):
        server_backup = backup_server_before_upgrade(url)
    db, report = open_database(
        path,
        read_only=read_only,
        backup_hook=migration_backup_hook,
        upgrade_older=upgrade_older,
    )
    if server_backup is not None and report.upgraded:
        report.backup = server_backup
    if not read_only and report.from_revision is not None and not report.upgraded:
        try:
            daily_backup(db)
        except (OSError, sqlite3.Error):
            # A full disk must not stop the coordinator from working; the log says why.
            log.exception("daily backup failed")
    return db, report
