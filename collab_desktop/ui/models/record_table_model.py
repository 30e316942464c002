"""A table model over a list of dataclass records, with a fast text filter and sort keys.

Rows are plain records (never ORM objects); each column says how to show and sort a record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Column:
    """One column: header, how to show a record, and (optionally) how to sort it."""

    header: str
    display: Callable[[Any], Any]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    colour: Callable[[Any], str | None] | None = None


class RecordTableModel(QAbstractTableModel):
    """Read-only model of records; ``set_records`` replaces them all."""

    def __init__(
        self, columns: Sequence[Column], search_text: Callable[[Any], str] | None = None
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._records: list[Any] = []
        self._search_text = search_text
        self._haystack: list[str] = []

    # --- Qt API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(record)
            return "" if value is None else str(value)
        if role == SortRole:
            key = (column.sort_key or column.display)(record)
            return "" if key is None else key
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            colour = column.colour(record)
            return QColor(colour) if colour else None
        return None

    # --- our API ------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        if self._search_text is not None:
            self._haystack = [self._search_text(r).lower() for r in self._records]
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: int | str | None) -> int:
        """Row of the record with this id, or -1."""
        for row, rec in enumerate(self._records):
            if getattr(rec, "id", None) == record_id:
                return row
        return -1

    def matches(self, row: int, needle: str) -> bool:
        """True when the row's search text contains needle (already lower-cased)."""
        if not needle:
            return True
        if self._haystack:
            return needle in self._haystack[row]
        return any(
            needle in str(c.display(self._records[row]) or "").lower() for c in self._columns
        )


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts on SortRole and filters on the model's precomputed search text."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        needle = text.strip().lower()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model.matches(source_row, self._needle)

    def lessThan(self, left: _Index, right: _Index) -> bool:  # noqa: N802
        a = left.data(SortRole)
        b = right.data(SortRole)
        try:
            if isinstance(a, str) and isinstance(b, str):
                return a.lower() < b.lower()
            return a < b
        except TypeError:
            return str(a) < str(b)
