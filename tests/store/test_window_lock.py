"""The command line sees a window's lock: no restore under an open window; stale locks ignored."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from collab_desktop.store.window_lock import lock_path, window_holding

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(100)
print("locked", flush=True)
sys.stdin.readline()
"""


def test_restore_refused_while_a_window_holds_the_lock(
    db_path: Path, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    from collab_desktop.app import main

    backup = tmp_path / "copy.sqlite"
    assert main(["--db", str(db_path), "backup", str(backup)]) == 0
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path(db_path))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        assert window_holding(db_path) == f"process {proc.pid}"
        capsys.readouterr()
        assert main(["--db", str(db_path), "restore", str(backup)]) == 1
        assert "open in a Collab Desktop window" in capsys.readouterr().err
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdin.close()
        proc.stdout.close()
    # The window was killed: its lock file is left behind but no longer counts.
    assert lock_path(db_path).exists()
    assert window_holding(db_path) is None
    assert main(["--db", str(db_path), "restore", str(backup)]) == 0


def test_no_lock_file_means_no_window(tmp_path: Path) -> None:
    assert window_holding(tmp_path / "none.sqlite") is None
    lock_path(tmp_path / "odd.sqlite").write_text("not a pid\n")
    assert window_holding(tmp_path / "odd.sqlite") is None
