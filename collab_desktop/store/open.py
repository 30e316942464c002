"""One call to get a ready Database from a path: checked, backed up, migrated, first-run data."""

from __future__ import annotations

from pathlib import Path

from collab_desktop.domain import clock
from collab_desktop.store import postgresql, sqlite
from collab_desktop.store.database import Database
from collab_desktop.store.migrate import BackupHook, MigrationReport, migrate


def backup_before_upgrade(path: Path, from_revision: str | None) -> Path:
    """Copy the database (online backup API) into its backups folder before changing its schema."""
    from collab_desktop.paths import backup_dir_for

    stamp = clock.local_now().strftime("%Y-%m-%d_%H%M%S")
    dest = backup_dir_for(path) / f"{path.stem}_{stamp}_before-upgrade-from-{from_revision}.sqlite"
    return sqlite.backup_file(path, dest)


def open_database(
    path: Path | str | None = None,
    *,
    url: str | None = None,
    seed: bool = True,
    read_only: bool = False,
    backup_hook: BackupHook | None = None,
    upgrade_older: bool = False,
) -> tuple[Database, MigrationReport]:
    """Open (creating and migrating if needed) the database at path, or the default one.

    path may be a file or a URL (``postgresql://...``); None means COLLAB_DESKTOP_DB or the
    per-user file. A file of an older schema is upgraded on open (after a backup); a server
    database only with upgrade_older, since every workstation must then run this release.
    """
    from collab_desktop.store.location import database_url

    if url is None:
        url = database_url(path)
    if postgresql.is_postgresql_url(url):
        from collab_desktop.store.seed import fill_first_run_data

        report = migrate(
            url,
            upgrade_older=upgrade_older,
            first_run=fill_first_run_data if seed and not read_only else None,
        )
        return Database(url, read_only=read_only), report
    report = migrate(url, backup_hook=backup_hook or backup_before_upgrade)
    db = Database(url, read_only=read_only)
    if seed and not read_only:
        from collab_desktop.store.seed import load_first_run_data

        load_first_run_data(db)
    return db, report
