"""Backups: round trip with counts, refusals that change nothing, once a day, rolling window."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from collab_desktop.domain.clock import local_now
from collab_desktop.domain.records import ContactRecord
from collab_desktop.paths import backup_dir_for
from collab_desktop.services.directory.contacts import list_contacts, save_contact
from collab_desktop.services.safety import backups
from collab_desktop.services.safety.database_open import open_database_with_backups
from collab_desktop.store.errors import NotACollabDatabase, SchemaTooNew
from collab_desktop.store.open import open_database

# Backups and integrity checks of SQLite files (a server has its own).
pytestmark = pytest.mark.sqlite_only("SQLite files")


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _add_contacts(db, n: int) -> None:  # noqa: ANN001
    for i in range(n):
        save_contact(db, ContactRecord(first_name=f"P{i}", last_name="Backup", email=f"p{i}@x.org"))


def test_backup_and_restore_round_trip_keeps_counts(db, tmp_path: Path) -> None:  # noqa: ANN001
    _add_contacts(db, 3)
    out = tmp_path / "saved" / "copy.sqlite"
    info = backups.backup_to(db, out)
    assert (info.collaboratives, info.contacts, info.sessions) == (4, 7, 0)
    _add_contacts_later = ContactRecord(first_name="After", email="after@x.org")
    save_contact(db, _add_contacts_later)
    assert len(list_contacts(db)) == 8

    result = backups.restore_backup(db, out)

    emails = {c.email for c in list_contacts(db)}
    assert len(emails) == 7 and "after@x.org" not in emails and "p2@x.org" in emails
    # The state that was replaced is kept as a named backup with its own counts.
    assert result.safety_backup is not None
    assert result.safety_backup.contacts == 8
    assert result.safety_backup.reason == "before-restore"
    assert result.safety_backup.path.parent == db.path.parent / "backups"
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restore_refuses_text_file_and_changes_nothing(db, tmp_path: Path) -> None:  # noqa: ANN001
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database")
    before = _count(db.path, "contacts")
    with pytest.raises(NotACollabDatabase, match="not a Collab Desktop database"):
        backups.restore_backup(db, bogus)
    assert _count(db.path, "contacts") == before
    assert backups.list_backups(db.path) == []


def test_restore_refuses_other_sqlite_and_newer_schema(db, tmp_path: Path) -> None:  # noqa: ANN001
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE things (id INTEGER)")
    with pytest.raises(NotACollabDatabase, match="not one made by Collab Desktop"):
        backups.restore_backup(db, other)
    newer = backups.backup_to(db, tmp_path / "newer.sqlite").path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SchemaTooNew, match="newer release"):
        backups.restore_backup(db, newer)
    assert backups.list_backups(db.path) == []


def test_backup_to_refuses_existing_file_unless_overwrite(db, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "exists.sqlite"
    out.write_text("keep me")
    with pytest.raises(FileExistsError):
        backups.backup_to(db, out)
    assert out.read_text() == "keep me"
    assert backups.backup_to(db, out, overwrite=True).contacts == 4


def test_daily_backup_at_most_once_a_day(db_path: Path) -> None:
    for _ in range(2):
        db, _ = open_database_with_backups(db_path)
        db.dispose()
    found = backups.list_backups(db_path)
    assert [b.reason for b in found] == ["daily"]
    assert found[0].contacts == 4 and found[0].collaboratives == 4
    db, _ = open_database(db_path)
    tomorrow = local_now().replace(tzinfo=None) + timedelta(days=1)
    assert backups.daily_backup(db, tomorrow) is not None
    assert backups.daily_backup(db, tomorrow) is None
    db.dispose()
    assert len(backups.list_backups(db_path)) == 2


def test_new_database_gets_no_daily_backup(tmp_path: Path) -> None:
    db, _ = open_database_with_backups(tmp_path / "fresh.sqlite")
    db.dispose()
    assert backups.list_backups(tmp_path / "fresh.sqlite") == []


def test_backup_file_names_sort_by_time(db) -> None:  # noqa: ANN001
    early = backups.make_backup(db.path, "daily", datetime(2026, 1, 9, 8, 0, 0))
    late = backups.make_backup(db.path, "before-import", datetime(2026, 1, 10, 7, 0, 0))
    same = backups.make_backup(db.path, "before-import", datetime(2026, 1, 10, 7, 0, 0))
    assert sorted([late.path.name, early.path.name]) == [early.path.name, late.path.name]
    assert same.path != late.path
    assert [b.path for b in backups.list_backups(db.path)][-1] == early.path


def test_rolling_window_keeps_daily_and_monthly(db) -> None:  # noqa: ANN001
    now = datetime(2026, 11, 25, 12, 0, 0)
    # Two backups a day for 400 days, plus one made by hand long ago.
    folder = backup_dir_for(db.path)
    for day in range(400):
        for hour in (9, 17):
            when = (now - timedelta(days=day)).replace(hour=hour)
            name = backups.backup_name(db.path, when, "daily")
            (folder / name).write_bytes(b"")
    manual = backups.make_backup(db.path, "manual", now - timedelta(days=900))
    removed = backups.prune_backups(db.path, backups.RetentionPolicy(daily=10, monthly=12), now)

    kept = {(b.created, b.reason) for b in backups.list_backups(db.path)}
    assert manual.path.exists()
    days = {when.date() for when, reason in kept if reason == "daily"}
    months = {(when.year, when.month) for when, reason in kept if reason == "daily"}
    # Today both (recent), the newest of each of the last 10 days, of each of the last 12 months.
    assert len(days) == 10 + 11  # 10 daily; 11 older months (the 12th is the current one)
    assert len(months) == 12
    assert (now.replace(hour=9), "daily") in kept and (now.replace(hour=17), "daily") in kept
    assert len(removed) == 800 - len(kept) + 1


def test_retention_policy_is_stored_in_the_database(db) -> None:  # noqa: ANN001
    assert backups.retention_policy(db) == backups.RetentionPolicy()
    backups.set_retention_policy(db, 3, 2)
    assert (backups.retention_policy(db).daily, backups.retention_policy(db).monthly) == (3, 2)
    from collab_desktop.services.errors import ValidationError

    with pytest.raises(ValidationError):
        backups.set_retention_policy(db, 0, 2)


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_backup_restore_and_refusal(db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from collab_desktop.app import main

    out = tmp_path / "cli-copy.sqlite"
    assert main(["--db", str(db_path), "backup", str(out)]) == 0
    assert "4 contacts" in capsys.readouterr().out
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM memberships")
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    # As a user runs it: one line, exit 1, no traceback.
    refused = _cli(db_path, "restore", str(bogus))
    assert refused.returncode == 1
    assert refused.stderr.startswith("error: ") and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1
    assert _count(db_path, "memberships") == 0

    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    assert "saved to" in capsys.readouterr().out
    assert _count(db_path, "memberships") == 5


def test_cli_backups_lists_and_sets_the_window(db_path: Path, capsys) -> None:  # noqa: ANN001
    from collab_desktop.app import main

    assert main(["--db", str(db_path), "backups", "--keep-daily", "3", "--keep-monthly", "2"]) == 0
    out = capsys.readouterr().out
    assert "Daily backup" in out and "newest backup of 3 days and 2 months" in out
    assert main(["--db", str(db_path), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listed] == ["daily"] and listed[0]["contacts"] == 4


def test_backups_made_at_once_in_the_same_second_are_all_kept(tmp_path: Path) -> None:
    """Two coordinators backing up one shared file in the same second: one backup each."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    db_path = tmp_path / "shared.sqlite"
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(2000)])
    when = datetime(2026, 12, 3, 14, 3, 0)
    start = Barrier(6)

    def backup(_n: int) -> Path:
        start.wait(timeout=30)
        return backups.make_backup(db_path, "before-import", when).path

    with ThreadPoolExecutor(6) as pool:
        made = list(pool.map(backup, range(6)))
    assert len(set(made)) == 6
    for path in made:
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM t").fetchone() == (2000,)
    assert not list(made[0].parent.glob(".*"))  # no partial copies left behind
