"""Two windows, one file: the lock, a stale lock from a killed run, bring-forward, read-only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from collab_desktop.ui.single_instance import InstanceGuard, SecondInstance, ask_second_instance

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(100)
print("locked", flush=True)
time.sleep(600)
"""

ASK_TO_RAISE = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from collab_desktop.ui.single_instance import ask_first_to_raise
app = QCoreApplication([])
print("answered" if ask_first_to_raise(Path(sys.argv[1]), 5000) else "silent", flush=True)
"""


def _quiet_logging(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    """run_gui sets up file logging for the whole process; tests keep it out."""
    monkeypatch.setattr(
        "collab_desktop.logging_setup.setup_logging", lambda *_a, **_k: db_path.parent / "x.log"
    )


def _lock_then_kill(lock_path: Path) -> None:
    """A lock file left behind by a process that was killed (as after a crash)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()


def test_second_guard_on_the_same_file_is_refused(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    db_path = tmp_path / "shared.sqlite"
    first = InstanceGuard(db_path)
    assert first.acquire()
    second = InstanceGuard(db_path)
    try:
        assert not second.acquire()
        assert f"process {os.getpid()}" in second.holder()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_stale_lock_from_a_killed_run_is_taken_over(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    db_path = tmp_path / "crashed.sqlite"
    _lock_then_kill(Path(str(db_path) + ".lock"))
    assert Path(str(db_path) + ".lock").exists()
    guard = InstanceGuard(db_path)
    assert guard.acquire()
    guard.release()


def test_second_start_asks_the_first_window_to_come_forward(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    db_path = tmp_path / "front.sqlite"
    guard = InstanceGuard(db_path)
    assert guard.acquire()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", ASK_TO_RAISE, str(db_path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        with qtbot.waitSignal(guard.raise_requested, timeout=20000):
            pass
        out, _ = proc.communicate(timeout=30)
        assert out.strip() == "answered"
    finally:
        guard.release()


def _click(monkeypatch: pytest.MonkeyPatch, label: str) -> list[str]:
    """Patch QMessageBox.exec to press the button with this text."""
    seen: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == label:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def test_ask_second_instance_offers_the_three_ways(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # noqa: ANN001
    for label, expected in (
        ("Switch to the other window", SecondInstance.BRING_FORWARD),
        ("Open read-only", SecondInstance.READ_ONLY),
        ("Cancel", SecondInstance.QUIT),
    ):
        seen = _click(monkeypatch, label)
        assert ask_second_instance(Path("x.sqlite"), "process 1 on host") == expected
        assert "already open" in seen[0]


def test_second_start_opens_read_only_when_chosen(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    first = InstanceGuard(db_path)
    assert first.acquire()
    opened: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: opened.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    _click(monkeypatch, "Open read-only")
    _quiet_logging(monkeypatch, db_path)
    try:
        assert app_module.run_gui(str(db_path)) == 0
    finally:
        first.release()
    assert len(opened) == 1
    window = opened[0]
    assert window.ctx.db.read_only
    assert "(read-only)" in window.windowTitle()
    assert not window.save_action.isEnabled() and not window.safety.restore_action.isEnabled()
    window.deleteLater()


def test_switching_to_a_database_open_elsewhere_is_refused(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a, **_k: told.append(text)
    )
    busy = tmp_path / "busy.sqlite"
    other = InstanceGuard(busy)
    assert other.acquire()
    try:
        assert not window.switch_database(busy)
        assert told and "already open in another Collab Desktop window" in told[0]
    finally:
        other.release()

    free = tmp_path / "free.sqlite"
    assert window.switch_database(free)
    assert window.ctx.db.path == free
    assert not InstanceGuard(free).acquire()  # this window now holds it
    window.safety.release_all()
    assert InstanceGuard(free).acquire()


def test_first_start_holds_the_lock_until_the_window_closes(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.services.safety.backups import list_backups
    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    held: list[bool] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: None)
    monkeypatch.setattr(
        QApplication, "exec", lambda *_a: held.append(not InstanceGuard(db_path).acquire()) or 0
    )
    _quiet_logging(monkeypatch, db_path)
    assert app_module.run_gui(str(db_path)) == 0
    assert held == [True]
    assert InstanceGuard(db_path).acquire()  # released on exit
    assert [b.reason for b in list_backups(db_path)] == ["daily"]
