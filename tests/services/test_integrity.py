"""Check database: healthy, broken links and a damaged file, each said in plain words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from collab_desktop.services.safety.integrity import check_database

# Backups and integrity checks of SQLite files (a server has its own).
pytestmark = pytest.mark.sqlite_only("SQLite files")


def test_healthy_database(db) -> None:  # noqa: ANN001
    report = check_database(db)
    assert report.ok
    assert report.summary.startswith("The database is healthy")
    assert "4 contacts" in report.summary and report.details == []


def test_broken_links_are_named(db) -> None:  # noqa: ANN001
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE memberships SET contact_id = 999 WHERE id IN (1, 2)")
    report = check_database(db)
    assert not report.ok
    assert "2 records point to records that no longer exist" in report.summary
    assert "Restore from backup" in report.summary
    assert report.details == ["2 memberships point to a contact that no longer exists."]


def test_damaged_file_is_reported(db) -> None:  # noqa: ANN001
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_contacts_last_first'"
        ).fetchone()[0]
    db.dispose()
    with open(db.path, "r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(b"\xff" * 64)
    report = check_database(db)
    assert not report.ok
    assert report.summary.startswith("The database file is damaged")
    assert report.details


def test_cli_check(db_path: Path, capsys) -> None:  # noqa: ANN001
    from collab_desktop.app import main

    assert main(["--db", str(db_path), "check"]) == 0
    assert "healthy" in capsys.readouterr().out
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE registrations SET contact_id = 999")
        conn.execute("UPDATE memberships SET contact_id = 999 WHERE id = 1")
    assert main(["--db", str(db_path), "check"]) == 1
    captured = capsys.readouterr()
    assert "1 membership points to a contact that no longer exists." in captured.out
    assert captured.err.startswith("error: the database has problems")
