"""One event for every change: views refresh on ``data_changed(kind, ids)`` instead of calling each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Hub owned by the main window and handed to every tab and dialog."""

    # (kind, ids): kind is a record kind ("collaborative", "contact", "membership", "session",
    # "registration") or "all", which means reload everything (a new database, a restore).
    data_changed = Signal(str, list)
    # A services.undo.undo Change made outside the tabs (e.g. in a dialog), for Edit > Undo.
    change_recorded = Signal(object)

    def changed(self, kind: str, ids: list | None = None) -> None:
        """Tell every view that records of this kind changed (ids empty: unknown or many)."""
        self.data_changed.emit(kind, list(ids or []))

    def record(self, change: object) -> None:
        """Hand a change just made to the undo history (a services.undo.undo Change)."""
        self.change_recorded.emit(change)
