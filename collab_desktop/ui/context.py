"""What every tab and dialog needs: the open database, the change events and the background worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from collab_desktop.store.database import Database
from collab_desktop.ui.events import DataEvents
from collab_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack


@dataclass
class AppContext:
    """Shared by the window's parts; ``db`` changes when the user opens another database."""

    db: Database
    events: DataEvents
    tasks: TaskRunner
    # The window's Edit > Undo history, for dialogs that undo their own steps (set by it).
    undo_stack: QUndoStack | None = None
