"""Opening a database from the window: a file or a team server's URL, and one line when it fails."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from collab_desktop.domain.translation import translate
from collab_desktop.ui.off_thread import off_the_gui_thread

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def try_to_open(
    target: Path | str, in_background: bool = False, parent: QWidget | None = None
) -> tuple[Database | None, str]:
    """Open a database file or a server's URL (backups, first-run setup); the database, or None
    and the one line that says why it cannot be used (never a traceback).

    With in_background the work runs on a thread while the window keeps handling events. With a
    parent, a database of an older release is upgraded only after the user says Yes there; when
    the user says No (or the upgrade failed, already said), the result is None and an empty line.
    """
    from collab_desktop.services.safety.database_open import open_database_with_backups
    from collab_desktop.store.errors import DatabaseFileError
    from collab_desktop.store.failures import server_failure_message
    from collab_desktop.ui.dialogs.upgrade_offer import offer_upgrade

    waiting = False
    try:
        if parent is not None and not offer_upgrade(target, parent, in_background=in_background):
            return None, ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a server may take a while
        waiting = True
        if in_background:
            db, _report = off_the_gui_thread(lambda: open_database_with_backups(target))
        else:
            db, _report = open_database_with_backups(target)
    except DatabaseFileError as exc:
        return None, str(exc)
    except OSError as exc:
        return None, translate("DatabaseOpening", "{path} could not be opened: {reason}.").format(
            path=target, reason=exc.strerror or exc
        )
    except Exception as exc:
        message = server_failure_message(exc, str(target))
        if message is None:
            raise  # a fault: the error hook reports it
        return None, message
    finally:
        if waiting:
            QApplication.restoreOverrideCursor()
    return db, ""


def open_or_say_why(
    target: Path | str, parent: QWidget, title: str, in_background: bool = False
) -> Database | None:
    """Open a database file or a server's URL, asking before an older one is upgraded; None
    after a box that says why it cannot (or when the user declined the upgrade)."""
    db, why = try_to_open(target, in_background, parent)
    if db is None and why:
        QMessageBox.warning(parent, title, why)
    return db
