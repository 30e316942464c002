"""The window first: shown and painted before the database layer loads, the data after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

# Run in a fresh process: at the window's first paint, which modules are loaded and what the
# tab in view shows; at the end, what the tabs hold. The app quits by itself once the data is
# shown (COLLAB_DESKTOP_QUIT_WHEN_IDLE).
WATCH_THE_FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
seen = []


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not seen:
            database_layer = sorted(
                m for m in sys.modules
                if m.split(".")[0] == "sqlalchemy"
                or m.startswith(("collab_desktop.store", "collab_desktop.services"))
            )
            seen.append((obj, database_layer, type(obj.tabs.currentWidget()).__name__))
        return False


watch = FirstPaint()
app.installEventFilter(watch)
from collab_desktop.app import main

code = main(["--db", sys.argv[1]])
window, database_layer, page = seen[0]
print("AT-FIRST-PAINT", page, *database_layer)
tab = window.collaboratives_tab
print("AFTER", type(window.tabs.currentWidget()).__name__, tab.table.model.total_count())
sys.exit(code)
"""


def test_window_is_painted_before_the_database_layer_loads(db_path: Path) -> None:
    env = dict(os.environ, COLLAB_DESKTOP_QUIT_WHEN_IDLE="1")
    done = subprocess.run(
        [sys.executable, "-c", WATCH_THE_FIRST_PAINT, str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # A loading page was on screen, with nothing of SQLAlchemy, the store or the services loaded.
    assert "AT-FIRST-PAINT LoadingPage" in lines
    # Then the data: the Collaboratives tab in place of its loading page, with its rows.
    assert "AFTER CollaborativesTab 4" in lines
    stamps = {
        line.split()[0]: float(line.split()[1])
        for line in lines
        if line.startswith(("first-paint ", "shown-idle "))
    }
    assert stamps.keys() == {"first-paint", "shown-idle"}
    assert stamps["first-paint"] <= stamps["shown-idle"]


@pytest.fixture
def shell(qtbot):  # noqa: ANN001, ANN201
    """The window as it first shows: no database yet."""
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 800)
    yield win
    if win.ctx is not None:
        win.ctx.tasks.wait()
        win.ctx.db.dispose()


def test_tabs_say_loading_then_fill_in_from_the_database(qtbot, shell, db_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.store.open import open_database
    from collab_desktop.ui.tabs.record_tab import RecordTab
    from collab_desktop.ui.widgets.loading_page import LoadingPage

    shell.show_opening(db_path)
    shell.show()
    qtbot.waitExposed(shell)
    pages = [shell.tabs.widget(i) for i in range(shell.tabs.count())]
    assert all(isinstance(p, LoadingPage) for p in pages)
    assert [shell.tabs.tabText(i) for i in range(4)] == [
        "Co&llaboratives",
        "C&ontacts",
        "&Sessions",
        "&Reports",
    ]
    assert pages[0].label.isVisible() and pages[0].label.text() == "Loading…"
    assert shell.windowTitle().startswith(f"{db_path.name} — Collab Desktop")
    assert shell.db_label.text() == f"Opening {db_path}…"
    # What needs the database waits for it; the rest of the menus work.
    for action in (shell.open_db_action, shell.new_db_action, shell.new_action, shell.about_action):
        assert not action.isEnabled()
    assert shell.quit_action.isEnabled() and shell.consent_action.isEnabled()
    assert shell.record_tabs() == [] and shell.current_record_tab() is None

    db, _ = open_database(db_path)
    shell.show_data(db)
    assert shell.tabs.currentWidget() is shell.collaboratives_tab
    qtbot.waitUntil(lambda: shell.collaboratives_tab.table.model.total_count() == 4)
    assert not any(isinstance(shell.tabs.widget(i), LoadingPage) for i in range(4))
    assert all(isinstance(t, RecordTab) for t in shell.record_tabs())
    assert len(shell.record_tabs()) == 3
    assert shell.db_label.text() == f"SQLite · {db_path}"
    for action in (shell.open_db_action, shell.new_db_action, shell.new_action, shell.about_action):
        assert action.isEnabled()
    assert shell.safety.backup_action in shell.file_menu.actions()


def test_the_tab_left_open_last_time_is_the_one_that_loads(qtbot, db_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.store.open import open_database
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow
    from collab_desktop.ui.settings import app_settings

    settings = app_settings()
    settings.setValue("window/tab", 1)
    settings.sync()
    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.currentIndex() == 1
    db, _ = open_database(db_path)
    window.show_data(db)
    try:
        assert window.tabs.currentWidget() is window.contacts_tab
        qtbot.waitUntil(lambda: window.contacts_tab.table.model.total_count() == 4)
        # The tabs not in view wait until they are opened.
        assert window.collaboratives_tab.table.model.total_count() == 0
        window.tabs.setCurrentWidget(window.collaboratives_tab)
        assert window.collaboratives_tab.table.model.total_count() == 4
    finally:
        window.ctx.tasks.wait()
        db.dispose()


def _quiet_logging(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    """run_gui sets up file logging for the whole process; tests keep it out."""
    monkeypatch.setattr(
        "collab_desktop.logging_setup.setup_logging", lambda *_a, **_k: db_path.parent / "x.log"
    )


def test_run_gui_shows_the_window_before_it_opens_the_database(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    shown: list[tuple[MainWindow, bool, str]] = []
    monkeypatch.setattr(
        MainWindow,
        "show",
        lambda self: shown.append((self, self.ctx is not None, self.db_label.text())),
    )
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    _quiet_logging(monkeypatch, db_path)
    assert app_module.run_gui(str(db_path)) == 0
    window, had_data, status = shown[0]
    assert not had_data and status == f"Opening {db_path}…"
    assert window.ctx is not None and window.ctx.db.path == db_path
    window.deleteLater()


def test_a_file_that_cannot_be_opened_is_explained_and_the_window_closes(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    told: list[tuple[bool, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda parent, _t, text, *_a, **_k: told.append((parent.isVisible(), text)),
    )
    _quiet_logging(monkeypatch, bad)
    assert app_module.run_gui(str(bad)) == 1
    # Said over the window that was waiting for the data, with today's words; then it closed.
    assert told[0][0] and "not a Collab Desktop database" in told[0][1]
    assert not any(
        isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
