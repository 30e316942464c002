"""An unhandled error shows a calm dialog, is logged with its traceback, and the app keeps running."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from collab_desktop.ui.error_hook import ErrorHook

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def log_file(isolated_home: Path):  # noqa: ANN201
    """Logging into the per-user log folder of this test only."""
    from collab_desktop.logging_setup import setup_logging

    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)
    path = setup_logging()
    yield path
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def _boom() -> None:
    raise RuntimeError("forced failure for the test")


@pytest.mark.qt_no_exception_capture
def test_unhandled_error_shows_dialog_and_app_keeps_running(qtbot, window, log_file: Path) -> None:  # noqa: ANN001
    hook = ErrorHook(log_file, lambda: window).install()
    try:
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
        box = hook.dialog
        assert "Something went wrong" in box.text()
        assert "Your data is safe" in box.text()
        assert str(log_file) in box.text()
        assert "RuntimeError: forced failure for the test" in box.detailedText()
        box.grab().save(str(log_file.parent / "error-dialog.png"))

        # A second error while the dialog is up adds no second dialog, but is logged.
        QTimer.singleShot(0, _boom)
        qtbot.waitUntil(lambda: log_file.read_text().count("forced failure") >= 2)
        assert hook.dialog is box

        box.accept()
        # Still running: the window works as before.
        assert window.isVisible()
        window.contacts_tab.reload()
        assert window.contacts_tab.table.model.rowCount() == 4
    finally:
        hook.uninstall()
    text = log_file.read_text()
    assert "unhandled error" in text and "Traceback" in text


def test_write_in_a_read_only_window_is_explained_not_reported(
    qtbot, window, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from collab_desktop.store.database import ReadOnlyDatabase

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *_a, **_k: told.append(text)
    )
    hook = ErrorHook(log_file, lambda: window)
    try:
        raise ReadOnlyDatabase("This database is open read-only.")
    except ReadOnlyDatabase as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert told == ["This database is open read-only."]
    assert hook.dialog is None
    assert "unhandled error" not in log_file.read_text()
