"""The History panel: every change to one contact, collaborative or session, in a table.

Non-modal, so it stays open beside the form; it reads the history again after every change the
window hears of (a save here, or another coordinator's on a team database). One panel per record:
asking again brings the open one forward.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.history_fields import field_label
from collab_desktop.domain.timezones import local_zone
from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.history import HistoryEntry, record_history
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.dialog_size import open_at
from collab_desktop.ui.models.record_table_model import Column, RecordFilterProxy, RecordTableModel
from collab_desktop.ui.operations import fetch_or_none

# Changes that can add a line to a record's history besides the record's own.
_LINKED = {
    "contact": (Kind.CONTACT, Kind.MEMBERSHIP, Kind.REGISTRATION, Kind.TRASH),
    "collaborative": (Kind.COLLABORATIVE, Kind.MEMBERSHIP, Kind.TRASH),
    "session": (Kind.SESSION, Kind.REGISTRATION, Kind.TRASH),
}


FIELD_COLUMN = 2
FIELD_CHARACTERS = 24  # the Field column's widest, in average characters; longer names wrap


def _local_time(moment: datetime) -> str:
    return moment.astimezone(local_zone()).strftime("%Y-%m-%d %H:%M")


def shown_value(value: str | None) -> str:
    """A stored old or new value as the panel shows it: times in this workstation's zone."""
    if not value:
        return ""
    if len(value) > 19 and value[10:11] == "T" and value[-6] in "+-":
        try:
            return _local_time(datetime.fromisoformat(value))
        except ValueError:
            return value
    return " / ".join(value.splitlines())


class HistoryTable(QTableView):
    """The changes, read-only and sortable; long values wrap inside their column."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = RecordFilterProxy()
        self.model_ = RecordTableModel(columns)
        self.proxy.setSourceModel(self.model_)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.verticalHeader().hide()
        # Rows grow to their wrapped text; When and Who take what their texts need, Field what
        # its names need up to FIELD_CHARACTERS (longer ones wrap), and the old and new values
        # share the rest: nothing runs off the side.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        interactive = QHeaderView.ResizeMode.Interactive
        for column, mode in enumerate((fit, fit, interactive, stretch, stretch)):
            header.setSectionResizeMode(column, mode)

    def fit_field_column(self) -> None:
        """Field as wide as its longest name, at most FIELD_CHARACTERS average characters and a
        third of what When and Who leave, so each value keeps at least as much as Field."""
        widest = self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS
        left = self.viewport().width() - self.columnWidth(0) - self.columnWidth(1)
        width = min(self.sizeHintForColumn(FIELD_COLUMN), widest, max(left // 3, 0))
        self.setColumnWidth(FIELD_COLUMN, max(width, self.horizontalHeader().minimumSectionSize()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_field_column()

    def cell_text(self, row: int, column: int) -> str:
        """The text shown at (row, column) in the current sort order."""
        return str(self.proxy.index(row, column).data() or "")

    def column_texts(self, column: int) -> list[str]:
        return [self.cell_text(r, column) for r in range(self.proxy.rowCount())]


class HistoryPanel(QDialog):
    """A record's history: When, Who, Field, Old value, New value; oldest first."""

    def __init__(
        self, ctx: AppContext, kind: str, record_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.record_id = ctx, kind, record_id
        self.db = ctx.db  # the record's database: another one opened in the window closes this
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("historyPanel")
        self.setWindowTitle(translate("HistoryPanel", "History of {name}").format(name=title))
        self.heading = QLabel(translate("HistoryPanel", "History of {name}").format(name=title))
        self.heading.setObjectName("formTitle")
        self.heading.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        self.table = HistoryTable(self._columns())
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(
            translate("HistoryPanel", "Changes to {name}").format(name=title)
        )
        self.table.setAccessibleDescription(
            translate("HistoryPanel", "When, who, field, old value and new value; oldest first")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.refresh_button = buttons.addButton(
            translate("HistoryPanel", "&Refresh"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.setToolTip(translate("HistoryPanel", "Read the history again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        # About 110 characters wide and 30 lines high, as far as the screen allows.
        metrics = self.fontMetrics()
        open_at(self, QSize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 30))
        ctx.events.changes.connect(self._on_changes)
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column(translate("HistoryPanel", "When"), lambda e: _local_time(e.at), lambda e: e.at),
            Column(translate("HistoryPanel", "Who"), lambda e: e.user),
            Column(translate("HistoryPanel", "Field"), lambda e: field_label(self.kind, e.field)),
            Column(translate("HistoryPanel", "Old value"), lambda e: shown_value(e.old)),
            Column(translate("HistoryPanel", "New value"), lambda e: shown_value(e.new)),
        ]

    def entries(self) -> list[HistoryEntry]:
        """The lines shown, oldest first."""
        return list(self.table.model_.records())

    def refresh(self) -> None:
        """Read the record's history again."""
        entries = fetch_or_none(record_history, self.db, self.kind, self.record_id) or []
        self.table.model_.set_records(entries)
        self.table.fit_field_column()
        if entries:
            count = len(entries)
            self.note.setText(
                translate("HistoryPanel", "%n changes; times in {zone}.", None, count).format(
                    zone=str(local_zone())
                )
            )
        else:
            self.note.setText(translate("HistoryPanel", "Nothing has been recorded yet."))
        if entries:
            self.table.scrollToBottom()

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.ctx.db is not self.db:
            self.close()  # the window now shows another database: this record is not in it
        elif changes.touches(*_LINKED.get(self.kind, ())):
            self.refresh()


def open_history(
    ctx: AppContext, kind: str, record_id: int | None, title: str, parent: QWidget
) -> HistoryPanel | None:
    """Show the History panel of a record (the open one, if there is one); None without a record."""
    if record_id is None:
        return None
    for panel in parent.findChildren(HistoryPanel):
        if panel.kind == kind and panel.record_id == record_id and panel.isVisible():
            panel.raise_()
            panel.activateWindow()
            return panel
    panel = HistoryPanel(ctx, kind, record_id, title, parent)
    panel.show()
    panel.table.setFocus()  # arrows move through the changes at once; Esc closes
    return panel
