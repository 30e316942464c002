"""File > Save a local copy...: the open database, as it is at one moment, in a SQLite file the
user picks. From a team server it is a consistent snapshot (one REPEATABLE READ transaction);
from a file it is a plain backup copy. Either way the copy opens as a normal local database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from collab_desktop.domain import clock
from collab_desktop.domain.file_names import safe_stem
from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.backups import BackupInfo, backup_to
from collab_desktop.services.safety.copy_database import CopyRefused, Progress
from collab_desktop.services.safety.server_backups import backup_server
from collab_desktop.store.window_lock import window_holding

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def save_local_copy(db: Database, dest: Path | str, progress: Progress | None = None) -> BackupInfo:
    """Write the whole database to dest (replacing a file there only once the copy is whole for
    a server; never a database open in a window); what the copy holds."""
    dest = Path(dest).expanduser()
    if dest.suffix.lower() not in {".sqlite", ".db"}:
        dest = dest.with_name(dest.name + ".sqlite")
    holder = window_holding(dest)
    if holder is not None:
        raise CopyRefused(
            translate(
                "LocalCopy",
                "{dest} is open in a Collab Desktop window ({holder}); choose another file name.",
            ).format(dest=dest, holder=holder)
        )
    if db.path is None:
        return backup_server(db, dest, overwrite=True, progress=progress)
    return backup_to(db, dest, overwrite=True)


def suggested_copy_path(db: Database) -> Path:
    """A new file name that says what it is a copy of and of which day (beside a database file,
    in the home folder for a server's)."""
    if db.path is not None:
        folder, name = db.path.parent, db.path.stem
    else:
        from collab_desktop.store import postgresql

        folder, name = Path.home(), postgresql.database_name(db.url) or "team database"
    return folder / f"{safe_stem(name, 'collab')} local copy {clock.today():%Y-%m-%d}.sqlite"
