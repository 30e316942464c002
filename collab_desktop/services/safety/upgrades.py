"""Upgrading an older database on purpose: what the window asks about, and the upgrade itself
(the same path as ``collab-desktop upgrade-db``: a backup first, then the migrations, on a
server under its advisory lock)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from collab_desktop.store import postgresql, sqlite
from collab_desktop.store.location import database_url, describe
from collab_desktop.store.migrate import MigrationReport, head_revision, revision_to_upgrade


@dataclass(frozen=True, slots=True)
class PendingUpgrade:
    """A database of an older schema, and where its backup will be saved before the upgrade."""

    where: str
    from_revision: str
    to_revision: str
    backup_folder: Path
    on_server: bool


def pending_upgrade(target: Path | str) -> PendingUpgrade | None:
    """The upgrade opening target would need, or None (a new database, or one at this release's
    schema). Raises SchemaTooNew, NotACollabDatabase or DatabaseUnavailable as opening would."""
    url = database_url(str(target))
    revision = revision_to_upgrade(url)
    if revision is None:
        return None
    on_server = postgresql.is_postgresql_url(url)
    if on_server:
        from collab_desktop.services.safety.server_backups import server_backup_dir

        folder = server_backup_dir()
    else:
        from collab_desktop.paths import backup_dir_for

        path = sqlite.path_from_url(url)
        assert path is not None
        folder = backup_dir_for(path)
    return PendingUpgrade(describe(url), revision, head_revision(), folder, on_server)


def upgrade_database(target: Path | str) -> MigrationReport:
    """Back up, then upgrade target to this release's schema (what ``upgrade-db`` does)."""
    from collab_desktop.services.safety.database_open import open_database_with_backups

    db, report = open_database_with_backups(str(target), upgrade_older=True)
    db.dispose()
    return report
