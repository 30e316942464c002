"""The window's data-safety commands: back up, restore, trash, undo/redo and check the database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from collab_desktop.domain import clock
from collab_desktop.domain.changes import ChangeSet
from collab_desktop.domain.translation import translate
from collab_desktop.ui.host import Menu
from collab_desktop.ui.icons import icon
from collab_desktop.ui.single_instance import InstanceGuard, ask_first_to_raise, bring_forward
from collab_desktop.ui.undo_stack import UndoHistory

if TYPE_CHECKING:
    from collab_desktop.ui.host import WindowHost


class DataSafety(QObject):
    """Adds its actions to the window's menus and keeps the undo history."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.window = host.parent  # the parent of this feature's dialogs and actions
        self.ctx = host.ctx
        self.undo = UndoHistory(self.ctx, self)

        host.add_first(Menu.EDIT, [self.undo.undo_action, self.undo.redo_action])
        self.trash_action = self._action(
            translate("DataSafety", "&Trash…"),
            self.show_trash,
            "trash",
            translate("DataSafety", "Deleted records"),
        )
        host.add_action(Menu.EDIT, self.trash_action, separator_before=True)

        self.backup_action = self._action(
            translate("DataSafety", "&Back up now…"),
            self.back_up_now,
            "backup",
            translate("DataSafety", "Save a copy of the database to a file"),
        )
        self.restore_action = self._action(
            translate("DataSafety", "Restore from bac&kup…"),
            self.show_restore,
            "database",
            translate("DataSafety", "Go back to an earlier backup"),
        )
        host.add_action(Menu.FILE, self.backup_action, separator_before=True)
        host.add_action(Menu.FILE, self.restore_action)

        self.check_action = self._action(
            translate("DataSafety", "&Check database"),
            self.check_database,
            "check",
            translate("DataSafety", "Look for damage and broken links"),
        )
        host.add_action(Menu.HELP, self.check_action)
        help_menu = host.menus[Menu.HELP]
        help_menu.insertSeparator(host.anchors.get(Menu.HELP))
        self.guards: dict[Path, InstanceGuard] = {}
        self.ctx.events.changes.connect(self._on_changes)
        self.update()

    # --- one writer per file --------------------------------------------------------------
    def adopt(self, guard: InstanceGuard) -> None:
        """Keep the lock taken at start; a second start on the same file brings this window up."""
        self.guards[guard.db_path] = guard
        guard.setParent(self)
        guard.raise_requested.connect(lambda: bring_forward(self.window))

    def claim(self, path: Path) -> bool:
        """Before switching to another database: take its lock, or explain who has it."""
        resolved = Path(path).resolve()
        if resolved in self.guards:
            return True
        guard = InstanceGuard(resolved, self)
        if not guard.acquire():
            QMessageBox.information(
                self.window,
                translate("DataSafety", "Database already open"),
                translate(
                    "DataSafety",
                    "{file} is already open in another Collab Desktop window ({holder}). Switch "
                    "to that window to work on it.",
                ).format(file=resolved.name, holder=guard.holder()),
            )
            ask_first_to_raise(resolved)
            guard.deleteLater()
            return False
        self.adopt(guard)
        self._release_unused(keep=resolved)
        return True

    def _release_unused(self, keep: Path | None = None) -> None:
        current = self.ctx.db.path.resolve() if self.ctx.db.path else None
        for path in list(self.guards):
            if path not in (current, keep):
                self.guards.pop(path).release()

    def release_all(self) -> None:
        for guard in self.guards.values():
            guard.release()
        self.guards.clear()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.is_everything():  # another database file, or a restored one
            self._release_unused()
            self.update()

    def _action(self, text: str, slot, icon_name: str, tip: str) -> QAction:  # noqa: ANN001
        action = QAction(icon(icon_name), text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def update(self) -> None:
        """Commands that write are off for a database opened read-only."""
        writable = not self.ctx.db.read_only
        # Backups and restores are of database files; a server has its own (pg_dump).
        on_file = self.ctx.db.path is not None
        self.backup_action.setEnabled(on_file)
        self.restore_action.setEnabled(writable and on_file)
        self.undo.undo_action.setVisible(writable)
        self.undo.redo_action.setVisible(writable)

    # --- commands -------------------------------------------------------------------------
    def back_up_now(self) -> Path | None:
        """Ask for a file and write a complete copy of the database there."""
        from collab_desktop.services.safety.backups import backup_to

        db = self.ctx.db
        if db.path is None:
            return None
        title = translate("DataSafety", "Back up now")
        suggested = Path.home() / translate("DataSafety", "{name} backup {date}.sqlite").format(
            name=db.path.stem, date=f"{clock.today():%Y-%m-%d}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(suggested),
            translate("DataSafety", "Collab Desktop database (*.sqlite);;All files (*)"),
        )
        if not path:
            return None
        try:
            # The file dialog already asked before replacing an existing file.
            info = backup_to(db, Path(path), overwrite=True)
        except Exception as exc:  # noqa: BLE001 - any failure is told, the data is untouched
            QMessageBox.warning(
                self.window,
                title,
                translate("DataSafety", "The backup was not made: {error}").format(error=exc),
            )
            return None
        self.host.show_status(
            translate("DataSafety", "Backed up to {path}").format(path=info.path), 8000
        )
        QMessageBox.information(
            self.window,
            title,
            translate("DataSafety", "Backed up to {path}\n({counts}).").format(
                path=info.path, counts=info.describe_counts()
            ),
        )
        return info.path

    def show_restore(self) -> None:
        from collab_desktop.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self.window, self.host.leave_all_forms)
        dialog.exec()
        dialog.deleteLater()

    def show_trash(self) -> None:
        from collab_desktop.ui.dialogs.trash_dialog import TrashDialog

        dialog = TrashDialog(self.ctx, self.window)
        dialog.exec()
        dialog.deleteLater()

    def check_database(self) -> None:
        """Run the check in the background and say what it found."""
        from collab_desktop.services.safety.integrity import check_database

        self.ctx.tasks.run(
            check_database,
            self.ctx.db,
            on_done=self._show_check,
            on_error=lambda exc, _details: QMessageBox.warning(
                self.window,
                translate("DataSafety", "Check database"),
                translate("DataSafety", "The check could not run: {error}").format(error=exc),
            ),
        )

    def _show_check(self, report) -> None:  # noqa: ANN001 - IntegrityReport
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("DataSafety", "Check database"))
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setText(report.summary)
        if report.details:
            box.setDetailedText("\n".join(report.details))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.check_box = box
        box.open()


def install_data_safety(host: WindowHost) -> DataSafety:
    """Add backups, restore, trash, undo/redo and the database check to a window's menus."""
    return DataSafety(host)
