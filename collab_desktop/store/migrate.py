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

from collab_desktop.domain.translation import translate
from collab_desktop.store import postgresql, sqlite
from collab_desktop.store.errors import (
    DatabaseUnavailable,
    MigrationFailed,
    NotACollabDatabase,
    SchemaTooNew,
    SchemaTooOld,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

MIGRATIONS_PACKAGE = "collab_desktop.store.migrations"
# A table every Collab Desktop database has; its absence marks a foreign database.
MARKER_TABLE = "collaboratives"
# app_meta key naming the release that last changed the schema, so an older release refused by
# a newer schema can say which release it takes.
SCHEMA_RELEASE_KEY = "schema_release"


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
        raise NotACollabDatabase(
            translate("Migrate", "{path} is a folder. Give the path of a database file.").format(
                path=path
            )
        )
    if path.exists() and not sqlite.looks_like_sqlite(path):
        raise NotACollabDatabase(
            translate(
                "Migrate",
                "{path} is not a Collab Desktop database (it is not an SQLite file). Choose a database file made by Collab Desktop, or a new file name to start a new one.",
            ).format(path=path)
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


def _schema_release(url: str) -> str | None:
    """The release that last changed the schema, as it recorded in app_meta (None if unknown)."""
    from sqlalchemy import text

    engine = _engine_for_checks(url)
    try:
        with engine.connect() as conn:
            return conn.execute(
                text("SELECT value FROM app_meta WHERE key = :k"), {"k": SCHEMA_RELEASE_KEY}
            ).scalar()
    except Exception:  # noqa: BLE001 - only for a friendlier message
        return None
    finally:
        engine.dispose()


def _too_new_message(url: str, rev: str) -> str:
    from collab_desktop import __version__
    from collab_desktop.store.location import describe

    release = _schema_release(url)
    needs = (
        translate("Migrate", "Collab Desktop {release} or later").format(release=release)
        if release
        else translate("Migrate", "the newer release")
    )
    return translate(
        "Migrate",
        "{value} was written by a newer release of Collab Desktop (schema {rev}); this is {version}. Install {needs} to open it; this one will not change it.",
    ).format(value=describe(url), rev=rev, version=__version__, needs=needs)


def _record_release(conn: Connection) -> None:
    """Write which release brought the schema to head (inside the migration's transaction)."""
    from sqlalchemy import text

    from collab_desktop import __version__

    params = {"k": SCHEMA_RELEASE_KEY, "v": __version__}
    if conn.execute(text("UPDATE app_meta SET value = :v WHERE key = :k"), params).rowcount == 0:
        conn.execute(text("INSERT INTO app_meta (key, value) VALUES (:k, :v)"), params)


def _engine_for_checks(url: str):  # noqa: ANN202 - Engine
    if postgresql.is_postgresql_url(url):
        from sqlalchemy.pool import NullPool

        return postgresql.create_postgresql_engine(url, poolclass=NullPool)
    from sqlalchemy import create_engine

    return create_engine(url)


def migrate(
    url: str,
    backup_hook: BackupHook | None = None,
    *,
    upgrade_older: bool = True,
    first_run: Callable[[Session], object] | None = None,
) -> MigrationReport:
    """Bring the schema to head in one transaction; back up first when an existing file changes.

    On a server an older schema is upgraded only with upgrade_older (``upgrade-db``), and an
    empty database is set up together with first_run's rows in one transaction.
    """
    if postgresql.is_postgresql_url(url):
        return _migrate_server(url, upgrade_older=upgrade_older, first_run=first_run)
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
        raise SchemaTooNew(_too_new_message(url, rev))
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
                    _record_release(conn)
                    if path is not None:
                        from collab_desktop.store.models import Base

                        sqlite.restore_expression_indexes(conn, Base.metadata)
                        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if problems:
                            raise MigrationFailed(
                                translate(
                                    "Migrate",
                                    "The upgrade would break {count_problems} links between records; nothing was changed.",
                                ).format(count_problems=len(problems))
                            )
            finally:
                if path is not None:
                    conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
    except MigrationFailed:
        raise
    except Exception as exc:
        log.exception("migration failed")
        raise MigrationFailed(
            translate(
                "Migrate", "Upgrading {value} failed ({exc}); the database was left as it was."
            ).format(value=path or url, exc=exc)
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


def revision_to_upgrade(url: str) -> str | None:
    """The older revision a database holds if opening it means upgrading it, else None (a new
    or empty database, or one at head); refuses as opening would (newer, foreign, unreachable).

    The window asks before an upgrade, so it looks first without changing anything (a file at
    head is answered with one query, before Alembic is loaded).
    """
    if postgresql.is_postgresql_url(url):
        engine = _engine_for_checks(url)
        try:
            with engine.connect() as conn:
                rev, _tables = _stored_state(conn)
        except NotACollabDatabase:
            raise
        except Exception as exc:
            message = postgresql.failure_message(exc, url)
            if message is None:
                raise
            raise DatabaseUnavailable(message) from exc
        finally:
            engine.dispose()
    else:
        path = sqlite.path_from_url(url)
        if path is not None:
            check_database_file(path)
            if not path.exists() or path.stat().st_size == 0:
                return None
        if _fast_revision(url) == expected_head():
            return None
        rev = current_revision(url)
    if rev is None or rev == head_revision():
        return None
    if rev not in known_revisions():
        raise SchemaTooNew(_too_new_message(url, rev))
    return rev


def _stored_state(conn: Connection) -> tuple[str | None, set[str]]:
    """(revision, table names) of a server database; raises if it is not one of ours."""
    from alembic.runtime.migration import MigrationContext

    tables = set(inspect(conn).get_table_names())
    rev = MigrationContext.configure(conn).get_current_revision() if tables else None
    if (rev is None and tables) or (rev is not None and MARKER_TABLE not in tables):
        raise NotACollabDatabase(
            translate(
                "Migrate",
                "{database} holds tables that are not Collab Desktop's. Choose an empty database or one made by Collab Desktop.",
            ).format(database=conn.engine.url.database)
        )
    return rev, tables


def _migrate_server(
    url: str, *, upgrade_older: bool, first_run: Callable[[Session], object] | None
) -> MigrationReport:
    """Set up an empty server database, or upgrade an older one on purpose, under an advisory
    lock, so that two first opens (or two upgrades) at the same moment do not both do it."""
    from collab_desktop.store.location import describe

    engine = _engine_for_checks(url)
    head = head_revision()
    try:
        with engine.connect() as conn:
            rev, _tables = _stored_state(conn)
            conn.commit()
            if rev == head:
                return MigrationReport(rev, head)
            if rev is not None and rev not in known_revisions():
                raise SchemaTooNew(_too_new_message(url, rev))
            if rev is not None and not upgrade_older:
                raise SchemaTooOld(
                    translate(
                        "Migrate",
                        "{value} has the schema of an older release (schema {rev}; this release uses {head}). Upgrade it on purpose, once, with `collab-desktop --db URL upgrade-db` (every workstation then needs this release).",
                    ).format(value=describe(url), rev=rev, head=head)
                )
            with postgresql.advisory_lock(conn), conn.begin():
                # Another workstation may have done it while this one waited for the lock.
                rev, _tables = _stored_state(conn)
                if rev == head:
                    return MigrationReport(rev, head)
                log.info("migrating %s from %s to %s", describe(url), rev, head)
                from alembic import command

                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                _record_release(conn)
                if rev is None and first_run is not None:
                    from sqlalchemy.orm import Session

                    with Session(bind=conn) as s:
                        first_run(s)
                        s.flush()
    except (SchemaTooNew, SchemaTooOld, NotACollabDatabase):
        raise
    except Exception as exc:
        if postgresql.is_access_problem(exc):
            raise DatabaseUnavailable(postgresql.failure_message(exc, url) or str(exc)) from exc
        log.exception("setting up %s failed", describe(url))
        raise MigrationFailed(
            translate(
                "Migrate", "Upgrading {value} failed ({value2}); the database was left as it was."
            ).format(value=describe(url), value2=postgresql.failure_message(exc, url) or exc)
        ) from exc
    finally:
        engine.dispose()
    return MigrationReport(rev, head)


def set_up_at(url: str, revision: str) -> None:
    """Give an empty SQLite file the schema of an older revision (a copy of an older database
    keeps its schema, so that this or a later release upgrades it as it would the original)."""
    from alembic import command

    engine = sqlite.create_migration_engine(url)
    try:
        with engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            with conn.begin():
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
    finally:
        engine.dispose()
