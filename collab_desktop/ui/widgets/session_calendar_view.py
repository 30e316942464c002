"""The Sessions tab's calendar: month view, agenda list, collaborative filter, check-in."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.timezones import localize
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.sessions.registrations import capacity_text
from collab_desktop.services.sessions.sessions import list_sessions
from collab_desktop.ui.accessibility import set_name
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.icons import icon
from collab_desktop.ui.locale_format import (
    date_text,
    long_day_text,
    month_text,
    time_text,
    weekday_day_text,
)
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.widgets.record_table import RecordTable
from collab_desktop.ui.widgets.session_calendar import SessionCalendar, zone_today
from collab_desktop.ui.widgets.wrapping_row import WrappingRow

EVERY = "__every__"
# Shown through translate("SessionCalendarView", label).
AGENDA_SPANS = (
    ("day", QT_TRANSLATE_NOOP("SessionCalendarView", "Agenda: day")),
    ("week", QT_TRANSLATE_NOOP("SessionCalendarView", "Agenda: week")),
    ("month", QT_TRANSLATE_NOOP("SessionCalendarView", "Agenda: month")),
)


def agenda_range(day: date, span: str) -> tuple[date, date]:
    """[first, last) days the agenda shows for a selected day."""
    if span == "day":
        return day, day + timedelta(days=1)
    if span == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=7)
    first = day.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1)


def when_text(s: SessionRecord) -> str:
    """'Wed 04 Nov  12:00–13:00': a session's day and hours in the agenda."""
    return translate("SessionCalendarView", "{day}  {start}–{end}").format(
        day=weekday_day_text(s.start.date()), start=time_text(s.start), end=time_text(s.end)
    )


def agenda_columns() -> list[Column]:
    """The agenda's columns, headed in the chosen language."""
    return [
        Column(translate("SessionCalendarView", "When"), when_text, lambda s: s.start.timestamp()),
        Column(
            translate("SessionCalendarView", "Collaborative"),
            lambda s: s.collaborative_name,
            colour=lambda s: s.colour,
        ),
        Column(translate("SessionCalendarView", "Title"), lambda s: s.title + s.state_note()),
        Column(
            translate("SessionCalendarView", "Registered"),
            lambda s: capacity_text(s.registered_count, s.capacity),
            align_right=True,
        ),
    ]


def colour_swatch(colour: str, size: int = 14) -> QIcon:
    """A small square of a collaborative's calendar colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour or "#607D8B"))
    return QIcon(pixmap)


def agenda_title(day: date, first: date, span: str, count: int) -> str:
    """'Week of 30 November 2026 — 3 sessions': what the agenda lists."""
    if span == "day":
        label = long_day_text(day)
    elif span == "week":
        label = translate("SessionCalendarView", "Week of {day}").format(day=date_text(first))
    else:
        label = month_text(first)
    if count == 1:
        return translate("SessionCalendarView", "{span} — 1 session").format(span=label)
    return translate("SessionCalendarView", "{span} — %n sessions", None, count).format(span=label)


class SessionCalendarView(QWidget):
    """Emits ``open_session(id)`` on double-click, ``new_session(date)`` on an empty day,
    ``check_in(id)`` for the check-in button and ``session_selected(id)`` as the agenda moves."""

    open_session = Signal(int)
    new_session = Signal(object)
    check_in = Signal(int)
    session_selected = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._sessions: list[SessionRecord] = []
        self._loaded = False  # the first show fetches; start-up does not pay for a hidden tab
        self._shown_id: int | None = None  # the session in the form, kept selected in the agenda
        self.filter = QComboBox()
        self.filter.setMinimumContentsLength(14)
        self.filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.span = QComboBox()
        for value, label in AGENDA_SPANS:
            self.span.addItem(translate("SessionCalendarView", label), value)
        self.span.setCurrentIndex(1)
        set_name(self.filter, translate("SessionCalendarView", "Show the sessions of"))
        set_name(
            self.span,
            translate("SessionCalendarView", "Agenda span"),
            translate("SessionCalendarView", "How many days the agenda under the calendar lists"),
        )
        self.today_button = QPushButton(icon("calendar"), translate("SessionCalendarView", "Today"))
        self.today_button.setToolTip(translate("SessionCalendarView", "Go to today (Ctrl+T)"))
        self.today_button.setShortcut("Ctrl+T")
        self.new_button = QPushButton(icon("add"), translate("SessionCalendarView", "New session…"))
        self.checkin_button = QPushButton(
            icon("check"), translate("SessionCalendarView", "Check-in…")
        )
        self.checkin_button.setToolTip(
            translate("SessionCalendarView", "Open check-in mode for the selected session")
        )
        # One row, or more when the pane is narrow (a large font): the form beside keeps its room.
        self.top_row = WrappingRow(
            [QLabel(translate("SessionCalendarView", "Show")), self.filter],
            [self.today_button],
            [self.span],
            [self.new_button, self.checkin_button],
        )
        self.calendar = SessionCalendar()
        filter_agenda = translate("SessionCalendarView", "Filter the agenda")
        self.agenda = RecordTable(
            agenda_columns(),
            lambda s: f"{s.title}\t{s.collaborative_name}",
            filter_agenda,
            shortcut_hint=False,
        )
        self.agenda.set_accessible_names(translate("SessionCalendarView", "Agenda"), filter_agenda)
        self.agenda_title = QLabel()
        self.agenda_title.setObjectName("sectionTitle")
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.agenda_title)
        agenda_layout.addWidget(self.agenda, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.calendar)
        self.splitter.addWidget(agenda_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.top_row)
        layout.addWidget(self.splitter, 1)

        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.span.currentIndexChanged.connect(lambda _i: self._fill_agenda())
        self.calendar.selectionChanged.connect(self._fill_agenda)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.activated.connect(self._on_day_activated)
        self.today_button.clicked.connect(lambda: self.calendar.go_to(zone_today()))
        self.new_button.clicked.connect(lambda: self.new_session.emit(self.calendar.selected_day()))
        self.agenda.activated.connect(lambda s: s is not None and self.open_session.emit(s.id))
        self.agenda.current_changed.connect(self._on_agenda_current)
        self.checkin_button.clicked.connect(self._on_check_in)
        ctx.events.changes.connect(self._on_changes)

    def ensure_loaded(self) -> None:
        """Fill the filter and the shown month the first time they are needed."""
        if not self._loaded:
            self._loaded = True
            self._fill_filter()
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.ensure_loaded()
        super().showEvent(event)

    def _fill_filter(self) -> None:
        current = self.filter.currentData()
        blocker = self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(translate("SessionCalendarView", "Every collaborative"), EVERY)
        for c in list_collaboratives(self.ctx.db):
            # The swatch doubles as the calendar's legend.
            self.filter.addItem(colour_swatch(c.colour), c.short_name or c.name, c.id)
            self.filter.setItemData(self.filter.count() - 1, c.name, Qt.ItemDataRole.ToolTipRole)
        index = self.filter.findData(current)
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(blocker)

    def _on_changes(self, changes: ChangeSet) -> None:
        if not self._loaded:
            return
        if changes.touches(Kind.COLLABORATIVE):
            self._fill_filter()
        # The shown month is one small query: fetched again whole rather than by id.
        if changes.touches(Kind.SESSION, Kind.REGISTRATION, Kind.COLLABORATIVE):
            self.refresh()

    def visible_range(self) -> tuple[datetime, datetime]:
        """The shown month with a week either side (the grid shows neighbouring days)."""
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = localize(datetime.combine(first - timedelta(days=14), time()))
        return start, start + timedelta(days=31 + 28)

    def refresh(self) -> None:
        """Fetch the shown month's sessions for the chosen collaborative and redraw."""
        if not self._loaded:
            return
        start, end = self.visible_range()
        wanted = self.filter.currentData()
        sessions = list_sessions(self.ctx.db, start=start, end=end)
        if wanted not in (EVERY, None):
            sessions = [s for s in sessions if s.collaborative_id in (wanted, None)]
        self._sessions = sessions
        self.calendar.set_sessions(sessions)
        self._fill_agenda()

    def _fill_agenda(self) -> None:
        day = self.calendar.selected_day()
        span = str(self.span.currentData())
        first, last = agenda_range(day, span)
        if span == "month" and (day.year, day.month) != (
            self.calendar.yearShown(),
            self.calendar.monthShown(),
        ):
            first, last = agenda_range(day, "week")
        shown = [s for s in self._sessions if first <= s.start.date() < last]
        current = self.agenda.current_record()
        # The agenda keeps its selection, or takes the form's session once it lists it (the
        # month it is in is fetched after the calendar has moved to its day).
        keep = getattr(current, "id", None) or self._shown_id
        self.agenda.set_records(shown, keep_id=keep)
        self.agenda.fit_columns(280)
        self.agenda_title.setText(agenda_title(day, first, span, len(shown)))
        self.checkin_button.setEnabled(self.selected_session() is not None)

    def show_session(self, session: SessionRecord) -> None:
        """Move the calendar to the session's day, its month shown, and select it in the agenda."""
        self._shown_id = session.id
        if session.start is not None and session.start.date() != self.calendar.selected_day():
            self.calendar.go_to(session.start.date())
        self.agenda.select_id(session.id, emit=False)
        self.checkin_button.setEnabled(self.selected_session() is not None)

    def selected_session(self) -> SessionRecord | None:
        """The agenda's current session, or the only session on the selected day."""
        current = self.agenda.current_record()
        if current is not None:
            return current
        on_day = self.calendar.sessions_on(self.calendar.selected_day())
        return on_day[0] if len(on_day) == 1 else None

    def _on_agenda_current(self, record: SessionRecord | None) -> None:
        self.checkin_button.setEnabled(self.selected_session() is not None)
        if record is not None:
            self.session_selected.emit(record.id)

    def _on_day_activated(self, qdate: QDate) -> None:
        day = date(qdate.year(), qdate.month(), qdate.day())
        on_day = self.calendar.sessions_on(day)
        if len(on_day) == 1:
            self.open_session.emit(on_day[0].id)
        elif on_day:
            self.span.setCurrentIndex(0)
            self.agenda.view.setFocus()
            self.agenda.select_id(on_day[0].id)
        else:
            self.new_session.emit(day)

    def _on_check_in(self) -> None:
        session = self.selected_session()
        if session is not None:
            self.check_in.emit(session.id)
