"""The small file naming who holds a SQLite database's import lock."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from collab_desktop.store.import_lock import LockHolder, _file_holder


def _holder_file(tmp_path: Path, pid: int, host: str) -> Path:
    path = tmp_path / "collab.sqlite.import-lock"
    since = datetime(2026, 12, 3, 14, 3, tzinfo=UTC).isoformat()
    path.write_text(json.dumps({"user": "dana", "since": since, "pid": pid, "host": host}))
    return path


def test_a_live_holder_is_named(tmp_path: Path) -> None:
    path = _holder_file(tmp_path, os.getpid(), socket.gethostname())
    assert _file_holder(path) == LockHolder("dana", datetime(2026, 12, 3, 14, 3, tzinfo=UTC))


def test_a_file_left_by_a_killed_import_names_nobody(tmp_path: Path) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    path = _holder_file(tmp_path, int(gone.stdout), socket.gethostname())
    assert _file_holder(path) is None
    # On another computer sharing the file the process cannot be asked about: still named.
    path = _holder_file(tmp_path, int(gone.stdout), "another-host")
    assert _file_holder(path) is not None
    assert _file_holder(tmp_path / "missing") is None
