"""COLLAB_DESKTOP_SMOKE_TEST opens the real window, reports it and quits with exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_smoke_test_opens_window_and_quits(db_path: Path, isolated_home: Path) -> None:
    env = dict(os.environ, COLLAB_DESKTOP_SMOKE_TEST="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", str(db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith(f"window shown: {db_path.name} — Collab Desktop ")
    assert "Collaboratives, Contacts, Sessions" in line
