"""Running the installed command line in a fresh process, and reading its one error line."""

from __future__ import annotations

import subprocess
import sys


def cli(*args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    """``collab-desktop [--db DB] ARGS`` in a new interpreter; output captured as text."""
    cmd = [sys.executable, "-m", "collab_desktop"] + (["--db", db] if db else [])
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120)


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The command failed with exit 1 and exactly one ``error:`` line, never a traceback."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ")
    return line
