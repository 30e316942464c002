"""A sortable read-only table of report rows (the exact numbers beside each chart)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from collab_desktop.ui.locale_format import percent_text
from collab_desktop.ui.models.record_table_model import Column, RecordFilterProxy, RecordTableModel

SIZE_SAMPLE_ROWS = 50


def number(header: str, attr: str) -> Column:
    """A right-aligned count column that sorts as a number."""
    return Column(header, lambda r: getattr(r, attr), lambda r: getattr(r, attr), align_right=True)


def percent(header: str, attr: str) -> Column:
    """A right-aligned share column ('—' when undefined) that sorts as a number."""

    def show(r: Any) -> str:
        return percent_text(getattr(r, attr))

    def key(r: Any) -> float:
        value = getattr(r, attr)
        return -1.0 if value is None else value

    return Column(header, show, key, align_right=True)


class ReportTable(QTableView):
    """QTableView over a RecordTableModel; ``set_data`` swaps columns and rows at once."""

    def __init__(self, columns: Sequence[Column] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = RecordFilterProxy()
        self.model_ = RecordTableModel(columns)
        self.proxy.setSourceModel(self.model_)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Size columns from the first rows only: measuring thousands of rows is slow.
        self.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        self._size_pending = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Size the columns of data that arrived while the table was hidden."""
        super().showEvent(event)
        if self._size_pending:
            self._size_columns()

    def _size_columns(self) -> None:
        self._size_pending = False
        self.resizeColumnsToContents()

    def set_data(self, records: Sequence[Any], columns: Sequence[Column] | None = None) -> None:
        """Show records (with new columns when given), columns sized to their contents."""
        if columns is not None:
            self.model_ = RecordTableModel(columns)
            self.proxy.setSourceModel(self.model_)
        self.model_.set_records(records)
        # A table on a page not shown is sized when it is first shown, not now.
        if self.isVisible():
            self._size_columns()
        else:
            self._size_pending = True

    def cell_text(self, row: int, column: int) -> str:
        """The text shown at (row, column) in the current sort order."""
        return str(self.proxy.index(row, column).data() or "")

    def column_texts(self, column: int) -> list[str]:
        return [self.cell_text(r, column) for r in range(self.proxy.rowCount())]
