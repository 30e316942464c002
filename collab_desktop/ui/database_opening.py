"""Opening a database from the window: a file or a team server's URL, and one line when it fails."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def try_to_open(target: Path | str) -> tuple[Database | None, str]:
    """Open a database file or a server's URL (backups, upgrades, first-run setup); the database,
    or None and the one line that says why it cannot be used (never a traceback)."""
    from collab_desktop.services.safety.backups import open_database_with_backups
    from collab_desktop.store.errors import DatabaseFileError
    from collab_desktop.store.failures import server_failure_message

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a server may take a while
    try:
        db, _report = open_database_with_backups(target)
    except DatabaseFileError as exc:
        return None, str(exc)
    except OSError as exc:
        return None, f"{target} could not be opened: {exc.strerror or exc}."
    except Exception as exc:
        message = server_failure_message(exc, str(target))
        if message is None:
            raise  # a fault: the error hook reports it
        return None, message
    finally:
        QApplication.restoreOverrideCursor()
    return db, ""


def open_or_say_why(target: Path | str, parent: QWidget, title: str) -> Database | None:
    """Open a database file or a server's URL; None after a box that says why it cannot."""
    db, why = try_to_open(target)
    if db is None:
        QMessageBox.warning(parent, title, why)
    return db
