"""The Sessions calendar, the session dialog and check-in mode, driven with qtbot."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.sessions.registrations import list_registrations, register
from collab_desktop.services.sessions.series import series_sessions
from collab_desktop.services.sessions.sessions import get_session, list_sessions, save_session
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.events import DataEvents
from collab_desktop.ui.tasks import TaskRunner

# The offscreen platform warns when a shown window passes size hints; that is not our doing.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NY = ZoneInfo("America/New_York")
DAY = date(2030, 3, 12)


@pytest.fixture
def ctx(db, qtbot):  # noqa: ANN001, ANN201
    context = AppContext(db, DataEvents(), TaskRunner())
    yield context
    context.tasks.wait()


def add(db, collab: str | None, title: str, day: date, hour: int = 12) -> SessionRecord:  # noqa: ANN001
    start = datetime(day.year, day.month, day.day, hour, tzinfo=NY)
    return save_session(
        db,
        SessionRecord(
            collaborative_id=collaborative_by_name(db, collab).id if collab else None,
            title=title,
            start=start,
            end=start + timedelta(hours=1),
            capacity=20,
        ),
    )


def test_month_view_filter_keyboard_and_double_click(ctx, qtbot, clock) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.session_calendar_view import SessionCalendarView

    seminar = add(ctx.db, "LHS E-STaR", "Seminar", DAY)
    add(ctx.db, "Care Experience", "Huddle", DAY + timedelta(days=1), 9)
    gathering = add(ctx.db, None, "Gathering", DAY + timedelta(days=2))
    view = SessionCalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    view.calendar.go_to(DAY)
    assert [s.title for s in view.calendar.sessions_on(DAY)] == ["Seminar"]
    assert len(view.agenda.visible_records()) == 3  # the week around the 12th
    view.filter.setCurrentIndex(view.filter.findData(seminar.collaborative_id))
    assert view.calendar.sessions_on(DAY + timedelta(days=1)) == []
    assert [s.id for s in view.calendar.sessions_on(DAY + timedelta(days=2))] == [gathering.id]

    view.calendar.setFocus()
    qtbot.keyClick(view.calendar.focusWidget() or view.calendar, Qt.Key.Key_Right)
    assert view.calendar.selected_day() == DAY + timedelta(days=1)
    view.span.setCurrentIndex(0)  # selected day only
    assert view.agenda.visible_records() == []

    with qtbot.waitSignal(view.open_session) as opened:
        view.calendar.activated.emit(QDate(DAY.year, DAY.month, DAY.day))
    assert opened.args == [seminar.id]
    with qtbot.waitSignal(view.new_session) as new:
        view.calendar.activated.emit(QDate(2030, 3, 20))
    assert new.args == [date(2030, 3, 20)]
    view.today_button.click()
    assert view.calendar.selected_day() == clock.moment.astimezone(NY).date()  # sessions' zone
    view.grab()  # paints every cell with its chips without error


def test_check_in_by_click_enter_and_undo(ctx, qtbot) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.checkin_dialog import CheckInDialog

    session = add(ctx.db, "LHS E-STaR", "Seminar", DAY)
    people = [("Ana", "Lopez"), ("Ben", "Okafor"), ("Chloe", "Nguyen")]
    for first, last in people:
        contact = save_contact(
            ctx.db, ContactRecord(first_name=first, last_name=last, email=f"{first}@example.org")
        )
        register(ctx.db, session.id, contact.id)
    dialog = CheckInDialog(ctx, get_session(ctx.db, session.id))
    qtbot.addWidget(dialog)
    dialog.show()
    statuses = lambda: {r.last_name: r.status for r in list_registrations(ctx.db, session.id)}  # noqa: E731

    first_row = dialog.table.view.visualRect(dialog.table.proxy.index(0, 0)).center()
    qtbot.mouseClick(dialog.table.view.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    assert statuses()["Lopez"] == "attended"  # sorted by last name: Lopez first
    qtbot.keyClicks(dialog.table.search, "okaf")
    qtbot.keyClick(dialog.table.search, Qt.Key.Key_Return)
    assert statuses()["Okafor"] == "attended" and dialog.table.search.text() == ""
    assert dialog.count.text() == "2 of 3 checked in"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert statuses()["Okafor"] == "registered"
    dialog.undo_button.click()
    assert statuses() == {"Lopez": "registered", "Okafor": "registered", "Nguyen": "registered"}
    assert not dialog.undo_button.isEnabled()


def test_session_dialog_creates_series_with_followup_and_splits(ctx, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs import edit_scope, session_dialog

    dialog = session_dialog.open_session_dialog(ctx, None, day=datetime(2030, 1, 8))
    qtbot.addWidget(dialog)
    dialog.collab.setCurrentIndex(
        dialog.collab.findData(collaborative_by_name(ctx.db, "LHS E-STaR").id)
    )
    dialog.title_edit.setText("LHS seminar")
    dialog.recurrence.repeat.setCurrentIndex(dialog.recurrence.repeat.findData("monthly"))
    dialog.recurrence.by_weekday.setChecked(True)
    dialog.recurrence.count.setValue(12)
    assert "2nd Tuesday" in dialog.recurrence.summary.text()
    dialog.followup.setChecked(True)
    with qtbot.waitSignal(ctx.events.changes):
        assert dialog.save()
    made = [get_session(ctx.db, i) for i in dialog.saved_ids]
    assert len(made) == 24
    assert sum(1 for s in made if s.restricted_role == "scientist") == 12

    fourth = sorted((s for s in made if s.title == "LHS seminar"), key=lambda s: s.start)[3]
    monkeypatch.setattr(
        edit_scope, "ask_edit_scope", lambda _parent: edit_scope.EditScope.FOLLOWING
    )
    edit = session_dialog.open_session_dialog(ctx, fourth.id)
    qtbot.addWidget(edit)
    assert edit.registrations.isVisibleTo(edit)
    edit.location.setText("Room 2")
    assert edit.save()
    old = series_sessions(ctx.db, fourth.series_id)
    assert len(old) == 3 and {s.location for s in old} == {""}
    moved = get_session(ctx.db, fourth.id)
    assert moved.series_id != fourth.series_id and moved.location == "Room 2"
    assert len(series_sessions(ctx.db, moved.series_id)) == 9


def test_main_window_has_session_file_actions(ctx, db, qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from collab_desktop.ui.main_window import MainWindow

    session = add(db, "LHS E-STaR", "Seminar", DAY)
    window = MainWindow(db)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"Export sign-up sheet…", "Read attendance…", "Export calendar (.ics)…"} <= set(texts)
    window.sessions_tab.select_record(session.id)
    assert window.sessions_tab.selected_session_id() == session.id
    out = tmp_path / "sheet.xlsx"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (5, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.session_actions.export_sheet.trigger()
    qtbot.waitUntil(out.exists)
    window.ctx.tasks.wait()
    assert len(list_sessions(db)) == 1


def test_grid_points_map_to_days_for_tooltips(ctx, qtbot) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.session_calendar import SessionCalendar

    seminar = add(ctx.db, "LHS E-STaR", "Seminar", DAY)
    calendar = SessionCalendar()
    qtbot.addWidget(calendar)
    calendar.resize(900, 700)
    calendar.show()
    calendar.set_sessions([seminar])
    calendar.go_to(DAY)
    seen = set()
    model = calendar.view.model()
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            day = calendar.date_at(calendar.view.visualRect(model.index(row, col)).center())
            if day is not None:
                seen.add(day)
    # Every shown cell is a distinct, consecutive day around March 2030.
    assert len(seen) == 42 and max(seen) - min(seen) == timedelta(days=41)
    assert date(2030, 3, 1) in seen and date(2030, 3, 31) in seen
    assert (
        calendar.day_tooltip(DAY)
        == "12:00–13:00  Seminar (LHS E-STaR: LHS Scientists Collaborative)"
    )
    assert calendar.day_tooltip(DAY + timedelta(days=1)) == ""


def test_attendance_preview_dialog_lists_what_will_change(ctx, qtbot, tmp_path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    from collab_desktop.services.sessions.signup_sheets import (
        export_signup_sheet,
        preview_attendance,
    )
    from collab_desktop.ui.dialogs.attendance_preview_dialog import AttendancePreviewDialog

    session = add(ctx.db, "LHS E-STaR", "Seminar", DAY)
    for name in ("Lopez", "Okafor"):
        contact = save_contact(ctx.db, ContactRecord(last_name=name, email=f"{name}@example.org"))
        register(ctx.db, session.id, contact.id)
    path = export_signup_sheet(ctx.db, session.id, tmp_path / "s.xlsx")
    wb = load_workbook(path)
    wb.active["E8"] = "x"
    wb.active["B10"], wb.active["D10"] = "Maria Garcia", "maria@example.org"
    wb.save(path)
    dialog = AttendancePreviewDialog(preview_attendance(ctx.db, path, session.id), "Seminar")
    qtbot.addWidget(dialog)
    items = {k: [w.item(i).text() for i in range(w.count())] for k, w in dialog.lists.items()}
    assert items["attended"] == ["Lopez"] and items["absent"] == ["Okafor"]
    assert items["walk_ins"] == ["Maria Garcia <maria@example.org>  (new contact)"]
    assert items["problems"] == ["(none)"]


def test_list_form_asks_which_occurrences_an_edit_is_for(ctx, db, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from collab_desktop.services.sessions.series import create_series
    from collab_desktop.ui.dialogs import edit_scope
    from collab_desktop.ui.main_window import MainWindow

    start = datetime(2030, 1, 8, 12, tzinfo=NY)
    result = create_series(
        db,
        SessionRecord(title="Seminar", start=start, end=start + timedelta(hours=1)),
        "FREQ=MONTHLY;BYDAY=2TU;COUNT=4",
    )
    window = MainWindow(db)
    qtbot.addWidget(window)
    tab = window.sessions_tab
    answers = [None, edit_scope.EditScope.SERIES]
    monkeypatch.setattr(edit_scope, "ask_edit_scope", lambda _parent: answers.pop(0))
    assert tab.select_record(result.sessions[2].id)
    tab.title_edit.setText("Renamed seminar")
    assert not tab.save()  # the question was cancelled: nothing saved
    assert {s.title for s in series_sessions(db, result.series_id)} == {"Seminar"}
    assert tab.save()
    assert {s.title for s in series_sessions(db, result.series_id)} == {"Renamed seminar"}
