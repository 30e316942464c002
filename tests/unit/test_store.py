"""The schema comes from migrations, first-run data is loaded once, foreign files are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from collab_desktop.store.errors import NotACollabDatabase, SchemaTooNew
from collab_desktop.store.migrate import head_revision
from collab_desktop.store.open import open_database


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_new_database_is_migrated_and_seeded(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    db, report = open_database(path)
    db.dispose()
    assert report.from_revision is None and report.to_revision == head_revision()
    assert _count(path, "collaboratives") == 4
    assert _count(path, "contacts") == 4
    assert _count(path, "memberships") == 5
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_first_run_data_is_loaded_once(db_path: Path) -> None:
    for _ in range(2):
        db, _ = open_database(db_path)
        db.dispose()
    assert _count(db_path, "collaboratives") == 4
    assert _count(db_path, "contacts") == 4


def test_foreign_keys_are_enforced(db) -> None:  # noqa: ANN001
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(
            text(
                "INSERT INTO memberships (contact_id, collaborative_id, role, active, created_at, updated_at)"
                " VALUES (999, 999, 'member', TRUE, '2026-01-01', '2026-01-01')"
            )
        )


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes")
    with pytest.raises(NotACollabDatabase, match="not a Collab Desktop database"):
        open_database(path)
    assert path.read_text() == "just some notes"


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(NotACollabDatabase):
        open_database(path)


def test_newer_schema_is_refused_and_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer release"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_schema_head_constant_matches_migrations() -> None:
    from collab_desktop.store.schema_version import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
