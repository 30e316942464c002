"""Read the lock a Collab Desktop window keeps beside its database (``<db>.lock``), without Qt.

The window takes the lock with QLockFile; the command line only needs to know whether a live
window holds it, so that a restore never replaces the data under an open window.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path


def lock_path(db_path: Path) -> Path:
    return Path(str(Path(db_path).resolve()) + ".lock")


def _alive(pid: int) -> bool:
    if sys.platform == "win32":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def window_holding(db_path: Path) -> str | None:
    """'process 123 on host' when a live window has this database open, else None.

    QLockFile writes the pid, the application name and the host name on the first three lines.
    A lock from another computer (a shared folder) counts as held: its process cannot be checked.
    """
    try:
        lines = lock_path(db_path).read_text(encoding="utf-8", errors="replace").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        return f"process {pid} on {host}"
    return f"process {pid}" if pid != os.getpid() and _alive(pid) else None
