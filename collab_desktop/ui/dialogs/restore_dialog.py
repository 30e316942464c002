"""File > Restore from backup...: the backups with their date and what is in them; restore one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain import clock
from collab_desktop.domain.changes import ChangeSet
from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.backups import (
    BackupInfo,
    RestoreResult,
    check_restorable,
    list_backups,
    restore_backup,
)
from collab_desktop.store.errors import DatabaseFileError
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import confirm
from collab_desktop.ui.icons import icon
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.widgets.record_table import RecordTable


def when_text(when: datetime) -> str:
    """'Today 09:14', 'Yesterday 17:02' or 'Mon 3 Nov 2026 08:00' (day and month names in the
    chosen language)."""
    today = clock.today()
    days = (today - when.date()).days
    time_of_day = when.strftime("%H:%M")
    if days == 0:
        return translate("RestoreDialog", "Today {time}").format(time=time_of_day)
    if days == 1:
        return translate("RestoreDialog", "Yesterday {time}").format(time=time_of_day)
    return f"{QLocale().toString(when.date(), 'ddd d MMM yyyy')} {time_of_day}"


def _count(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"


def backup_columns() -> list[Column]:
    """The list of backups' columns, headed in the chosen language."""
    return [
        Column(
            translate("RestoreDialog", "Made"),
            lambda b: when_text(b.created),
            sort_key=lambda b: b.created,
        ),
        Column(translate("RestoreDialog", "Why"), lambda b: b.reason_text),
        Column(
            translate("RestoreDialog", "Collaboratives"),
            lambda b: _count(b.collaboratives),
            lambda b: b.collaboratives or 0,
            True,
        ),
        Column(
            translate("RestoreDialog", "Contacts"),
            lambda b: _count(b.contacts),
            lambda b: b.contacts or 0,
            True,
        ),
        Column(
            translate("RestoreDialog", "Sessions"),
            lambda b: _count(b.sessions),
            lambda b: b.sessions or 0,
            True,
        ),
    ]


class RestoreDialog(QDialog):
    """Pick a backup (or another file) and put it in place of the current data."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        leave_forms: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.leave_forms = leave_forms
        self.result_info: RestoreResult | None = None
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.setWindowIcon(icon("backup"))
        intro = QLabel(
            translate(
                "RestoreDialog",
                "Collab Desktop backs up your data every day it is opened, and before upgrades, "
                "imports and large deletes. Choose the backup to go back to.",
            )
        )
        intro.setWordWrap(True)
        self.table = RecordTable(
            backup_columns(), placeholder=translate("RestoreDialog", "Filter"), shortcut_hint=False
        )
        self.table.search.hide()
        self.table.set_accessible_names(
            translate("RestoreDialog", "Backups"), translate("RestoreDialog", "Search backups")
        )
        self.table.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.view.setSortingEnabled(False)
        self.table.activated.connect(lambda _b: self.restore_selected())
        # The current row changes before the selection does: follow the selection.
        self.table.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.empty_label = QLabel(
            translate("RestoreDialog", "There are no backups of this database yet.")
        )
        self.empty_label.setObjectName("hint")
        note = QLabel(
            translate(
                "RestoreDialog",
                "Restoring replaces everything in this database with the backup. What is there "
                "now is backed up first, so you can come back to it from this list.",
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("hint")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(
            icon("backup"), translate("RestoreDialog", "&Restore this backup")
        )
        self.file_button = QPushButton(
            icon("open"), translate("RestoreDialog", "Restore from another &file…")
        )
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_other_file)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(note)
        layout.addWidget(self.folder_label)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        path = self.ctx.db.path
        backups = list_backups(path) if path is not None else []
        self.table.set_records(backups)
        self.table.fit_columns()
        self.empty_label.setVisible(not backups)
        if path is not None:
            self.folder_label.setText(
                translate("RestoreDialog", "Backups are kept in {folder}").format(
                    folder=path.parent / "backups"
                )
            )
        if backups:
            self.table.view.selectRow(0)
        self._update()

    def _update(self) -> None:
        chosen = self.table.current_record()
        self.restore_button.setEnabled(
            chosen is not None and chosen.readable and not self.ctx.db.read_only
        )
        self.file_button.setEnabled(not self.ctx.db.read_only)

    def restore_selected(self) -> None:
        chosen: BackupInfo | None = self.table.current_record()
        if chosen is not None and chosen.readable:
            what = translate("RestoreDialog", "the backup from {when}").format(
                when=when_text(chosen.created).lower()
            )
            self.restore(chosen.path, what, chosen)

    def restore_other_file(self) -> None:
        start = str(self.ctx.db.path.parent) if self.ctx.db.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("RestoreDialog", "Restore from file"),
            start,
            translate("RestoreDialog", "Collab Desktop database (*.sqlite *.db);;All files (*)"),
        )
        if not path:
            return
        title = translate("RestoreDialog", "Restore")
        Operation(self.ctx, self, title, lambda: check_restorable(Path(path))).success(
            lambda info: self.restore(Path(path), Path(path).name, info)
        ).run()

    def restore(self, source: Path, what: str, info: BackupInfo) -> bool:
        """Ask, then replace the data with the file; True when restored."""
        question = translate(
            "RestoreDialog",
            "Replace all the data in this database with {what} ({counts})?\n\n"
            "What is there now is backed up first.",
        ).format(what=what, counts=info.describe_counts())
        if not confirm(self, translate("RestoreDialog", "Restore from backup"), question):
            return False
        if not self.leave_forms():
            return False
        self.ctx.tasks.wait()
        refused: list[Exception] = []
        restored = (
            Operation(
                self.ctx,
                self,
                translate("RestoreDialog", "Restore"),
                lambda: restore_backup(self.ctx.db, source),
            )
            .also(ChangeSet.everything())  # the whole file was replaced
            .failure(refused.append)  # said below, once the wait cursor is gone
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored.run()
        finally:
            QApplication.restoreOverrideCursor()
        if refused:
            QMessageBox.warning(
                self,
                translate("RestoreDialog", "Restore"),
                translate("RestoreDialog", "The backup was not restored: {error}").format(
                    error=refused[0]
                ),
            )
            return False
        self.result_info = restored.result
        QMessageBox.information(
            self,
            translate("RestoreDialog", "Restore from backup"),
            translate(
                "RestoreDialog",
                "Restored {what} ({counts}).\n\n"
                "What was there before is kept as the backup “Before restoring a backup”.",
            ).format(what=what, counts=info.describe_counts()),
        )
        self.accept()
        return True


def offer_recovery(path: Path, error: Exception, parent: QWidget | None = None) -> bool:
    """At start, when our database file cannot be opened: offer its newest readable backup.

    Only for a file that has backups beside it (so it is ours) and is unreadable, not for a
    file from a newer release. True when the backup was put in place.
    """
    from collab_desktop.services.safety.backups import recover_from_backup
    from collab_desktop.store.errors import NotACollabDatabase

    if not isinstance(error, NotACollabDatabase) or not path.is_file():
        return False
    newest = next((b for b in list_backups(path) if b.readable), None)
    if newest is None:
        return False
    answer = QMessageBox.question(
        parent,
        translate("RestoreDialog", "Database cannot be opened"),
        translate(
            "RestoreDialog",
            "{error}\n\nThere is a backup of this database from {when} ({counts}). Use it "
            "instead? The file that cannot be opened is kept beside it, renamed.",
        ).format(
            error=error, when=when_text(newest.created).lower(), counts=newest.describe_counts()
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        kept = recover_from_backup(path, newest.path)
    except (DatabaseFileError, OSError) as exc:
        QMessageBox.warning(
            parent,
            translate("RestoreDialog", "Database cannot be opened"),
            translate("RestoreDialog", "The backup could not be used: {error}").format(error=exc),
        )
        return False
    QMessageBox.information(
        parent,
        translate("RestoreDialog", "Database restored"),
        translate(
            "RestoreDialog",
            "The backup from {when} is in place. The file that could not be opened was kept as "
            "{file}.",
        ).format(when=when_text(newest.created).lower(), file=kept.name),
    )
    return True
