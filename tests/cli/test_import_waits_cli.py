"""`import-roster` waiting for another import says so on stderr, then goes on."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import openpyxl

from collab_desktop.store.import_lock import import_lock
from collab_desktop.store.open import open_database


def test_import_roster_waits_for_another_import_and_says_whose(
    db_target: str, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    for row in (["First Name", "Last Name", "Email"], ["Flo", "Kim", "flo@x.org"]):
        wb.active.append(row)
    wb.save(tmp_path / "r.xlsx")
    other = open_database(db_target)[0]
    holding, release = threading.Event(), threading.Event()

    def dana_imports() -> None:
        with other.session() as s, import_lock(s, "dana", 5):
            holding.set()
            release.wait(60)

    holder = threading.Thread(target=dana_imports)
    holder.start()
    try:
        assert holding.wait(10)
        cmd = [sys.executable, "-m", "collab_desktop", "--db", db_target, "import-roster"]
        proc = subprocess.Popen(
            [*cmd, str(tmp_path / "r.xlsx")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = proc.stderr.readline()
        assert first.startswith("Another import into this database is running (started by dana at ")
        assert first.rstrip().endswith("; waiting…")
    finally:
        release.set()
        holder.join(30)
        other.dispose()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "r.xlsx: added 1," in out
    assert "Traceback" not in err
