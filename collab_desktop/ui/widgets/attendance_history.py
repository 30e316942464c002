"""A contact's attendance history: every session they registered for and what happened."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from collab_desktop.services.sessions.attendance import attendance_counts, attendance_history
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import fetch_or_none
from collab_desktop.ui.widgets.related_list import RelatedList

STATUS_COLOURS = {"attended": "#2E7D32", "absent": "#C62828", "not yet marked": "#F9A825"}

HISTORY_COLUMNS = [
    Column("When", lambda e: f"{e.start:%d %b %Y %H:%M}", lambda e: e.start.timestamp()),
    Column("Session", lambda e: e.title),
    Column("Collaborative", lambda e: e.collaborative_name),
    Column("Status", lambda e: e.status, colour=lambda e: STATUS_COLOURS.get(e.status)),
]


class AttendanceHistoryList(RelatedList):
    """Shown under a contact's collaboratives on the Contacts tab (which reloads it on changes)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "Attendance",
            HISTORY_COLUMNS,
            lambda e: f"{e.title}\t{e.collaborative_name}\t{e.status}",
            parent,
        )
        self.ctx = ctx
        self.contact_id: int | None = None

    def load(self, contact_id: int | None) -> None:
        """Show the history of a contact (None: empty)."""
        self.contact_id = contact_id
        found = fetch_or_none(attendance_history, self.ctx.db, contact_id) if contact_id else []
        entries = found or []  # None: the contact was deleted meanwhile
        counts = attendance_counts(entries)
        title = "Attendance"
        if entries:
            title += f" ({counts.get('attended', 0)} attended of {len(entries)} registered)"
        self.set_records(entries, title)
