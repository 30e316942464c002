"""Open a database: check it is ours, back it up, and bring its schema to the current head.

Sequence verified on SQLite: transactional DDL (BEGIN emitted by us), foreign keys OFF before
BEGIN so batch table rebuilds never cascade-delete child rows, foreign_key_check before commit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError

from collab_desktop.store import sqlite
from collab_desktop.store.errors import MigrationFailed, NotACollabDatabase, SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_PACKAGE = "collab_desktop.store.migrations"
# A table every Collab Desktop database has; its absence marks a foreign database.
MARKER_TABLE = "collaboratives"


@dataclass(slots=True)
class MigrationReport:
    """What opening the database did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None = None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    """Alembic configuration pointing at the packaged migrations."""
    from importlib import resources

    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files(MIGRATIONS_PACKAGE)))
    return cfg


def head_revision() -> str:
    """The schema revision this release writes."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(url: str) -> str | None:
    """The revision stored in a database, or None for an empty one (raises if it is foreign)."""
    from alembic.runtime.migration import MigrationContext

    engine = sqlite.create_migration_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            rev = MigrationContext.configure(conn).get_current_revision()
    except SADatabaseError as exc:
        raise NotACollabDatabase(_foreign_message(url)) from exc
    finally:
        engine.dispose()
    if rev is None and tables:
        raise NotACollabDatabase(_foreign_message(url))
    if rev is not None and MARKER_TABLE not in tables:
        raise NotACollabDatabase(_foreign_message(url))
    return rev


def _foreign_message(url: str) -> str:
    where = sqlite.path_from_url(url) or url
    return (
        f"{where} is not a Collab Desktop database. "
        "Choose a database file made by Collab Desktop, or a new file name to start a new one."
    )


def check_database_file(path: Path) -> None:
    """Refuse a file that is clearly not SQLite before touching it."""
    if path.exists() and path.is_dir():
        raise NotACollabDatabase(f"{path} is a folder. Give the path of a database file.")
    if path.exists() and not sqlite.looks_like_sqlite(path):
        raise NotACollabDatabase(
            f"{path} is not a Collab Desktop database (it is not an SQLite file). "
            "Choose a database file made by Collab Desktop, or a new file name to start a new one."
        )


BackupHook = Callable[[Path, str | None], Path | None]


def _fast_revision(url: str) -> str | None:
    """The stored revision read with one query (no Alembic import), or None if unsure."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception:  # noqa: BLE001 - any doubt falls back to the full check
        return None
    finally:
        engine.dispose()


def expected_head() -> str:
    """The head revision without loading Alembic (a test keeps it equal to head_revision())."""
    from collab_desktop.store.schema_version import SCHEMA_HEAD

    return SCHEMA_HEAD


def migrate(url: str, backup_hook: BackupHook | None = None) -> MigrationReport:
    """Bring the schema to head in one transaction; back up first when an existing file changes."""
    path = sqlite.path_from_url(url)
    if path is not None:
        check_database_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    existing = path is None or (path.exists() and path.stat().st_size > 0)
    if existing and (rev := _fast_revision(url)) == expected_head():
        return MigrationReport(rev, rev)
    rev = current_revision(url)
    head = head_revision()
    if rev == head:
        return MigrationReport(rev, head)
    if rev is not None and rev not in known_revisions():
        raise SchemaTooNew(
            f"{path or url} was written by a newer release of Collab Desktop (schema {rev}). "
            "Install the newer release to open it; this one will not change it."
        )
    backup = None
    if rev is not None and path is not None and backup_hook is not None:
        backup = backup_hook(path, rev)
    log.info("migrating %s from %s to %s", path or url, rev, head)
    engine = sqlite.create_migration_engine(url) if path is not None else None
    if engine is None:
        from sqlalchemy import create_engine

        engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if path is not None:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            try:
                from alembic import command

                with conn.begin():
                    cfg = alembic_config()
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    if path is not None:
                        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if problems:
                            raise MigrationFailed(
                                f"The upgrade would break {len(problems)} links between records; "
                                "nothing was changed."
                            )
            finally:
                if path is not None:
                    conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    except MigrationFailed:
        raise
    except Exception as exc:
        log.exception("migration failed")
        raise MigrationFailed(
            f"Upgrading {path or url} failed ({exc}); the database was left as it was."
        ) from exc
    finally:
        engine.dispose()
    if path is not None:
        # Switch the upgraded file to WAL once, outside any transaction.
        eng = sqlite.create_sqlite_engine(url)
        with eng.connect():
            pass
        eng.dispose()
    return MigrationReport(rev, head, backup)
