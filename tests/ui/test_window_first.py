"""The window first: shown and painted before the database layer loads, the data after."""

from __future__ import annotations

from pathlib import Path

import pytest


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
    assert shell.db_label.text() == f"Database: {db_path}"
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
