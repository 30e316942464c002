"""File > Import history: every roster import with its counts, and Undo for one of them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from collab_desktop.domain.changes import ChangeSet
from collab_desktop.domain.import_records import ImportBatchRecord
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.stale_refusal import StaleStep
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import confirm, show_error
from collab_desktop.ui.icons import icon
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.widgets.record_table import RecordTable


def history_columns() -> list[Column]:
    """The history's columns, headed in the chosen language."""
    return [
        Column(
            translate("ImportHistoryDialog", "Imported"),
            lambda b: to_local(b.imported_at).strftime("%Y-%m-%d %H:%M"),
            lambda b: b.imported_at.isoformat(),
        ),
        Column(translate("ImportHistoryDialog", "File"), lambda b: b.file_name),
        Column(translate("ImportHistoryDialog", "Collaborative"), lambda b: b.collaborative_name),
        Column(translate("ImportHistoryDialog", "Added"), lambda b: b.added, align_right=True),
        Column(translate("ImportHistoryDialog", "Updated"), lambda b: b.updated, align_right=True),
        Column(translate("ImportHistoryDialog", "Errors"), lambda b: b.errors, align_right=True),
        Column(
            translate("ImportHistoryDialog", "Undone"),
            lambda b: to_local(b.undone_at).strftime("%Y-%m-%d %H:%M") if b.undone_at else "",
        ),
    ]


class ImportHistoryDialog(QDialog):
    """Lists imports, newest first; Undo removes what one added and restores what it changed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("ImportHistoryDialog", "Import history"))
        self.table = RecordTable(
            history_columns(),
            placeholder=translate("ImportHistoryDialog", "Filter"),
            shortcut_hint=False,
        )
        self.table.set_accessible_names(
            translate("ImportHistoryDialog", "Roster imports"),
            translate("ImportHistoryDialog", "Filter"),
        )
        self.table.current_changed.connect(lambda _r: self._update_buttons())
        self.undo_button = QPushButton(
            icon("undo"), translate("ImportHistoryDialog", "&Undo import…")
        )
        self.undo_button.clicked.connect(self.undo_selected)
        hint = QLabel(
            translate(
                "ImportHistoryDialog",
                "Undo removes the contacts and memberships an import added and puts back the "
                "fields it changed.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        from collab_desktop.services.rosters.import_history import list_imports

        self.table.set_records(list_imports(self.ctx.db))
        self.table.fit_columns()
        self._update_buttons()

    def _update_buttons(self) -> None:
        batch: ImportBatchRecord | None = self.table.current_record()
        self.undo_button.setEnabled(
            batch is not None and batch.undone_at is None and not self.ctx.db.read_only
        )

    def undo_selected(self) -> None:
        from collab_desktop.services.rosters.import_history import undo_import

        batch: ImportBatchRecord | None = self.table.current_record()
        if batch is None:
            return
        question = translate(
            "ImportHistoryDialog",
            "Undo the import of {file}? {added} added contacts will be deleted and {updated} "
            "updated rows put back as they were.",
        ).format(file=batch.file_name, added=batch.added, updated=batch.updated)
        title = translate("ImportHistoryDialog", "Undo import")
        if not confirm(self, title, question):
            return
        # Edit > Undo may hold this import as a step: the history starts afresh, as after a restore.
        Operation(self.ctx, self, title, lambda: undo_import(self.ctx.db, batch.id)).also(
            ChangeSet.everything()
        ).success(lambda _batch: self.reload()).failure(
            lambda exc: self._undo_refused(title, exc)
        ).run()

    def _undo_refused(self, title: str, exc: Exception) -> None:
        """Say why, and that nothing changed; the list is read again (someone may have acted)."""
        message = str(exc)
        if isinstance(exc, StaleStep):
            message = translate(
                "ImportHistoryDialog",
                "{reason}.\n\nNothing was changed; the import was not undone.",
            ).format(reason=message.rstrip("."))
        show_error(self, title, message)
        self.reload()
