"""The Sessions calendar follows the session chosen in the List or the agenda, and the agenda
keeps that session selected while the calendar moves."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.sessions.sessions import save_session

# The offscreen platform warns when a shown window passes size hints; that is not our doing.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NY = ZoneInfo("America/New_York")


def add(db, title: str, day: date) -> SessionRecord:  # noqa: ANN001
    start = datetime(day.year, day.month, day.day, 12, tzinfo=NY)
    record = SessionRecord(
        collaborative_id=2, title=title, start=start, end=start + timedelta(hours=1)
    )
    return save_session(db, record)


def shown_month(view) -> tuple[int, int]:  # noqa: ANN001 - SessionCalendarView
    return view.calendar.yearShown(), view.calendar.monthShown()


def agenda_ids(view) -> list[int]:  # noqa: ANN001
    return [s.id for s in view.agenda.model.records()]


def test_a_session_picked_in_the_list_moves_the_calendar_to_its_day(
    clock, window, qtbot, db
) -> None:  # noqa: ANN001
    january = add(db, "New year huddle", date(2027, 1, 14))
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    view = tab.calendar_view
    assert shown_month(view) == (2026, 12)  # today's month, as the clock stands
    tab.session_views.setCurrentIndex(1)  # the List
    assert tab.table.select_id(january.id)
    assert tab.current_id == january.id
    assert view.calendar.selected_day() == date(2027, 1, 14)
    assert shown_month(view) == (2027, 1)
    tab.session_views.setCurrentIndex(0)  # back on the calendar: the form's session is chosen
    assert view.agenda.current_record().id == january.id
    assert view.selected_session().id == january.id


def test_the_agenda_keeps_its_session_while_the_calendar_moves(clock, window, qtbot, db) -> None:  # noqa: ANN001
    thursday = add(db, "Thursday huddle", date(2026, 12, 3))
    add(db, "Friday seminar", date(2026, 12, 4))
    window.tabs.setCurrentWidget(window.sessions_tab)
    view = window.sessions_tab.calendar_view
    view.refresh()
    assert thursday.id in agenda_ids(view)  # this week's agenda, from Wednesday
    assert view.agenda.select_id(thursday.id)  # a click or arrow key in the agenda
    assert window.sessions_tab.current_id == thursday.id
    assert view.calendar.selected_day() == date(2026, 12, 3)
    assert view.agenda.current_record().id == thursday.id
    # Later the calendar moves on (Page Down, the month arrow) and comes back: the session
    # stays the agenda's choice wherever the agenda lists it.
    view.calendar.go_to(date(2027, 2, 10))
    assert thursday.id not in agenda_ids(view)
    view.calendar.go_to(date(2026, 12, 2))
    assert view.agenda.current_record().id == thursday.id


def test_a_session_picked_in_the_month_agenda_becomes_the_calendar_day(
    clock, window, qtbot, db
) -> None:  # noqa: ANN001
    late = add(db, "Year-end review", date(2026, 12, 30))
    window.tabs.setCurrentWidget(window.sessions_tab)
    view = window.sessions_tab.calendar_view
    view.span.setCurrentIndex(view.span.findData("month"))
    view.refresh()
    assert view.agenda.select_id(late.id)
    assert view.calendar.selected_day() == date(2026, 12, 30)
    assert view.agenda.current_record().id == late.id
    assert window.sessions_tab.current_id == late.id
