"""A contact's attendance history: every session they registered for and what happened."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from collab_desktop.domain.series_records import AttendanceEntry
from collab_desktop.domain.translation import translate
from collab_desktop.services.sessions.attendance import attendance_counts, attendance_history
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.locale_format import day_time_text, number_text
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import fetch_or_none
from collab_desktop.ui.widgets.related_list import RelatedList

STATUS_COLOURS = {"attended": "#2E7D32", "absent": "#C62828", "not yet marked": "#F9A825"}


def shown_status(entry: AttendanceEntry) -> str:
    """An entry's status in the chosen language (stored in English)."""
    return translate("Vocabulary", entry.status)


def history_columns() -> list[Column]:
    """The table's columns, headed in the chosen language; a status shows in it too."""
    return [
        Column(
            translate("AttendanceHistoryList", "When"),
            lambda e: day_time_text(e.start),
            lambda e: e.start.timestamp(),
        ),
        Column(translate("AttendanceHistoryList", "Session"), lambda e: e.title),
        Column(translate("AttendanceHistoryList", "Collaborative"), lambda e: e.collaborative_name),
        Column(
            translate("AttendanceHistoryList", "Status"),
            shown_status,
            colour=lambda e: STATUS_COLOURS.get(e.status),
        ),
    ]


class AttendanceHistoryList(RelatedList):
    """Shown under a contact's collaboratives on the Contacts tab (which reloads it on changes)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("AttendanceHistoryList", "Attendance"),
            history_columns(),
            # The stored status and the one shown (in the chosen language) both find a row.
            lambda e: f"{e.title}\t{e.collaborative_name}\t{e.status}\t{shown_status(e)}",
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
        title = translate("AttendanceHistoryList", "Attendance")
        if entries:
            title = translate(
                "AttendanceHistoryList",
                "Attendance ({attended} attended of {registered} registered)",
            ).format(
                attended=number_text(counts.get("attended", 0)),
                registered=number_text(len(entries)),
            )
        self.set_records(entries, title)
