"""A search box over a sortable table of records: the left half of every tab."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.translation import translate
from collab_desktop.ui.icons import icon
from collab_desktop.ui.models.record_table_model import (
    Column,
    RecordFilterProxy,
    RecordRole,
    RecordTableModel,
)


class RecordTable(QWidget):
    """Search-as-you-type table; emits ``current_changed(record or None)``."""

    current_changed = Signal(object)
    activated = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        search_text: Any = None,
        placeholder: str | None = None,
        parent: QWidget | None = None,
        shortcut_hint: bool = True,
        natural_key: Any = None,
    ) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(columns, search_text, natural_key)
        self.proxy = RecordFilterProxy()
        self.proxy.setSourceModel(self.model)
        placeholder = placeholder or translate("RecordTable", "Search")
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("RecordTable", "{placeholder} (Ctrl+F)").format(placeholder=placeholder)
            if shortcut_hint
            else placeholder
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self.proxy.set_search)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        # Tab leaves the table (arrows move in it): with Qt's default, Tab went from cell to
        # cell and a keyboard user could not get out.
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.doubleClicked.connect(self._on_activated)
        self.set_accessible_names(translate("RecordTable", "Rows"), placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)

    def set_accessible_names(self, table: str, search: str = "") -> None:
        """Name the table and its search box for screen readers ('Search <table>' by default)."""
        self.view.setAccessibleName(table)
        self.view.setAccessibleDescription(
            translate(
                "RecordTable",
                "Arrow keys move between rows, Ctrl+A selects all, a column header sorts by it.",
            )
        )
        self.search.setAccessibleName(
            search or translate("RecordTable", "Search {table}").format(table=table.lower())
        )
        self.search.setAccessibleDescription(
            translate(
                "RecordTable",
                "Type to show only the matching rows; the clear button at its end shows them all.",
            )
        )

    def set_records(
        self, records: Sequence[Any], keep_id: Any = None, haystack: list[str] | None = None
    ) -> None:
        """Replace the rows; reselect the record with keep_id if it is still there."""
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.set_records(records, haystack)
        self.view.selectionModel().blockSignals(blocker)
        if keep_id is not None:
            self.select_id(keep_id, emit=False)

    def upsert(self, records: Sequence[Any]) -> None:
        """Update (or add) the rows of these records in place; the selection stays."""
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.upsert(records)
        self.view.selectionModel().blockSignals(blocker)

    def remove_ids(self, ids: Sequence[Any]) -> None:
        """Remove the rows of these records; the current row does not move to a neighbour."""
        if not ids:
            return
        selection = self.view.selectionModel()
        current = self.view.currentIndex().data(RecordRole)
        blocker = selection.blockSignals(True)
        self.model.remove_ids(ids)
        if current is not None and getattr(current, "id", None) in set(ids):
            selection.clear()
        selection.blockSignals(blocker)

    def merge_records(self, records: Sequence[Any], keep_id: Any = None) -> None:
        """Take a fresh full list, editing only the rows that differ (a reset past many)."""
        blocker = self.view.selectionModel().blockSignals(True)
        reset = self.model.merge_records(records)
        self.view.selectionModel().blockSignals(blocker)
        if reset and keep_id is not None:
            self.select_id(keep_id, emit=False)

    def fit_columns(self, max_width: int = 320, sample: int = 2000) -> None:
        """Size columns to their longest texts (in an even sample of rows), at most max_width.

        Qt's resizeColumnsToContents asks the model for up to a thousand rows of every role;
        measuring the longest strings of a sample with the font gives the same widths at once.
        """
        header = self.view.horizontalHeader()
        cell_metrics = self.view.fontMetrics()
        head_metrics = header.fontMetrics()
        records = self.model.shown_records()
        step = max(1, len(records) // sample)
        picked = records[::step]
        padding = 2 * self.view.style().pixelMetric(
            self.view.style().PixelMetric.PM_FocusFrameHMargin
        )
        for col, column in enumerate(self.model.columns()):
            texts = [str(v) for r in picked if (v := column.display(r)) is not None]
            longest = sorted(texts, key=len, reverse=True)[:25]
            width = max((cell_metrics.horizontalAdvance(t) for t in longest), default=0)
            width += padding + 16 + (20 if column.colour is not None else 0)
            title = head_metrics.horizontalAdvance(column.header) + 32
            header.resizeSection(col, min(max(width, title), max_width))

    def current_record(self) -> Any:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        return index.data(RecordRole)

    def selected_records(self) -> list[Any]:
        rows = self.view.selectionModel().selectedRows()
        return [r.data(RecordRole) for r in sorted(rows, key=lambda i: i.row())]

    def visible_records(self) -> list[Any]:
        """Records that pass the search filter, in the shown order."""
        return self.model.shown_records()

    def select_id(self, record_id: Any, emit: bool = True) -> bool:
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        blocker = None if emit else self.view.selectionModel().blockSignals(True)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        if blocker is not None:
            self.view.selectionModel().blockSignals(blocker)
        return True

    def clear_selection(self) -> None:
        blocker = self.view.selectionModel().blockSignals(True)
        self.view.selectionModel().clear()
        self.view.selectionModel().blockSignals(blocker)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(RecordRole) if current.isValid() else None)

    def _on_activated(self, index: QModelIndex) -> None:
        self.activated.emit(index.data(RecordRole))
