"""File > Save a local copy...: a team database (or the open file) saved as a SQLite file on
this computer, in the background with progress and Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.ui.host import Menu
from collab_desktop.ui.icons import icon
from collab_desktop.ui.operations import Operation

if TYPE_CHECKING:
    from collab_desktop.services.safety.backups import BackupInfo
    from collab_desktop.ui.host import WindowHost
    from collab_desktop.ui.tasks import TaskContext

TITLE = QT_TRANSLATE_NOOP("LocalCopy", "Save a local copy")


class LocalCopy(QObject):
    """The File menu's Save a local copy... and what it tells the user afterwards."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.window = host.parent
        self.ctx = host.ctx
        self.action = QAction(
            icon("backup"), translate("LocalCopy", "Save a &local copy…"), self.window
        )
        self.action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.action.setStatusTip(
            translate(
                "LocalCopy",
                "Save the whole database, as it is now, to a database file on this computer",
            )
        )
        self.action.triggered.connect(self.ask_and_save)
        host.add_action(Menu.FILE, self.action)
        self.last_copy: Path | None = None
        self.last_box: QMessageBox | None = None

    def ask_and_save(self) -> None:
        """Ask where, then save the copy in the background."""
        from collab_desktop.services.safety.local_copy import suggested_copy_path

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("LocalCopy", TITLE),
            str(suggested_copy_path(self.ctx.db)),
            translate("LocalCopy", "Collab Desktop database (*.sqlite);;All files (*)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, dest: Path) -> TaskContext | None:
        """Save the copy to dest (the file dialog already asked before replacing a file)."""
        from collab_desktop.services.safety.local_copy import save_local_copy

        db = self.ctx.db

        def op(task: TaskContext) -> BackupInfo:
            def progress(done: int, total: int) -> None:
                task.progress(done, total)
                task.check()

            return save_local_copy(db, dest, progress=progress)

        return (
            Operation(self.ctx, self.window, translate("LocalCopy", TITLE), op)
            .success(self._saved)
            .cancelled(
                lambda: self.host.show_status(
                    translate("LocalCopy", "The local copy was not saved."), 8000
                )
            )
            .run_in_background(
                progress=translate("LocalCopy", "Saving a local copy of {database}…").format(
                    database=db.describe()
                ),
                with_task=True,
            )
        )

    def _saved(self, info: BackupInfo) -> None:
        self.last_copy = info.path
        self.host.show_status(
            translate("LocalCopy", "Saved a local copy to {path}").format(path=info.path), 8000
        )
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("LocalCopy", TITLE))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            translate("LocalCopy", "Saved a local copy to\n{path}\n({counts}).").format(
                path=info.path, counts=info.describe_counts()
            )
        )
        box.setInformativeText(
            translate(
                "LocalCopy",
                "It is an ordinary database file: open it with File > Open database…, or start "
                "Collab Desktop with it, to work on it apart from this database.",
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.last_box = box
        box.open()


def install_local_copy(host: WindowHost) -> LocalCopy:
    """Add File > Save a local copy... to a window."""
    return LocalCopy(host)
