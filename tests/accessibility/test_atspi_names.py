"""Every focusable control on every tab and main dialog has a name, read back through AT-SPI.

The app runs on a real X display (Xvfb) with a session D-Bus and Qt's Linux accessibility on;
Debian's python3-pyatspi reads its tree from outside, as a screen reader does. Where those
packages are missing the test is skipped (CI=true makes that a failure: .ci/run installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from missing_tool import missing_tool

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SYSTEM_PYTHON = "/usr/bin/python3"
SCREENS = [
    "tab Collaboratives",
    "tab Contacts",
    "tab Sessions",
    "tab Reports",
    "import wizard page 1",
    "import wizard page 2",
    "import wizard page 3",
    "import wizard page 4",
    "session dialog",
    "check-in dialog",
    "restore dialog",
    "trash dialog",
    "contact picker",
    "calendar export dialog",
    "import history dialog",
    "add a whole collaborative",
    "membership dialog",
    "team database dialog",
    "move to a team server dialog",
    "certificates dialog",
    "certificate settings dialog",
    "e-mail templates dialog",
    "attendance file preview",
]


def missing_tools() -> list[str]:
    """What the walk needs and this machine lacks (Debian package names)."""
    if not sys.platform.startswith("linux"):
        return ["Linux"]
    missing = [
        pkg
        for tool, pkg in (("Xvfb", "xvfb"), ("dbus-run-session", "dbus"))
        if not shutil.which(tool)
    ]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    check = [SYSTEM_PYTHON, "-c", "import pyatspi"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(check, capture_output=True).returncode:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture
def display() -> str:
    """A fresh Xvfb display, stopped after the test."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def read_screens(display: str, work: Path) -> dict[str, dict]:
    """Run the app under a session bus and return what the walker read, by screen."""
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # never the desktop's own bus
    command = [
        "dbus-run-session",
        "--",
        sys.executable,
        str(HERE / "a11y_screens.py"),
        str(work),
        str(HERE / "atspi_walk.py"),
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    screens = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            entry = json.loads(line)
            screens[entry["screen"]] = entry
    assert done.returncode == 0, done.stderr[-3000:]
    return screens


def unnamed(controls: list[dict]) -> list[dict]:
    """Controls with no name of their own.

    Qt's AT-SPI bridge names a combo box by its current value whatever its accessible name;
    ours carry their name in the description too (see ui/accessibility.py), so a combo box
    named by its value passes only with a description.
    """
    return [c for c in controls if not c["name"] or (c["named_by_value"] and not c["description"])]


def test_every_focusable_control_has_a_name(display: str, tmp_path: Path) -> None:
    lacking = missing_tools()
    if lacking:
        missing_tool(f"the AT-SPI walk needs {', '.join(lacking)}")
    screens = read_screens(display, tmp_path)
    errors = {name: s["error"] for name, s in screens.items() if "error" in s}
    assert not errors
    assert sorted(screens) == sorted(SCREENS)
    report = []
    for name in SCREENS:
        controls = screens[name]["controls"]
        assert len(controls) >= 4, f"{name}: only {len(controls)} focusable controls read"
        report += [f"{name}: {c['role']} {c['id'] or c['path']}" for c in unnamed(controls)]
    assert not report, "controls without a name:\n" + "\n".join(report)
