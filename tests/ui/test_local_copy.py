"""File > Save a local copy...: a team database (or the open file) saved to a SQLite file that
opens in a fresh app as a normal local database."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.store.migrate import head_revision


def cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", db, *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def listed(db: str, what: str) -> list:
    done = cli(db, "list", what, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def add_people(db, n: int = 3) -> None:  # noqa: ANN001
    for i in range(n):
        save_contact(db, ContactRecord(first_name=f"Ana{i}", last_name="Copy", email=f"a{i}@x.org"))


@pytest.fixture
def server_window(qtbot, pg_url: str):  # noqa: ANN001, ANN201
    """The real main window over a fresh team database."""
    from collab_desktop.store.open import open_database
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    db, _ = open_database(pg_url)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ctx.tasks.wait()
    win.ctx.db.dispose()


def save_and_wait(qtbot, window, dest: Path) -> Path:  # noqa: ANN001
    window.local_copy.save_to(dest)
    qtbot.waitUntil(lambda: window.local_copy.last_copy is not None, timeout=60_000)
    window.local_copy.last_box.close()
    return window.local_copy.last_copy


def test_the_action_is_in_the_file_menu_with_save_as_keys(window) -> None:  # noqa: ANN001
    action = window.local_copy.action
    assert action in window.file_menu.actions()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.SaveAs)


def test_a_team_database_is_saved_as_a_file_a_fresh_app_opens(
    qtbot, server_window, pg_url: str, tmp_path: Path
) -> None:  # noqa: ANN001
    add_people(server_window.ctx.db)
    dest = tmp_path / "saved" / "team copy.sqlite"
    dest.parent.mkdir()

    copy = save_and_wait(qtbot, server_window, dest)

    assert copy == dest and dest.is_file()
    assert not dest.with_name(dest.name + ".part").exists()
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    for what in ("collaboratives", "contacts"):
        assert listed(str(dest), what) == listed(pg_url, what)
    assert "Saved a local copy to" in server_window.statusBar().currentMessage()


def test_a_file_database_is_saved_as_a_plain_backup_copy(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    add_people(window.ctx.db, 2)
    copy = save_and_wait(qtbot, window, tmp_path / "plain copy")

    assert copy == tmp_path / "plain copy.sqlite"
    assert listed(str(copy), "contacts") == listed(str(window.ctx.db.path), "contacts")


def test_a_cancelled_snapshot_leaves_no_file(pg_url: str, tmp_path: Path) -> None:
    from collab_desktop.services.safety.local_copy import save_local_copy
    from collab_desktop.store.open import open_database

    db, _ = open_database(pg_url)
    dest = tmp_path / "never.sqlite"
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 3:
            raise Stop()

    with pytest.raises(Stop):
        save_local_copy(db, dest, progress=progress)
    db.dispose()
    assert seen[0][0] == 0 and seen[-1][0] == 3
    assert list(tmp_path.iterdir()) == []
