"""Which database the main window shows, and opening another: File > New, Open and Open recent,
the title and the status bar's label. No database code is imported until a database opens."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from collab_desktop import APP_NAME, __version__
from collab_desktop.domain.database_address import (
    is_server_url,
    kind_of,
    label_of,
    place_of,
    without_password,
)
from collab_desktop.domain.translation import translate
from collab_desktop.ui.icons import icon
from collab_desktop.ui.settings import recent_databases, remember_database
from collab_desktop.ui.window_menus import MenuWindow, as_main_window, update_actions

if TYPE_CHECKING:
    from collab_desktop.store.database import Database
    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.features.data_safety import DataSafety
    from collab_desktop.ui.features.team_database import TeamDatabase


class DatabaseWindow(MenuWindow, Protocol):
    """What these commands use of the main window (a QMainWindow), besides its menus: its
    context (a database is open), status bar label, title, forms and database features."""

    db_label: QLabel
    safety: DataSafety
    team_database: TeamDatabase

    def setWindowTitle(self, title: str) -> None: ...  # noqa: N802 - Qt's name

    def leave_all_forms(self) -> bool: ...

    def switch_database(self, location: Path | str) -> bool: ...


def _context(window: DatabaseWindow) -> AppContext:
    """The window's context: these commands run once a database is open."""
    if window.ctx is None:
        raise RuntimeError("no database is open in the window yet")
    return window.ctx


def db_filter() -> str:
    """The file dialogs' filter for database files."""
    return translate("MainWindow", "Collab Desktop database (*.sqlite *.db);;All files (*)")


def db_place(db: Database) -> str:
    """The open database as a file path or a URL without password, for the texts above."""
    return str(db.path) if db.path else without_password(db.describe())


def window_title(name: str, read_only: bool) -> str:
    """The window's title: the database's name (marked when read-only), the app and version."""
    if read_only:
        text = translate("MainWindow", "{name} (read-only) — {app} {version}")
    else:
        text = translate("MainWindow", "{name} — {app} {version}")
    return text.format(name=name, app=APP_NAME, version=__version__)


def show_database(window: DatabaseWindow) -> None:
    """Which database is open, and of what kind: in the status bar (always) and the title."""
    db = _context(window).db
    where = db.describe()
    place = place_of(db_place(db))
    if db.read_only:
        text = translate("MainWindow", "{kind} · {place} (read-only)")
    else:
        text = translate("MainWindow", "{kind} · {place}")
    window.db_label.setText(text.format(kind=kind_of(db.url), place=place))
    window.db_label.setToolTip(where)
    name = db.path.name if db.path else label_of(where)
    window.setWindowTitle(window_title(name, db.read_only))
    remember_database(str(db.path) if db.path else where)


def switch_database(window: DatabaseWindow, location: Path | str) -> bool:
    """Open another database (a file, or a server's URL) in the window (asks about unsaved
    edits first); False, after saying why, when it cannot be opened."""
    target = str(location)
    on_server = is_server_url(target)
    path = None if on_server else Path(target)
    if not window.leave_all_forms() or (path is not None and not window.safety.claim(path)):
        return False
    from collab_desktop.ui.database_opening import open_or_say_why

    # A server is asked on a thread (the window keeps painting); a file opens at once.
    db = open_or_say_why(
        path or target,
        as_main_window(window),
        translate("MainWindow", "Open database"),
        in_background=on_server,
    )
    if db is None:
        return False
    from collab_desktop.domain.changes import ChangeSet

    ctx = _context(window)
    ctx.tasks.wait()
    old = ctx.db
    ctx.db = db
    old.dispose()
    ctx.events.publish(ChangeSet.everything())
    show_database(window)
    update_actions(window)
    window.statusBar().showMessage(
        translate("MainWindow", "Opened {name}").format(name=label_of(db.describe())), 5000
    )
    return True


def new_database(window: DatabaseWindow) -> None:
    """File > New database: a new file's name, then the window switches to it."""
    path, _ = QFileDialog.getSaveFileName(
        as_main_window(window),
        translate("MainWindow", "New database"),
        str(_dialog_dir(window) / "collab-desktop.sqlite"),
        db_filter(),
    )
    if not path:
        return
    target = Path(path)
    if target.exists() and target.stat().st_size > 0:
        QMessageBox.warning(
            as_main_window(window),
            translate("MainWindow", "New database"),
            translate(
                "MainWindow",
                "{path} already exists. Choose a new file name, or use Open database.",
            ).format(path=target),
        )
        return
    window.switch_database(target)


def open_database(window: DatabaseWindow) -> None:
    """File > Open database: a file chosen in a dialog."""
    path, _ = QFileDialog.getOpenFileName(
        as_main_window(window),
        translate("MainWindow", "Open database"),
        str(_dialog_dir(window)),
        db_filter(),
    )
    if path:
        window.switch_database(Path(path))


def _dialog_dir(window: DatabaseWindow) -> Path:
    path = _context(window).db.path
    return path.parent if path else Path.home()


def fill_recent(window: DatabaseWindow) -> None:
    """Files and team databases opened before (addresses never hold a password)."""
    menu = window.recent_menu
    menu.clear()
    db = _context(window).db
    current = str(db.path) if db.path else without_password(db.describe())
    items = [p for p in recent_databases() if p != current]
    if not items:
        menu.addAction(translate("MainWindow", "(no other databases yet)")).setEnabled(False)
        return
    for index, item in enumerate(items, start=1):
        action = menu.addAction(f"&{index}  {label_of(item)}")
        on_server = is_server_url(item)
        action.setIcon(icon("database" if on_server else "open"))
        action.setStatusTip(item)
        action.setToolTip(item)
        action.setEnabled(on_server or Path(item).exists())
        if on_server:
            action.triggered.connect(lambda _c=False, p=item: window.team_database.reopen(p))
        else:
            action.triggered.connect(lambda _c=False, p=item: window.switch_database(p))
