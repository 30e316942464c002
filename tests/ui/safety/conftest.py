"""Fixtures for the data-safety window tests: the main window on the per-test database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStandardPaths


@pytest.fixture(autouse=True)
def _qt_test_mode() -> None:
    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def window(qtbot, db):  # noqa: ANN001, ANN201 - MainWindow
    """The main window on the test database, shown offscreen."""
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.ctx.tasks.wait()
