"""A table model over a list of records, with a fast text filter and sort done in Python lists.

Rows are plain records (never ORM objects); each column says how to show and sort a record.
At 50,000 rows a QSortFilterProxyModel calls back into Python once per row to filter and about
a million times to sort, which takes seconds; here the model keeps the shown order as a list of
positions, built with one list comprehension (filter) or one ``list.sort`` (sort), and the view
sees it through a pass-through proxy that keeps the proxy API the tabs use.

Records that changed are put in by id (``upsert``, ``remove_ids``): a changed row is updated in
place, or moved, inserted or removed with the matching row signals, so the selection, the scroll
position and the sort stay as they were; only ``set_records`` resets the model.
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

from collab_desktop.domain.translation import translate
from collab_desktop.ui.locale_format import number
from collab_desktop.ui.models.record_edits import RecordEdits

RecordRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_UNSORTED = -1  # the "column" of natural_key, the order records come in


@dataclass(frozen=True, slots=True)
class Column:
    """One column: header, how to show a record, and (optionally) how to sort it.

    A header built at import time (a module's column list) is marked with QT_TRANSLATE_NOOP and
    names its context: it is translated when shown. Otherwise the header is shown as given
    (already translated by whoever built the column).
    """

    header: str
    display: Callable[[Any], Any]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False
    colour: Callable[[Any], str | None] | None = None
    context: str | None = None


def _sort_value(column: Column, record: Any) -> Any:
    key = (column.sort_key or column.display)(record)
    if key is None:
        return ""
    return key.casefold() if isinstance(key, str) else key


def _sort_keys(column: Column, records: Sequence[Any]) -> list[Any]:
    """Sort keys of records for a column: case-folded text, or the values as they are."""
    get = column.sort_key or column.display
    keys = [get(r) for r in records]
    try:
        return [k.casefold() for k in keys]  # the common case: a column of text
    except (AttributeError, TypeError):
        return [_sort_value(column, r) for r in records]


class RecordTableModel(RecordEdits, QAbstractTableModel):
    """Read-only model of records; ``set_records`` replaces them, ``set_search``/``sort`` reorder."""

    def __init__(
        self,
        columns: Sequence[Column],
        search_text: Callable[[Any], str] | None = None,
        natural_key: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        # Where a new record goes while no column is sorted (the order records come in).
        self._natural_key = natural_key
        self._positions: dict[Any, int] | None = None  # id -> position, built when first needed
        self._records: list[Any] = []
        self._search_text = search_text
        self._haystack: list[str] | None = []  # None: not built yet (built on first search)
        self._shown: list[int] = []  # positions in _records, in the shown order
        self._rows: list[int] | None = None  # position -> shown row (-1: hidden), built on need
        self._needle = ""
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[int, list[Any]] = {}
        self._full_order: list[int] | None = None

    # --- Qt API -------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            column = self._columns[section]
            if column.context is not None:
                return translate(column.context, column.header)
            return column.header
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[self._shown[index.row()]]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            value = column.display(record)
            if value is None:
                return ""
            # Counts (right-aligned columns) with the locale's separators; bool is left as is.
            if (
                column.align_right
                and isinstance(value, int | float)
                and not isinstance(value, bool)
            ):
                return number(value)
            return str(value)
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
        self._full_order = None
        self._reorder()

    # --- our API ------------------------------------------------------------------------
    def search_texts(self, records: Sequence[Any]) -> list[str]:
        """Lower-cased search text of each record (safe to call off the GUI thread)."""
        if self._search_text is not None:
            search_text = self._search_text
            return [search_text(r).lower() for r in records]
        return ["\t".join(str(c.display(r) or "") for c in self._columns).lower() for r in records]

    def set_records(self, records: Sequence[Any], haystack: list[str] | None = None) -> None:
        """Replace the records; haystack, when given, is their search_texts() made beforehand.

        Without it the search texts are built on the first search, so a table nobody searches
        (a report table) never pays for them.
        """
        self.beginResetModel()
        self._records = list(records)
        self._haystack = haystack
        self._positions = None
        self._sort_keys = {}
        self._full_order = None
        self._shown = self._ordered_positions()
        self._rows = None
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
        position = self.position_of(record_id)
        return -1 if position is None else self._row_at(position)

    def _row_at(self, position: int) -> int:
        """Shown row of the record at a position, or -1; a map kept until rows come or go."""
        rows = self._rows
        if rows is None:
            rows = [-1] * len(self._records)
            for row, shown in enumerate(self._shown):
                rows[shown] = row
            self._rows = rows
        return rows[position]

    def position_of(self, record_id: Any) -> int | None:
        """Where the record with this id is in the list of records (None: not there)."""
        if self._positions is None:
            self._positions = {getattr(r, "id", None): p for p, r in enumerate(self._records)}
        return self._positions.get(record_id)

    def has_id(self, record_id: Any) -> bool:
        return self.position_of(record_id) is not None

    def matches(self, position: int, needle: str) -> bool:
        """True when the record's search text contains needle (already lower-cased)."""
        return not needle or needle in self._search_haystack()[position]

    def _search_haystack(self) -> list[str]:
        if self._haystack is None:
            self._haystack = self.search_texts(self._records)
        return self._haystack

    # --- ordering -----------------------------------------------------------------------
    def _key(self, column: int, record: Any) -> Any:
        if column == _UNSORTED:
            assert self._natural_key is not None
            return self._natural_key(record)
        return _sort_value(self._columns[column], record)

    def _extend_keys(self, record: Any) -> None:
        for column, keys in self._sort_keys.items():
            keys.append(self._key(column, record))

    def _order_keys(self) -> tuple[list[Any] | None, bool]:
        """The keys the shown order follows, and whether it is descending (None: as given)."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if 0 <= self._sort_column < len(self._columns):
            return self._column_keys(self._sort_column), descending
        if self._natural_key is not None:
            return self._column_keys(_UNSORTED), False
        return None, False

    def _column_keys(self, column: int) -> list[Any]:
        """Sort keys of every record for a column, computed once per set of records."""
        keys = self._sort_keys.get(column)
        if keys is None:
            if column == _UNSORTED:
                assert self._natural_key is not None
                keys = [self._natural_key(r) for r in self._records]
            else:
                keys = _sort_keys(self._columns[column], self._records)
            self._sort_keys[column] = keys
        return keys

    def _sorted_positions(self) -> list[int]:
        """All positions in the current sort order (the given order when unsorted)."""
        positions = range(len(self._records))
        if not 0 <= self._sort_column < len(self._columns):
            return list(positions)
        keys = self._column_keys(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(positions, key=keys.__getitem__, reverse=descending)
        except TypeError:  # mixed types in one column: compare as text
            text_keys = [str(k) for k in keys]
            return sorted(positions, key=text_keys.__getitem__, reverse=descending)

    def _ordered_positions(self) -> list[int]:
        if self._full_order is None:
            self._full_order = self._sorted_positions()
        needle = self._needle
        if needle:
            haystack = self._search_haystack()
            return [p for p in self._full_order if needle in haystack[p]]
        return list(self._full_order)

    def _reorder(self) -> None:
        """Rebuild the shown order, keeping selection and current row on the same records."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        shown = self._shown
        kept = [
            (shown[i.row()], i.column()) if 0 <= i.row() < len(shown) else None
            for i in old_persistent
        ]
        self._shown = self._ordered_positions()
        self._rows = None
        if old_persistent:
            if len(kept) > 64:
                where = {p: row for row, p in enumerate(self._shown)}
                row_of = where.get
            else:
                row_of = self._row_of_position
            new_persistent = []
            for item in kept:
                row = row_of(item[0]) if item is not None else None
                new_persistent.append(
                    self.index(row, item[1])
                    if item is not None and row is not None
                    else QModelIndex()
                )
            self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _row_of_position(self, position: int) -> int | None:
        try:
            return self._shown.index(position)
        except ValueError:
            return None


class RecordFilterProxy(QIdentityProxyModel):
    """What the view shows: the model's rows as they are, with search and sort passed down.

    It remembers the search and sort, so a new source model is shown the same way.
    """

    def __init__(self) -> None:
        super().__init__()
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def _model(self) -> RecordTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, RecordTableModel) else None

    def setSourceModel(self, model: QAbstractTableModel) -> None:  # noqa: N802
        if isinstance(model, RecordTableModel):
            model.set_search(self._search)
            model.sort(*self._sort)
        super().setSourceModel(model)

    def set_search(self, text: str) -> None:
        self._search = text
        if (model := self._model()) is not None:
            model.set_search(text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        if (model := self._model()) is not None:
            model.sort(column, order)
