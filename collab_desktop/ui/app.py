"""Start the window: logging, QApplication, style, the main window, then the database in it."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from collab_desktop import APP_NAME, ORG_NAME, __version__
from collab_desktop.domain.database_address import looks_like_url
from collab_desktop.domain.translation import translate
from collab_desktop.ui.database_opening import try_to_open

if TYPE_CHECKING:
    from collab_desktop.services.safety.offline_copy import OfflineCopyInfo
    from collab_desktop.store.database import Database
    from collab_desktop.ui.single_instance import InstanceGuard

# The variable that names the database when --db is not given (as store/location.py reads it;
# not imported from there: the window is painted before the database layer loads).
DB_ENV = "COLLAB_DESKTOP_DB"

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
    """Open the database with backups (asking before an upgrade, offering a backup for a damaged
    file); None when it is not opened, after saying why."""
    from collab_desktop.services.safety.database_open import open_database_with_backups
    from collab_desktop.store.errors import DatabaseFileError
    from collab_desktop.ui.dialogs.restore_dialog import offer_recovery
    from collab_desktop.ui.dialogs.upgrade_offer import offer_upgrade

    try:
        try:
            if not offer_upgrade(path, parent, read_only):
                return None
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
            parent,
            APP_NAME,
            translate("Startup", "{path} could not be opened: {reason}.").format(
                path=path, reason=exc.strerror or exc
            ),
        )
        return None
    if report.upgraded and report.from_revision is not None:
        log.info("database upgraded from %s to %s", report.from_revision, report.to_revision)
    return db


class AfterFailure(Enum):
    """What the user chose when the team database could not be opened at start."""

    RETRY = "retry"
    LOCAL_FILE = "local"
    QUIT = "quit"


def ask_after_server_failure(parent: QWidget, message: str) -> AfterFailure:
    """The team database could not be opened at start: the reason, and Retry / a file / Quit."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Startup", "{app}: team database").format(app=APP_NAME))
    box.setText(message)
    box.setInformativeText(
        translate(
            "Startup",
            "Check that the server is running and that this computer can reach it (a VPN, a "
            "firewall), or ask the server's administrator. Retry once it is back, or work in a "
            "database file on this computer meanwhile.",
        )
    )
    retry = box.addButton(translate("Startup", "&Retry"), QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(
        translate("Startup", "Open a &local file…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("Startup", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is retry:
        return AfterFailure.RETRY
    if clicked is local:
        return AfterFailure.LOCAL_FILE
    return AfterFailure.QUIT


@dataclass(frozen=True)
class OfflineStart:
    """The server could not be reached at start, and its offline copy opens instead."""

    info: OfflineCopyInfo
    why: str


def open_server_at_start(url: str, window: QWidget) -> Database | Path | OfflineStart | None:
    """Open the team database named at start, asking again while it cannot be reached: the
    database, a local file the user chose instead, its offline copy (opened without asking,
    read-only, when there is one), or None to quit."""
    from collab_desktop.paths import default_db_path
    from collab_desktop.services.safety.offline_copy import offline_copy_info

    while True:
        was_on_screen = window.isVisible()  # (tests replace show)
        db, why = try_to_open(url, in_background=True, parent=window)
        if was_on_screen and not window.isVisible():  # closed while the server was asked
            if db is not None:
                db.dispose()
            return None
        if db is not None:
            return db
        if not why:  # an older schema the user chose not to upgrade (or the upgrade failed)
            return None
        if (info := offline_copy_info(url)) is not None:
            return OfflineStart(info, why)
        choice = ask_after_server_failure(window, why)
        if choice is AfterFailure.QUIT:
            return None
        if choice is AfterFailure.LOCAL_FILE:
            from PySide6.QtWidgets import QFileDialog

            from collab_desktop.ui.window_database import db_filter

            path, _ = QFileDialog.getOpenFileName(
                window,
                translate("Startup", "Open a local database file"),
                str(default_db_path()),
                db_filter(),
            )
            if path:
                return Path(path)


def start_target(db_arg: str | None) -> Path | str:
    """What the window opens: --db, else COLLAB_DESKTOP_DB, else the per-user file (a URL is
    never taken for a file name)."""
    target = db_arg or os.environ.get(DB_ENV, "").strip()
    if not target:
        from collab_desktop.paths import default_db_path

        return default_db_path()
    return target if looks_like_url(target) else Path(target).expanduser()


def claim_file(path: Path) -> tuple[InstanceGuard | None, bool] | None:
    """Take the file's lock, or ask what to do when another window has it: (guard, read_only),
    or None when this start should end (the other window was brought forward, or Quit)."""
    from collab_desktop.ui.single_instance import (
        InstanceGuard,
        SecondInstance,
        ask_first_to_raise,
        ask_second_instance,
    )

    path.parent.mkdir(parents=True, exist_ok=True)
    guard = InstanceGuard(path)
    if guard.acquire():
        return guard, False
    choice = ask_second_instance(path, guard.holder())
    if choice == SecondInstance.BRING_FORWARD:
        if not ask_first_to_raise(path):
            QMessageBox.information(
                None,
                APP_NAME,
                translate(
                    "Startup", "The other window did not answer; look for it on your screen."
                ),
            )
        return None
    if choice == SecondInstance.QUIT:
        return None
    return None, True


def run_gui(db_arg: str | None, lang_arg: str | None = None) -> int:
    """Open the window on the given database (a file or a team server's URL), else
    COLLAB_DESKTOP_DB, else the per-user file, in the language of --lang (else the saved
    choice, else the system's); returns the exit code.

    The window is shown and painted first, with a loading page in each tab, before the
    database layer is imported; then the database is opened (backups, upgrades, the recovery
    offer; for a server that cannot be reached, Retry / a local file / Quit) and the tabs fill in.
    """
    from collab_desktop.logging_setup import setup_logging
    from collab_desktop.ui.gui_thread_gc import GuiThreadCollector
    from collab_desktop.ui.language import choose_language, install_language
    from collab_desktop.ui.main_window import MainWindow

    app = create_application()
    install_language(choose_language(lang_arg))
    GuiThreadCollector(app)
    target = start_target(db_arg)
    guard, read_only = None, False
    offline: OfflineStart | None = None
    if isinstance(target, Path):
        claimed = claim_file(target)
        if claimed is None:
            return 0
        guard, read_only = claimed
    window = MainWindow()
    window.show_opening(target, read_only)
    window.show()
    if not wait_for_first_paint(window):
        return 0  # closed before the data came
    if os.environ.get(QUIT_WHEN_IDLE_ENV):
        print(f"first-paint {time.time():.6f}", flush=True)
    log_file = setup_logging()  # after the paint: nothing logs before it, and it imports a lot
    if isinstance(target, str):
        opened = open_server_at_start(target, window)
        if isinstance(opened, OfflineStart):
            offline = opened
            window.show_opening(offline.info.path, read_only=True)
            opened = open_database_or_say_why(offline.info.path, True, window)
        elif isinstance(opened, Path):  # a file on this computer instead of the server
            claimed = claim_file(opened)
            if claimed is None:
                window.close()
                window.deleteLater()
                return 0
            guard, read_only = claimed
            window.show_opening(opened, read_only)
            opened = open_database_or_say_why(opened, read_only, window)
        db = opened
    else:
        db = open_database_or_say_why(target, read_only, window)
    if db is None:
        window.close()
        window.deleteLater()
        return 1
    window.show_data(db)
    if offline is not None:
        window.offline_copy.show_offline(target, offline.info, offline.why)
    from collab_desktop.ui.file_location_warning import warn_about_file_location

    warn_about_file_location(window, db.path)
    if guard is not None:
        window.safety.adopt(guard)
    from collab_desktop.ui.error_hook import ErrorHook  # after the data: it imports the store

    hook = ErrorHook(log_file, lambda: window, window.note_server_failure).install()
    if os.environ.get(QUIT_WHEN_IDLE_ENV):
        quit_when_idle(app, window)
    if os.environ.get(SMOKE_TEST_ENV):
        QTimer.singleShot(0, lambda: finish_smoke_test(window))
    code = app.exec()
    hook.uninstall()
    window.safety.release_all()
    window.ctx.db.dispose()
    if window.restart_requested:  # View > Language: Restart now
        from collab_desktop.ui.language_menu import restart_process

        restart_process()
    return code


def finish_smoke_test(window: QMainWindow) -> None:
    """Print the shown window's title and tabs, then close it so the event loop ends."""
    tabs = window.tabs
    names = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    if sys.stdout is not None:  # a windowed build on Windows has no stdout
        print(f"window shown: {window.windowTitle()} | tabs: {', '.join(names)}", flush=True)
    window.close()
