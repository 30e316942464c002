"""Named backups beside the database: daily, before upgrades, imports, restores and bulk deletes.

Every copy goes through SQLite's online backup API (a live WAL database is never copied by hand).
File names start with the database's name and a local timestamp, so they sort by age.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from collab_desktop.domain import clock
from collab_desktop.domain.record_words import count_text
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.paths import backup_dir_for
from collab_desktop.store import sqlite
from collab_desktop.store.database import Database
from collab_desktop.store.errors import NotACollabDatabase, SchemaTooNew
from collab_desktop.store.migrate import (
    MARKER_TABLE,
    MigrationReport,
    current_revision,
    head_revision,
    migrate,
)

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{6})(?:-(?P<n>\d+))?_(?P<reason>[a-z0-9-]+)\.sqlite$"
)
# Why a backup was made, in the words shown in the restore dialog and the CLI.
REASONS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "Daily backup"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Backed up by hand"),
    "before-upgrade": QT_TRANSLATE_NOOP("Backups", "Before upgrading to this release"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "Before restoring a backup"),
    "before-bulk-delete": QT_TRANSLATE_NOOP("Backups", "Before deleting several records"),
    "before-undo-import": QT_TRANSLATE_NOOP("Backups", "Before undoing an import"),
}
# Backups made by hand are never removed by the rolling window.
_NEVER_PRUNED = {"manual"}
KEEP_DAILY_KEY = "backup_keep_daily"
KEEP_MONTHLY_KEY = "backup_keep_monthly"


@dataclass(slots=True, frozen=True)
class RetentionPolicy:
    """How many backups the rolling window keeps: the newest of each of the last N days/months."""

    daily: int = 10
    monthly: int = 12
    # Every backup this recent is kept, so several made on one day survive until the next.
    recent: timedelta = timedelta(hours=24)


@dataclass(slots=True)
class BackupInfo:
    """One backup file with what is in it (counts are None when the file cannot be read)."""

    path: Path
    created: datetime
    reason: str
    size_bytes: int = 0
    collaboratives: int | None = None
    contacts: int | None = None
    sessions: int | None = None
    schema: str | None = None

    @property
    def reason_text(self) -> str:
        for key, text in REASONS.items():
            # e.g. "before-upgrade-from-0001", written by the store's own upgrade hook
            if self.reason == key or self.reason.startswith(key + "-"):
                return translate("Backups", text)
        return self.reason.replace("-", " ").capitalize()

    @property
    def readable(self) -> bool:
        return self.collaboratives is not None

    def describe_counts(self) -> str:
        """'4 collaboratives, 120 contacts, 36 sessions', or why it cannot be read."""
        if not self.readable:
            return translate("Backups", "cannot be read")
        return ", ".join(
            (
                count_text("collaboratives", self.collaboratives),
                count_text("contacts", self.contacts),
                count_text("learning_sessions", self.sessions),
            )
        )


@dataclass(slots=True)
class RestoreResult:
    """What a restore did: the backup of the state it replaced, and any upgrade of the copy."""

    restored_from: Path
    safety_backup: BackupInfo | None
    migration: MigrationReport | None


def backup_now() -> datetime:
    """The local time backups are named by, to the second."""
    return clock.local_now().replace(tzinfo=None, microsecond=0)


def backup_name(db_path: Path, when: datetime, reason: str, n: int = 0) -> str:
    extra = f"-{n}" if n else ""
    return f"{db_path.stem}_{when.strftime(STAMP_FORMAT)}{extra}_{reason}.sqlite"


def make_backup(db_path: Path, reason: str, when: datetime | None = None) -> BackupInfo:
    """Copy the database into its backups folder under a new timestamped name."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    when = when or backup_now()
    folder = backup_dir_for(db_path)
    # Copied under a name of its own first, then given the first free timestamped name with a
    # link that refuses to replace: two coordinators backing up one file in the same second
    # get two backups, never one copy written over the other.
    part = folder / f".{db_path.stem}.{os.getpid()}.{uuid.uuid4().hex}.partial"
    try:
        sqlite.backup_file(db_path, part)
        n = 0
        while True:
            dest = folder / backup_name(db_path, when, reason, n)
            try:
                os.link(part, dest)
                break
            except FileExistsError:
                n += 1
            except OSError:  # a drive without hard links (FAT, some shares): check, then move
                if not dest.exists():
                    os.replace(part, dest)
                    break
                n += 1
    finally:
        part.unlink(missing_ok=True)
    log.info("backup %s (%s)", dest, reason)
    return read_backup_info(dest, when, reason)


def backup_to(db: Database, dest: Path, overwrite: bool = False) -> BackupInfo:
    """Write a complete copy of the open database to a file the user chose."""
    source = database_file(db)
    dest = Path(dest).expanduser()
    if dest.exists() and dest.resolve() == source.resolve():
        raise NotACollabDatabase(
            translate("Backups", "Choose a different file: that is the database itself.")
        )
    if dest.exists() and not overwrite:
        raise FileExistsError(
            17,
            translate("Backups", "Already exists; choose a new file name (or overwrite it)"),
            str(dest),
        )
    sqlite.backup_file(source, dest)
    return read_backup_info(dest, backup_now(), "manual")


def backup_before(db: Database, reason: str) -> BackupInfo | None:
    """Back up before a risky change (import, restore, bulk delete), then apply the window."""
    if db.path is None or not db.path.exists():
        return None
    info = make_backup(db.path, reason)
    prune_backups(db.path, retention_policy(db))
    return info


def migration_backup_hook(path: Path, from_revision: str | None) -> Path:
    """Given to migrate(): the file is copied before its schema changes."""
    return make_backup(path, "before-upgrade").path


def daily_backup(db: Database, now: datetime | None = None) -> BackupInfo | None:
    """Back up on start unless a backup of this database was already made today."""
    if db.path is None or not db.path.exists():
        return None
    now = now or backup_now()
    if any(when.date() == now.date() for _p, when, _r in _parsed_backups(db.path)):
        return None
    info = make_backup(db.path, "daily", now)
    prune_backups(db.path, retention_policy(db), now)
    return info


def _parsed_backups(db_path: Path) -> list[tuple[Path, datetime, str]]:
    folder = Path(db_path).resolve().parent / "backups"
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob("*.sqlite"):
        m = _NAME.match(p.name)
        if m is None or m["stem"] != Path(db_path).stem:
            continue
        found.append((p, datetime.strptime(m["stamp"], STAMP_FORMAT), m["reason"]))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def read_backup_info(path: Path, created: datetime, reason: str) -> BackupInfo:
    """Look inside a backup read-only for its schema and record counts."""
    info = BackupInfo(Path(path), created, reason, size_bytes=Path(path).stat().st_size)
    try:
        conn = sqlite.connect_read_only(path)
        try:
            count = lambda table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
            info.collaboratives = count("collaboratives")
            info.contacts = count("contacts")
            info.sessions = count("learning_sessions")
            info.schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        info.collaboratives = info.contacts = info.sessions = None
    return info


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of a database, newest first, with date and counts."""
    return [read_backup_info(p, when, reason) for p, when, reason in _parsed_backups(db_path)]


def retention_policy(db: Database) -> RetentionPolicy:
    """The rolling window stored in the database (defaults: 10 daily, 12 monthly)."""
    from collab_desktop.store.models import AppMeta

    default = RetentionPolicy()
    with db.session() as s:
        daily = s.get(AppMeta, KEEP_DAILY_KEY)
        monthly = s.get(AppMeta, KEEP_MONTHLY_KEY)
        return RetentionPolicy(
            daily=int(daily.value) if daily else default.daily,
            monthly=int(monthly.value) if monthly else default.monthly,
        )


def set_retention_policy(db: Database, daily: int, monthly: int) -> RetentionPolicy:
    """Change how many daily and monthly backups are kept (at least one daily)."""
    from collab_desktop.services.errors import ValidationError
    from collab_desktop.store.models import AppMeta

    errors = {}
    if daily < 1:
        errors["daily"] = translate("Backups", "Keep at least 1 daily backup.")
    if monthly < 0:
        errors["monthly"] = translate(
            "Backups", "The number of monthly backups cannot be negative."
        )
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        for key, value in ((KEEP_DAILY_KEY, daily), (KEEP_MONTHLY_KEY, monthly)):
            row = s.get(AppMeta, key) or AppMeta(key=key)
            row.value = str(value)
            s.add(row)
    return retention_policy(db)


def backups_to_prune(
    backups: list[tuple[Path, datetime, str]], policy: RetentionPolicy, now: datetime
) -> list[Path]:
    """Which backups fall outside the window (input newest first)."""
    keep: set[Path] = set()
    days: list = []
    months: list = []
    for path, when, reason in backups:
        if reason in _NEVER_PRUNED or now - when < policy.recent:
            keep.add(path)
        if when.date() not in days and len(days) < policy.daily:
            days.append(when.date())
            keep.add(path)
        month = (when.year, when.month)
        if month not in months and len(months) < policy.monthly:
            months.append(month)
            keep.add(path)
    return [path for path, _when, _reason in backups if path not in keep]


def prune_backups(
    db_path: Path, policy: RetentionPolicy, now: datetime | None = None
) -> list[Path]:
    """Delete the backups outside the rolling window; returns what was removed."""
    removed = backups_to_prune(_parsed_backups(db_path), policy, now or backup_now())
    for path in removed:
        path.unlink(missing_ok=True)
        log.info("removed old backup %s", path)
    return removed


def check_restorable(path: Path) -> BackupInfo:
    """Refuse anything that is not a Collab Desktop database this release can open."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise NotACollabDatabase(
            translate("Backups", "{path} does not exist or is not a file.").format(path=path)
        )
    if path.stat().st_size == 0 or not sqlite.looks_like_sqlite(path):
        raise NotACollabDatabase(
            translate(
                "Backups",
                "{path} is not a Collab Desktop database (it is not a database file at all).",
            ).format(path=path)
        )
    from collab_desktop.store.migrate import known_revisions

    try:
        conn = sqlite.connect_read_only(path)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            rev = None
            if "alembic_version" in tables:
                rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise NotACollabDatabase(
            translate("Backups", "{path} cannot be read as a database ({exc}).").format(
                path=path, exc=exc
            )
        ) from exc
    if rev is None or MARKER_TABLE not in tables:
        raise NotACollabDatabase(
            translate(
                "Backups", "{path} is a database, but not one made by Collab Desktop."
            ).format(path=path)
        )
    if rev[0] not in known_revisions():
        raise SchemaTooNew(
            translate(
                "Backups",
                "{path} was made by a newer release of Collab Desktop (schema {value}). Install that release to restore it.",
            ).format(path=path, value=rev[0])
        )
    when = datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    m = _NAME.match(path.name)
    return read_backup_info(path, when, m["reason"] if m else "manual")


def restore_backup(db: Database, source: Path) -> RestoreResult:
    """Replace the database with a backup: check it, back up the current state, copy it in."""
    target = database_file(db)
    source = Path(source).expanduser()
    check_restorable(source)
    if source.resolve() == target.resolve():
        raise NotACollabDatabase(
            translate("Backups", "That file is the open database itself; choose a backup.")
        )
    safety = backup_before(db, "before-restore")
    db.dispose()
    sqlite.restore_file(source, target)
    db.dispose()
    report = None
    if current_revision(db.url) != head_revision():
        # An older backup is brought up to this release's schema (the backup itself is kept).
        report = migrate(db.url)
    log.info("restored %s from %s", target, source)
    return RestoreResult(source, safety, report)


def recover_from_backup(db_path: Path, backup: Path) -> Path:
    """Put a backup in place of a database file that can no longer be opened.

    The unreadable file is kept beside it (renamed, with its -wal and -shm), never deleted.
    Returns where it was moved.
    """
    db_path = Path(db_path)
    check_restorable(backup)
    stamp = backup_now().strftime(STAMP_FORMAT)
    kept = db_path.with_name(f"{db_path.stem}_{stamp}_unreadable{db_path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            part.replace(Path(str(kept) + suffix))
    sqlite.backup_file(backup, db_path)
    log.warning("replaced unreadable %s by %s (kept as %s)", db_path, backup, kept)
    return kept


def database_file(db: Database) -> Path:
    """The file behind the database; backups need one."""
    if db.path is None:
        raise NotACollabDatabase(
            translate("Backups", "Backups are made of database files; this database is not one.")
        )
    return db.path
