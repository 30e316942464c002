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
from collab_desktop.services.contacts import apply_contact_fields
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
    from collab_desktop.services.contacts import list_contacts
    from collab_desktop.store.open import open_database

    db, _ = open_database(db_path)
    try:
        assert len(list_contacts(db)) == before[1]
    finally:
        db.dispose()
