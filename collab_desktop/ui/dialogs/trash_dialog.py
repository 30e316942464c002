"""Edit > Trash...: deleted records, restorable until the trash is emptied."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.services.safety.trash import (
    TrashEntry,
    empty_trash,
    list_trash,
    restore_from_trash,
)
from collab_desktop.services.undo.undo import RestoreChange
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import confirm
from collab_desktop.ui.dialogs.dialog_size import open_at
from collab_desktop.ui.dialogs.restore_dialog import when_text
from collab_desktop.ui.icons import icon
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.undo_stack import add_dialog_undo
from collab_desktop.ui.widgets.record_table import RecordTable

COLUMN_CHARACTERS = 60  # a column's widest when fitted to its texts, in average characters

KIND_TEXT = {
    "contact": QT_TRANSLATE_NOOP("TrashDialog", "Contact"),
    "collaborative": QT_TRANSLATE_NOOP("TrashDialog", "Collaborative"),
    "session": QT_TRANSLATE_NOOP("TrashDialog", "Session"),
    "membership": QT_TRANSLATE_NOOP("TrashDialog", "Membership"),
    "registration": QT_TRANSLATE_NOOP("TrashDialog", "Registration"),
}


def kind_text(kind: str) -> str:
    """A trash entry's kind as shown, in the chosen language; unknown kinds as stored."""
    return translate("TrashDialog", KIND_TEXT[kind]) if kind in KIND_TEXT else kind


def trash_columns() -> list[Column]:
    """The trash's columns, headed in the chosen language."""
    return [
        Column(
            translate("TrashDialog", "Deleted"),
            lambda e: when_text(to_local(e.deleted_at).replace(tzinfo=None)),
            sort_key=lambda e: e.deleted_at,
        ),
        Column(translate("TrashDialog", "Deleted by"), lambda e: e.deleted_by),
        Column(translate("TrashDialog", "Kind"), lambda e: kind_text(e.kind)),
        Column(translate("TrashDialog", "What"), lambda e: e.label),
        Column(translate("TrashDialog", "With it"), lambda e: e.describe()),
    ]


class TrashDialog(QDialog):
    """Restore deleted records (Ctrl+Z takes them out again), or delete them for good."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("TrashDialog", "Trash"))
        self.setWindowIcon(icon("trash"))
        intro = QLabel(
            translate(
                "TrashDialog",
                "Deleted records stay here, with their memberships, sessions and registrations, "
                "until you empty the trash; so do members taken out of a collaborative. "
                "Ctrl+Z undoes a put back.",
            )
        )
        intro.setWordWrap(True)
        search = translate("TrashDialog", "Search the trash")
        self.table = RecordTable(
            trash_columns(), lambda e: f"{e.label} {e.describe()}", search, shortcut_hint=False
        )
        self.table.set_accessible_names(translate("TrashDialog", "Deleted records"), search)
        # The current row changes before the selection does: follow the selection.
        self.table.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.table.activated.connect(lambda _e: self.restore_selected())
        self.empty_label = QLabel(translate("TrashDialog", "The trash is empty."))
        self.empty_label.setObjectName("hint")
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(icon("undo"), translate("TrashDialog", "&Put back"))
        self.purge_button = QPushButton(
            icon("delete"), translate("TrashDialog", "&Delete for good")
        )
        self.empty_button = QPushButton(icon("trash"), translate("TrashDialog", "&Empty trash…"))
        # Everyone on the database shares the trash: F5 shows what others deleted meanwhile.
        self.refresh_button = QPushButton(translate("TrashDialog", "&Refresh"))
        self.refresh_action = QAction(translate("TrashDialog", "Refresh"), self)
        self.refresh_action.setShortcuts(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.reload)
        self.addAction(self.refresh_action)
        self.refresh_button.setToolTip(
            translate("TrashDialog", "Show what others deleted or put back meanwhile (F5)")
        )
        self.refresh_button.clicked.connect(self.reload)
        for button in (
            self.restore_button,
            self.purge_button,
            self.empty_button,
            self.refresh_button,
        ):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        # Undo and redo of a put back (Ctrl+Z here) change the list: reload once they are done.
        self._reload_soon = QTimer(self, singleShot=True, interval=0)
        self._reload_soon.timeout.connect(self.reload)
        ctx.events.changes.connect(self._on_changes)
        self.dialog_undo = add_dialog_undo(
            self, ctx, wants=lambda change: isinstance(change, RestoreChange)
        )
        self.reload()
        self._open_to_fit()

    def reload(self) -> None:
        entries = list_trash(self.ctx.db)
        self.table.set_records(entries)
        self.table.fit_columns(self.fontMetrics().averageCharWidth() * COLUMN_CHARACTERS)
        self.empty_label.setVisible(not entries)
        self._update()

    def _open_to_fit(self) -> None:
        """Wide enough for every column, about 24 lines high, as far as the screen allows."""
        view = self.table.view
        header = view.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(header.count()))
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self.layout().contentsMargins()
        width = columns + 2 * view.frameWidth() + bar + margins.left() + margins.right()
        metrics = self.fontMetrics()
        open_at(
            self, QSize(max(width, metrics.averageCharWidth() * 90), metrics.lineSpacing() * 24)
        )

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches(Kind.TRASH):
            self._reload_soon.start()

    def _update(self) -> None:
        writable = not self.ctx.db.read_only
        chosen = bool(self.table.selected_records())
        self.restore_button.setEnabled(writable and chosen)
        self.purge_button.setEnabled(writable and chosen)
        self.empty_button.setEnabled(writable and self.table.model.rowCount() > 0)

    def restore_selected(self) -> list[TrashEntry]:
        """Put the selected entries back, as one undo step; returns the ones restored."""
        done, results = [], []
        title = translate("TrashDialog", "Put back")
        for entry in self.table.selected_records():
            put_back = Operation(
                self.ctx, self, title, lambda e=entry: restore_from_trash(self.ctx.db, e.id)
            )
            if not put_back.run():
                break
            result = put_back.result
            done.append(entry)
            results.append(result)
            if skipped := result.skipped:
                QMessageBox.information(
                    self,
                    title,
                    translate(
                        "TrashDialog",
                        "{label} is back. %n links to records that were deleted separately "
                        "could not be put back; restore those records too.",
                        None,
                        skipped,
                    ).format(label=entry.label),
                )
        if done:  # the entries put back so far are one step, even when a later one failed
            self.ctx.events.record(RestoreChange(results))
        self.reload()
        return done

    def purge_selected(self) -> None:
        entries = self.table.selected_records()
        chosen = len(entries)
        title = translate("TrashDialog", "Delete for good")
        if entries and confirm(
            self,
            title,
            translate(
                "TrashDialog",
                "Delete %n items in the trash for good? They cannot be put back.",
                None,
                chosen,
            ),
        ):
            ids = [e.id for e in entries]
            Operation(self.ctx, self, title, lambda: empty_trash(self.ctx.db, ids)).run()
            self.reload()

    def empty(self) -> None:
        count = self.table.model.rowCount()
        title = translate("TrashDialog", "Empty trash")
        if count and confirm(
            self,
            title,
            translate(
                "TrashDialog",
                "Delete all %n items in the trash for good? They cannot be put back.",
                None,
                count,
            ),
        ):
            Operation(self.ctx, self, title, lambda: empty_trash(self.ctx.db)).run()
            self.reload()
