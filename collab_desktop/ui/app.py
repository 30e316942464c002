"""Start the window: logging, QApplication, style, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from collab_desktop import APP_NAME, ORG_NAME, __version__

log = logging.getLogger(__name__)

# Benchmarks set this: once the window is shown and the event loop is idle, print
# "shown-idle <epoch seconds>" and quit, so start-up can be timed from outside the process.
QUIT_WHEN_IDLE_ENV = "COLLAB_DESKTOP_QUIT_WHEN_IDLE"
# Set to 1 to open the window, report what it shows on stdout and quit: installers check the
# packaged app this way.
SMOKE_TEST_ENV = "COLLAB_DESKTOP_SMOKE_TEST"


def create_application() -> QApplication:
    """The QApplication with our names, icon and style sheet (reused if one exists, as in tests)."""
    from collab_desktop.resources_path import resource
    from collab_desktop.ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("collab-desktop")
    app.setWindowIcon(app_icon())
    app.setStyleSheet(resource("style.qss").read_text(encoding="utf-8"))
    return app


def quit_when_idle(app: QApplication) -> None:
    """Once pending events are handled, print the time and quit (start-up benchmark)."""
    from PySide6.QtCore import QTimer

    def done() -> None:
        print(f"shown-idle {time.time():.6f}", flush=True)
        app.quit()

    # A zero timer runs only after the events queued by show() (layout, expose, paint).
    QTimer.singleShot(0, done)


def run_gui(db_arg: str | None) -> int:
    """Open the window on the given (or default) database; returns the exit code."""
    from collab_desktop.logging_setup import setup_logging
    from collab_desktop.paths import default_db_path
    from collab_desktop.services.safety.backups import open_database_with_backups
    from collab_desktop.store.errors import DatabaseFileError
    from collab_desktop.ui.dialogs.restore_dialog import offer_recovery
    from collab_desktop.ui.error_hook import ErrorHook
    from collab_desktop.ui.gui_thread_gc import GuiThreadCollector
    from collab_desktop.ui.main_window import MainWindow
    from collab_desktop.ui.single_instance import (
        InstanceGuard,
        SecondInstance,
        ask_first_to_raise,
        ask_second_instance,
    )

    log_file = setup_logging()
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
    try:
        try:
            db, report = open_database_with_backups(path, read_only=read_only)
        except DatabaseFileError as exc:
            if read_only or not offer_recovery(path, exc):
                raise
            db, report = open_database_with_backups(path)
    except DatabaseFileError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, f"{path} could not be opened: {exc.strerror or exc}.")
        return 1
    if report.upgraded and report.from_revision is not None:
        log.info("database upgraded from %s to %s", report.from_revision, report.to_revision)
    window = MainWindow(db)
    if not read_only:
        window.safety.adopt(guard)
    hook = ErrorHook(log_file, lambda: window).install()
    window.show()
    if os.environ.get(QUIT_WHEN_IDLE_ENV):
        quit_when_idle(app)
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
