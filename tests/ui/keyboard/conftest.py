"""Fixtures of the keyboard-only tests: the keyboard, and the main window with the focus."""

from __future__ import annotations

import pytest
from keyboard_driver import Keyboard
from PySide6.QtWidgets import QApplication


@pytest.fixture
def keys(qtbot) -> Keyboard:  # noqa: ANN001
    return Keyboard(qtbot)


@pytest.fixture
def active_window(window, qtbot):  # noqa: ANN001, ANN201
    """The main window, active, so the keyboard focus is in it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
