"""Start the window: logging, QApplication, style, the main window, then the database in it."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from collab_desktop import APP_NAME, ORG_NAME, __version__

if TYPE_CHECKING:
    from collab_desktop.store.database import Database

log = logging.getLogger(__name__)

# Benchmarks set this to time start-up from outside the process: the app prints
# "first-paint <epoch seconds>" once the window is shown and painted (before the database layer
# loads), then "shown-idle <epoch seconds>" once the data is painted and the event loop is idle,
# and quits.
QUIT_WHEN_IDLE_ENV = "COLLAB_DESKTOP_QUIT_WHEN_IDLE"
# Set to 1 to open the window, report what it shows on stdout and quit: installers check the
# packaged app this way.
SMOKE_TEST_ENV = "COLLAB_DESKTOP_SMOKE_TEST"


def create_application() -> QApplication:
    """The QApplication with our names, icon and style sheet (reused if one exists, as in tests)."""
    from collab_desktop.ui.icons import app_icon
    from collab_desktop.ui.style_sheet import apply_style_sheet

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("collab-desktop")
    app.setWindowIcon(app_icon())
    apply_style_sheet(app)
    return app


class _AfterPaint(QObject):
    """Calls back once, right after the window's next paint (or after a timeout if none comes)."""

    def __init__(self, window: QWidget, callback: Callable[[], None], timeout_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(timeout_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            # A zero timer runs once this paint is done and on screen.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._window.removeEventFilter(self)
            self.deleteLater()
            callback()


def after_next_paint(window: QWidget, callback: Callable[[], None], timeout_ms: int = 1000) -> None:
    """Call back once the window has next been painted and the events before are handled."""
    _AfterPaint(window, callback, timeout_ms)


def wait_for_first_paint(window: QWidget) -> bool:
    """Handle events until the shown window is painted; False if it was closed meanwhile."""
    if not window.isVisible():
        return True  # not on screen (tests replace show): nothing to wait for
    loop = QEventLoop()
    after_next_paint(window, loop.quit)
    loop.exec()
    return window.isVisible()


def quit_when_idle(app: QApplication, window: QWidget) -> None:
    """Once the data is painted and pending events are handled, print the time and quit."""

    def done() -> None:
        print(f"shown-idle {time.time():.6f}", flush=True)
        app.quit()

    after_next_paint(window, done)


def open_database_or_say_why(path: Path, read_only: bool, parent: QWidget) -> Database | None:
    """Open the database with backups and upgrades (offering a backup for a damaged file);
    None when it cannot be opened, after saying why."""
    from collab_desktop.services.safety.backups import open_database_with_backups
    from collab_desktop.store.errors import DatabaseFileError
    from collab_desktop.ui.dialogs.restore_dialog import offer_recovery

    try:
        try:
            db, report = open_database_with_backups(path, read_only=read_only)
        except DatabaseFileError as exc:
            if read_only or not offer_recovery(path, exc, parent):
                raise
            db, report = open_database_with_backups(path)
    except DatabaseFileError as exc:
        QMessageBox.critical(parent, APP_NAME, str(exc))
        return None
    except OSError as exc:
        QMessageBox.critical(
            parent, APP_NAME, f"{path} could not be opened: {exc.strerror or exc}."
        )
        return None
    if report.upgraded and report.from_revision is not None:
        log.info("database upgraded from %s to %s", report.from_revision, report.to_revision)
    return db


def run_gui(db_arg: str | None) -> int:
    """Open the window on the given (or default) database; returns the exit code.

    The window is shown and painted first, with a loading page in each tab, before the
    database layer is imported; then the database is opened (backups, upgrades, the recovery
    offer) and the tabs fill in.
    """
    from collab_desktop.logging_setup import setup_logging
    from collab_desktop.paths import default_db_path
    from collab_desktop.ui.gui_thread_gc import GuiThreadCollector
    from collab_desktop.ui.main_window import MainWindow
    from collab_desktop.ui.single_instance import (
        InstanceGuard,
        SecondInstance,
        ask_first_to_raise,
        ask_second_instance,
    )

    app = create_application()
    GuiThreadCollector(app)
    path = Path(db_arg).expanduser() if db_arg else default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    guard = InstanceGuard(path)
    read_only = False
    if not guard.acquire():
        choice = ask_second_instance(path, guard.holder())
        if choice == SecondInstance.BRING_FORWARD:
            if not ask_first_to_raise(path):
                QMessageBox.information(
                    None, APP_NAME, "The other window did not answer; look for it on your screen."
                )
            return 0
        if choice == SecondInstance.QUIT:
            return 0
        read_only = True
    window = MainWindow()
    window.show_opening(path, read_only)
    window.show()
    if not wait_for_first_paint(window):
        return 0  # closed before the data came
    if os.environ.get(QUIT_WHEN_IDLE_ENV):
        print(f"first-paint {time.time():.6f}", flush=True)
    log_file = setup_logging()  # after the paint: nothing logs before it, and it imports a lot
    db = open_database_or_say_why(path, read_only, window)
    if db is None:
        window.close()
        window.deleteLater()
        return 1
    window.show_data(db)
    from collab_desktop.ui.file_location_warning import warn_about_file_location

    warn_about_file_location(window, db.path)
    if not read_only:
        window.safety.adopt(guard)
    from collab_desktop.ui.error_hook import ErrorHook  # after the data: it imports the store

    hook = ErrorHook(log_file, lambda: window).install()
    if os.environ.get(QUIT_WHEN_IDLE_ENV):
        quit_when_idle(app, window)
    if os.environ.get(SMOKE_TEST_ENV):
        QTimer.singleShot(0, lambda: finish_smoke_test(window))
    code = app.exec()
    hook.uninstall()
    window.safety.release_all()
    window.ctx.db.dispose()
    return code


def finish_smoke_test(window: QMainWindow) -> None:
    """Print the shown window's title and tabs, then close it so the event loop ends."""
    tabs = window.centralWidget()
    names = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    if sys.stdout is not None:  # a windowed build on Windows has no stdout
        print(f"window shown: {window.windowTitle()} | tabs: {', '.join(names)}", flush=True)
    window.close()
