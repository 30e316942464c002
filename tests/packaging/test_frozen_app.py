"""The PyInstaller one-folder app builds, runs the command line and opens the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from missing_tool import missing_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_app_runs_cli_and_window(tmp_path: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        missing_tool("needs the 'package' extra (make test-slow installs it)")
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(dist)]
        + ["--work", str(work)],
        check=True,
    )
    exe = dist / "CollabDesktop" / ("CollabDesktop.exe" if os.name == "nt" else "CollabDesktop")
    assert exe.is_file()
    internal = dist / "CollabDesktop" / "_internal"
    assert (internal / "collab_desktop" / "resources" / "style.qss").is_file()
    assert (internal / "collab_desktop" / "docs" / "user-guide.md").is_file()
    assert list(
        (internal / "collab_desktop" / "store" / "migrations" / "versions").glob("0001*.py")
    )
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("*Qt6Quick*"))

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLLAB_DESKTOP_HOME=str(tmp_path / "home"))
    db = tmp_path / "T.sqlite"
    listed = subprocess.run(
        [str(exe), "--db", str(db), "list", "collaboratives", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 4

    shown = subprocess.run(
        [str(exe), "--db", str(db)],
        cwd=tmp_path,
        env=dict(env, COLLAB_DESKTOP_SMOKE_TEST="1"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert "window shown: T.sqlite" in shown.stdout and "Collaboratives" in shown.stdout
