"""What every tab and dialog needs: the open database, the change events and the background worker."""

from __future__ import annotations

from dataclasses import dataclass

from collab_desktop.store.database import Database
from collab_desktop.ui.events import DataEvents
from collab_desktop.ui.tasks import TaskRunner


@dataclass
class AppContext:
    """Shared by the window's parts; ``db`` changes when the user opens another database."""

    db: Database
    events: DataEvents
    tasks: TaskRunner
