"""The month calendar by keyboard, and today and the selected day drawn so they stand out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.events import DataEvents
from collab_desktop.ui.tasks import TaskRunner

NY = ZoneInfo("America/New_York")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def view(db, qtbot):  # noqa: ANN001, ANN201
    from collab_desktop.ui.widgets.session_calendar_view import SessionCalendarView

    ctx = AppContext(db, DataEvents(), TaskRunner())
    widget = SessionCalendarView(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    ctx.tasks.wait()


def add(db, title: str, day: date) -> SessionRecord:  # noqa: ANN001
    start = datetime(day.year, day.month, day.day, 12, tzinfo=NY)
    return save_session(
        db,
        SessionRecord(
            collaborative_id=collaborative_by_name(db, "Universal Skills").id,
            title=title,
            start=start,
            end=start + timedelta(hours=1),
        ),
    )


def test_enter_opens_the_day_and_page_down_shows_next_month(view, qtbot, db) -> None:  # noqa: ANN001
    seminar = add(db, "Seminar", date(2030, 3, 12))
    later = add(db, "April session", date(2030, 4, 12))
    view.refresh()
    view.calendar.go_to(date(2030, 3, 12))
    grid = view.calendar.view
    grid.setFocus()
    with qtbot.waitSignal(view.open_session) as opened:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened.args == [seminar.id]
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert view.calendar.selected_day() == date(2030, 4, 12)
    assert [s.id for s in view.calendar.sessions_on(date(2030, 4, 12))] == [later.id]
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert view.calendar.selected_day() == date(2030, 4, 11)


def colours_in(view) -> set[str]:  # noqa: ANN001
    image = view.calendar.view.viewport().grab().toImage()
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def test_today_and_the_selected_day_are_marked(view, clock) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.session_calendar import zone_today

    # Today in the sessions' zone (New York in tests), not the date in UTC: at 02:00 UTC on
    # 2 December it is still 1 December in New York.
    clock.set(datetime(2026, 12, 2, 2, 0, tzinfo=UTC))
    today = date(2026, 12, 1)
    assert zone_today() == today
    view.today_button.click()
    assert view.calendar.selected_day() == today
    other = today + timedelta(days=1) if today.day < 20 else today - timedelta(days=1)
    view.calendar.go_to(other)
    shown = colours_in(view)
    assert "#d84315" in shown  # the ring around today
    assert view.calendar.palette().highlight().color().name() in shown  # the selected day


def test_a_kept_occurrence_and_its_new_twin_are_told_apart_in_the_calendar(
    view, db, clock, qtbot
) -> None:  # noqa: ANN001
    from collab_desktop.services.sessions.registrations import register, set_status
    from collab_desktop.services.sessions.series import create_series, series_sessions
    from collab_desktop.services.sessions.series_edits import edit_whole_series

    clock.set(datetime(2026, 12, 2, 10, tzinfo=NY))
    first = datetime(2026, 11, 10, 12, tzinfo=NY)
    template = SessionRecord(title="Huddle", start=first, end=first + timedelta(hours=1))
    result = create_series(db, template, "FREQ=WEEKLY;BYDAY=TU;COUNT=8")
    held = result.sessions[3]  # Tuesday 1 December, over, attended
    set_status(db, register(db, held.id, 1).id, "attended")
    edit_whole_series(
        db,
        result.series_id,
        series_sessions(db, result.series_id)[0],
        "FREQ=WEEKLY;BYDAY=WE;COUNT=8",
    )
    view.refresh()
    view.calendar.go_to(date(2026, 12, 1))
    assert "held on the old day" in view.calendar.day_tooltip(date(2026, 12, 1))
    assert "held on the old day" not in view.calendar.day_tooltip(date(2026, 12, 2))
    view.span.setCurrentIndex(1)  # the week: both are in the agenda, the kept one in words
    shown = [
        view.agenda.proxy.index(r, c).data()
        for r in range(view.agenda.proxy.rowCount())
        for c in range(view.agenda.proxy.columnCount())
    ]
    assert "Huddle (held on the old day)" in shown and "Huddle" in shown
    view.grab()  # both chips paint
