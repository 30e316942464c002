"""Putting changed records into the table model by id: update, move, insert or remove rows.

A mixin of RecordTableModel (it works on the model's lists): a changed record's row is updated
in place, or moved, inserted or removed with the matching row signals, so the selection, the
scroll position, the sort and the search stay as they were. The record is found through an
id -> position map and its row through a position -> row map, kept while rows only change in
place and built again (one pass) after rows came, went or moved; a removal renumbers the
positions after it in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex

from collab_desktop.ui.models.row_order import blocks, place, renumbered

# Above this many differences, merge_records resets the model instead of editing row by row.
MERGE_LIMIT = 500


class RecordEdits:
    """upsert / remove_ids / merge_records for RecordTableModel."""

    # Kept by RecordTableModel (see there); named here for readers.
    _records: list[Any]
    _shown: list[int]
    _rows: list[int] | None
    _full_order: list[int] | None
    _haystack: list[str] | None
    _sort_keys: dict[int, list[Any]]
    _positions: dict[Any, int] | None
    _needle: str

    def upsert(self, records: Iterable[Any]) -> None:
        """Put changed records in by id: update their rows, or add rows for new ones."""
        for record in records:
            position = self.position_of(getattr(record, "id", None))
            try:
                if position is None:
                    self._insert(record)
                else:
                    self._replace(position, record)
            except TypeError:  # keys of different types in one column: order as text
                self._reorder()

    def remove_ids(self, ids: Iterable[Any]) -> None:
        """Take the records with these ids out (ids not in the model are ignored)."""
        gone = sorted(p for i in set(ids) if (p := self.position_of(i)) is not None)
        if not gone:
            return
        wanted = set(gone)
        rows = [row for p in gone if (row := self._row_at(p)) >= 0]
        for first, last in blocks(rows):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._shown[first : last + 1]
            self._rows = None
            self.endRemoveRows()
        # The rows are gone; now close the gaps in the list of records, renumbering positions.
        for position in reversed(gone):
            del self._records[position]
            if self._haystack is not None:
                del self._haystack[position]
            for keys in self._sort_keys.values():
                del keys[position]
        self._shown = renumbered(self._shown, gone)
        self._rows = None
        if self._full_order is not None:
            self._full_order = renumbered([p for p in self._full_order if p not in wanted], gone)
        self._positions = None

    def merge_records(self, records: Sequence[Any]) -> bool:
        """Replace the records with a fresh full list, editing only the rows that differ.

        Past MERGE_LIMIT differences the model is reset instead; returns True when it was.
        """
        self.position_of(None)  # builds the id -> position map
        known = list(self._positions or ())
        fresh_ids = set()
        changed = []
        current = self._records
        for record in records:
            record_id = getattr(record, "id", None)
            fresh_ids.add(record_id)
            position = self.position_of(record_id)
            if position is None or current[position] != record:
                changed.append(record)
        gone = [i for i in known if i not in fresh_ids]
        if len(changed) + len(gone) > MERGE_LIMIT:
            self.set_records(records)
            return True
        self.remove_ids(gone)
        self.upsert(changed)
        return False

    def _insert(self, record: Any) -> None:
        position = len(self._records)
        self._records.append(record)
        self._rows = None
        if self._positions is not None:
            self._positions[getattr(record, "id", None)] = position
        if self._haystack is not None:
            self._haystack.extend(self.search_texts([record]))
        self._extend_keys(record)
        keys, descending = self._order_keys()
        if self._full_order is not None:
            at = place(self._full_order, position, keys, descending) if keys else position
            self._full_order.insert(at, position)
        if self.matches(position, self._needle):
            row = place(self._shown, position, keys, descending) if keys else len(self._shown)
            self.beginInsertRows(QModelIndex(), row, row)
            self._shown.insert(row, position)
            self._rows = None
            self.endInsertRows()

    def _replace(self, position: int, record: Any) -> None:
        keys, descending = self._order_keys()
        old_key = keys[position] if keys else None
        self._records[position] = record
        if self._haystack is not None:
            self._haystack[position] = self.search_texts([record])[0]
        for column, column_keys in self._sort_keys.items():
            column_keys[position] = self._key(column, record)
        moved = bool(keys) and keys[position] != old_key
        if moved and self._full_order is not None:
            self._full_order.remove(position)
            self._full_order.insert(place(self._full_order, position, keys, descending), position)
        row = self._row_at(position)
        shown = self.matches(position, self._needle)
        if row >= 0 and not shown:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._shown[row]
            self._rows = None
            self.endRemoveRows()
        elif row < 0 and shown:
            to = place(self._shown, position, keys, descending) if keys else len(self._shown)
            self.beginInsertRows(QModelIndex(), to, to)
            self._shown.insert(to, position)
            self._rows = None
            self.endInsertRows()
        elif row >= 0:
            if moved:
                row = self._move(row, position, keys, descending)
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _move(self, row: int, position: int, keys: list[Any], descending: bool) -> int:
        """Move a shown row whose sort key changed to its new place; returns its new row."""
        del self._shown[row]
        to = place(self._shown, position, keys, descending)
        self._shown.insert(row, position)
        if to == row:
            return row
        # Qt counts the destination before the move: below the old row it is one further.
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + (to > row)):
            return row
        del self._shown[row]
        self._shown.insert(to, position)
        self._rows = None
        self.endMoveRows()
        return to
