"""The editors of a session's details, shared by the Sessions tab's form and the session dialog.

Each form lays the editors out its own way; loading a record, reading one back and keeping the
session's length when its start moves are done here once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from collab_desktop.domain import clock
from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.timezones import localize
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import SESSION_KIND_LABELS, SESSION_KINDS
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.store.database import Database
from collab_desktop.ui.widgets.choices import combo_value, fixed_combo, set_combo_value

# Day and month names come from the editor's locale (the chosen language's).
DATETIME_FORMAT = "ddd d MMM yyyy  HH:mm"


def qdatetime(moment: datetime) -> QDateTime:
    """A session time (to the minute) for a QDateTimeEdit."""
    return QDateTime(moment.date(), QTime(moment.hour, moment.minute))


def datetime_edit() -> QDateTimeEdit:
    """A date-and-time editor with a calendar pop-up."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATETIME_FORMAT)
    return edit


def blank_session() -> SessionRecord:
    """A new session: tomorrow at noon, for an hour, in the workstation's zone."""
    start = clock.local_now().replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    start = start.replace(hour=12)
    return SessionRecord(start=start, end=start + timedelta(hours=1))


class SessionFields:
    """Collaborative, title, kind, start, end, location, presenters, capacity and notes editors.

    Once linked, moving the start moves the end with it, keeping the session's length, while
    ``keep_length()`` says so (the tab only does it for a user's edit, not while loading).
    """

    def __init__(
        self, db: Database, owner: QWidget, keep_length: Callable[[], bool] = lambda: True
    ) -> None:
        self.db = db
        self._keep_length = keep_length
        self.collab = QComboBox()
        self.title = QLineEdit()
        self.kind = fixed_combo(SESSION_KINDS, SESSION_KIND_LABELS)
        self.start = datetime_edit()
        self.end = datetime_edit()
        self.location = QLineEdit()
        self.presenters = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(translate("SessionFields", "No limit"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(owner.fontMetrics().lineSpacing() * 3 + 12)
        self._last_start: QDateTime | None = None

    def link_end_to_start(self) -> None:
        """From now on a moved start moves the end (connect after the form's own watchers)."""
        self.start.dateTimeChanged.connect(self._start_moved)

    def fill_collaboratives(self) -> None:
        """List the collaboratives, then 'all collaboratives' (for the annual gathering)."""
        blocker = self.collab.blockSignals(True)
        self.collab.clear()
        for c in list_collaboratives(self.db):
            self.collab.addItem(c.name, c.id)
        self.collab.addItem(
            translate("SessionFields", "All collaboratives (e.g. the October gathering)"), None
        )
        self.collab.blockSignals(blocker)

    def _start_moved(self, new_start: QDateTime) -> None:
        if self._last_start is not None and self._keep_length():
            length = self._last_start.secsTo(self.end.dateTime())
            if length > 0:
                self.end.setDateTime(new_start.addSecs(length))
        self._last_start = new_start

    def load(self, s: SessionRecord) -> None:
        """Show a session; a new one starts in the first collaborative ('all' is chosen on
        purpose)."""
        index = self.collab.findData(s.collaborative_id)
        if s.id is None and s.collaborative_id is None:
            index = 0
        self.collab.setCurrentIndex(index if index >= 0 else self.collab.count() - 1)
        self.title.setText(s.title)
        set_combo_value(self.kind, s.kind)
        self._last_start = None
        self.start.setDateTime(qdatetime(s.start))
        self.end.setDateTime(qdatetime(s.end))
        self._last_start = self.start.dateTime()
        self.location.setText(s.location)
        self.presenters.setText(s.presenters)
        self.capacity.setValue(s.capacity or 0)
        self.notes.setPlainText(s.notes)

    def read(self, base: SessionRecord) -> SessionRecord:
        """base (its id, series, links, role and cancelled flag) with the edited details."""
        return SessionRecord(
            id=base.id,
            collaborative_id=self.collab.currentData(),
            title=self.title.text(),
            kind=combo_value(self.kind),
            start=localize(self.start.dateTime().toPython()),
            end=localize(self.end.dateTime().toPython()),
            location=self.location.text(),
            presenters=self.presenters.text(),
            capacity=self.capacity.value() or None,
            notes=self.notes.toPlainText(),
            series_id=base.series_id,
            followup_of_id=base.followup_of_id,
            restricted_role=base.restricted_role,
            cancelled=base.cancelled,
            version=base.version,  # the version the edits started from (a stale save is refused)
        )
