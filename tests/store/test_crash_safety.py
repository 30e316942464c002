"""A write killed with SIGKILL half-way leaves the database exactly as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

# One transaction adding contacts through the services' own field rules, flushing as it goes
# (with a tiny page cache, so uncommitted pages really reach the WAL file before the kill).
BULK_WRITER = """
import sys
from sqlalchemy import text
from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import apply_contact_fields
from collab_desktop.store.models import Contact
from collab_desktop.store.open import open_database

db, _ = open_database(sys.argv[1])
with db.session() as s:
    s.execute(text("PRAGMA cache_size=8"))
    s.execute(text("UPDATE contacts SET notes = 'changed by the killed run'"))
    for i in range(10_000_000):
        row = Contact()
        apply_contact_fields(row, ContactRecord(first_name=f"Killed{i}", email=f"k{i}@example.org"))
        s.add(row)
        if i % 500 == 499:
            s.flush()
        if i == 4999:
            print("half-way", flush=True)
"""


def _state(path: Path) -> tuple[str, int, list]:
    with sqlite3.connect(path) as conn:
        return (
            conn.execute("PRAGMA integrity_check").fetchone()[0],
            conn.execute("SELECT count(*) FROM contacts").fetchone()[0],
            conn.execute("SELECT id, notes FROM contacts ORDER BY id").fetchall(),
        )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_bulk_write_killed_midway_leaves_database_unchanged(db_path: Path) -> None:
    before = _state(db_path)
    assert before[0] == "ok"
    proc = subprocess.Popen(
        [sys.executable, "-c", BULK_WRITER, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == "half-way", proc.stderr.read()
        wal = Path(str(db_path) + "-wal")
        # The uncommitted work is on disk, not only in memory: the kill has something to undo.
        assert wal.exists() and wal.stat().st_size > 500_000
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    assert _state(db_path) == before
    from collab_desktop.services.directory.contacts import list_contacts
    from collab_desktop.store.open import open_database

    db, _ = open_database(db_path)
    try:
        assert len(list_contacts(db)) == before[1]
    finally:
        db.dispose()


# The import-roster command as a user runs it, except that the import's progress callback stops
# half-way through its one transaction (and a tiny page cache pushes the rows to the WAL file).
PAUSED_IMPORT = """
import sys, time
from sqlalchemy import event
from collab_desktop.services.rosters import roster_import
from collab_desktop.store import sqlite as store_sqlite

make_engine = store_sqlite.create_sqlite_engine

def small_cache_engine(url):
    engine = make_engine(url)
    event.listen(engine, "connect", lambda conn, _rec: conn.execute("PRAGMA cache_size=8"))
    return engine

def pause_half_way(done, total):
    if done >= total // 2:
        print("half-way", flush=True)
        time.sleep(600)

store_sqlite.create_sqlite_engine = small_cache_engine
apply_import = roster_import.apply_import
roster_import.apply_import = lambda db, plan, *_args, **_kw: apply_import(db, plan, pause_half_way)
from collab_desktop.app import main
sys.exit(main(sys.argv[1:]))
"""


def _write_roster(path: Path, rows: int) -> None:
    lines = ['"First Name","Last Name","Company","E-mail Address","Notes"']
    lines += [
        f'"Ana{i}","Import","Clinic {i % 40}","ana{i}@roster.org","row {i}"' for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_import_roster_killed_midway_leaves_database_unchanged(
    db_path: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "big-roster.csv"
    _write_roster(roster, 10_000)
    before = _state(db_path)
    with sqlite3.connect(db_path) as conn:
        batches = conn.execute("SELECT count(*) FROM import_batches").fetchone()[0]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            PAUSED_IMPORT,
            "--db",
            str(db_path),
            "import-roster",
            str(roster),
            "--collaborative",
            "LHS E-STaR",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == "half-way", proc.stderr.read()
        wal = Path(str(db_path) + "-wal")
        assert wal.exists() and wal.stat().st_size > 500_000
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    assert _state(db_path) == before
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM import_batches").fetchone()[0] == batches
        assert conn.execute("SELECT count(*) FROM memberships").fetchone()[0] == 5
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # The backup made before the import is there and complete.
    from collab_desktop.services.safety.backups import list_backups

    assert [b.contacts for b in list_backups(db_path) if b.reason == "before-import"] == [4]
