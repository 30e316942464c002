"""A table model over a list of records, with a fast text filter and sort done in Python lists.

Rows are plain records (never ORM objects); each column says how to show and sort a record.
At 50,000 rows a QSortFilterProxyModel calls back into Python once per row to filter and about
a million times to sort, which takes seconds; here the model keeps the shown order as a list of
positions, built with one list comprehension (filter) or one ``list.sort`` (sort), and the view
sees it through a pass-through proxy that keeps the proxy API the tabs use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class Column:
    """One column: header, how to show a record, and (optionally) how to sort it."""

    header: str
    display: Callable[[Any], Any]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    colour: Callable[[Any], str | None] | None = None


def _sort_value(column: Column, record: Any) -> Any:
    key = (column.sort_key or column.display)(record)
    if key is None:
        return ""
    return key.casefold() if isinstance(key, str) else key


class RecordTableModel(QAbstractTableModel):
    """Read-only model of records; ``set_records`` replaces them, ``set_search``/``sort`` reorder."""

    def __init__(
        self, columns: Sequence[Column], search_text: Callable[[Any], str] | None = None
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._records: list[Any] = []
        self._search_text = search_text
        self._haystack: list[str] = []
        self._shown: list[int] = []  # positions in _records, in the shown order
        self._needle = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # --- Qt API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[self._shown[index.row()]]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            value = column.display(record)
            return "" if value is None else str(value)
        if role == SortRole:
            key = (column.sort_key or column.display)(record)
            return "" if key is None else key
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return _ALIGN_RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column.colour is not None:
            colour = column.colour(record)
            return QColor(colour) if colour else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the shown rows by a column (-1: the order the records came in)."""
        self._sort_column, self._sort_order = column, order
        self._reorder()

    # --- our API ------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        if self._search_text is not None:
            self._haystack = [self._search_text(r).lower() for r in self._records]
        else:
            self._haystack = [
                "\t".join(str(c.display(r) or "") for c in self._columns).lower()
                for r in self._records
            ]
        self._shown = self._ordered_positions()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Show only records whose search text contains text (case-insensitive)."""
        needle = text.strip().lower()
        if needle != self._needle:
            self._needle = needle
            self._reorder()

    def columns(self) -> list[Column]:
        return list(self._columns)

    def total_count(self) -> int:
        """All records, shown or filtered out."""
        return len(self._records)

    def records(self) -> list[Any]:
        """All records, in the order they were given."""
        return list(self._records)

    def record(self, row: int) -> Any:
        """The record shown at row."""
        return self._records[self._shown[row]]

    def shown_records(self) -> list[Any]:
        """The records that pass the filter, in the shown order."""
        records = self._records
        return [records[p] for p in self._shown]

    def row_of(self, record_id: int | str | None) -> int:
        """Shown row of the record with this id, or -1 (also when filtered out)."""
        records = self._records
        for row, position in enumerate(self._shown):
            if getattr(records[position], "id", None) == record_id:
                return row
        return -1

    def matches(self, position: int, needle: str) -> bool:
        """True when the record's search text contains needle (already lower-cased)."""
        return not needle or needle in self._haystack[position]

    # --- ordering -----------------------------------------------------------------------
    def _ordered_positions(self) -> list[int]:
        needle, haystack = self._needle, self._haystack
        if needle:
            positions = [p for p, text in enumerate(haystack) if needle in text]
        else:
            positions = list(range(len(self._records)))
        if 0 <= self._sort_column < len(self._columns):
            column, records = self._columns[self._sort_column], self._records
            keys = [_sort_value(column, records[p]) for p in positions]
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            try:
                order = sorted(range(len(positions)), key=keys.__getitem__, reverse=descending)
            except TypeError:  # mixed types in one column: compare as text
                text_keys = [str(k) for k in keys]
                order = sorted(range(len(positions)), key=text_keys.__getitem__, reverse=descending)
            positions = [positions[i] for i in order]
        return positions

    def _reorder(self) -> None:
        """Rebuild the shown order, keeping selection and current row on the same records."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        kept = [
            (self._shown[i.row()], i.column()) if 0 <= i.row() < len(self._shown) else None
            for i in old_persistent
        ]
        self._shown = self._ordered_positions()
        if old_persistent:
            row_of_position = {p: row for row, p in enumerate(self._shown)}
            new_persistent = []
            for item in kept:
                row = row_of_position.get(item[0]) if item is not None else None
                new_persistent.append(
                    self.index(row, item[1])
                    if item is not None and row is not None
                    else QModelIndex()
                )
            self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()


class RecordFilterProxy(QIdentityProxyModel):
    """What the view shows: the model's rows as they are, with search and sort passed down."""

    def _model(self) -> RecordTableModel:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def set_search(self, text: str) -> None:
        self._model().set_search(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model().sort(column, order)
