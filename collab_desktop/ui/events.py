"""One event for every change: views refresh on ``changes(ChangeSet)`` instead of calling each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from collab_desktop.domain.changes import ChangeSet


class DataEvents(QObject):
    """Hub owned by the main window and handed to every tab and dialog."""

    # What a write changed (ui/operations.py publishes it once per operation).
    changes = Signal(object)
    # A services.undo.undo Change just made, for Edit > Undo (the one way into the history).
    change_recorded = Signal(object)
    # The team server could not be reached (its one line, and the widget whose work failed or
    # None): the window shows its bar, keeps that work and asks the server again.
    server_unreachable = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # While changes made elsewhere are being published: who made them ("" when unknown);
        # None while this window's own changes are.
        self.changed_by: str | None = None

    def publish(self, changes: ChangeSet) -> None:
        """Tell every view what changed (nothing is sent for an empty change set)."""
        if changes:
            self.changes.emit(changes)

    def publish_from_elsewhere(self, changes: ChangeSet, user: str = "") -> None:
        """Tell every view what another window committed; ``changed_by`` names who meanwhile, so a
        form with unsaved edits can say it rather than overwrite them."""
        if not changes:
            return
        previous, self.changed_by = self.changed_by, user
        try:
            self.changes.emit(changes)
        finally:
            self.changed_by = previous

    def record(self, change: object) -> None:
        """Hand a change just made to the undo history (a services.undo.undo Change)."""
        self.change_recorded.emit(change)

    def note_failure(self, exc: BaseException, url: str, source: object = None) -> bool:
        """Tell the window when exc means the server cannot be reached; True when it did."""
        from collab_desktop.store.errors import DatabaseUnavailable
        from collab_desktop.store.failures import server_failure_message

        if isinstance(exc, DatabaseUnavailable):
            message = str(exc)
        else:
            message = server_failure_message(exc, url)
        if message is None:
            return False
        self.server_unreachable.emit(message, source)
        return True
