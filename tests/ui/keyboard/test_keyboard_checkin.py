"""Checking people in at a session with the keyboard alone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from keyboard_driver import ALT, active_dialog
from PySide6.QtCore import Qt

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.contacts import list_contacts
from collab_desktop.services.sessions.registrations import list_registrations, register_people
from collab_desktop.services.sessions.sessions import save_session


def test_check_in_by_typing_a_name(clock, active_window, keys, qtbot, db) -> None:  # noqa: ANN001
    # Thursday this week (the clock stands on Wednesday 2 December 2026): in the week's agenda.
    start = datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=2, title="Huddle", start=start, end=start + timedelta(hours=1)
        ),
    )
    people = list_contacts(db)[:2]
    register_people(db, session.id, [c.id for c in people])
    window = active_window
    keys.press(Qt.Key.Key_S, ALT)
    window.sessions_tab.calendar_view.refresh()
    keys.tab_to("Calendar of sessions")  # on today, Wednesday
    keys.press(Qt.Key.Key_Right)  # Thursday: the huddle is that day's only session
    assert "Huddle" in window.sessions_tab.calendar_view.calendar.accessibleDescription()
    keys.tab_to("Check-in…", limit=100)
    keys.press(Qt.Key.Key_Space)
    dialog = active_dialog(qtbot)
    assert keys.name() == "Find a name"  # the dialog starts in its search box
    keys.type(people[1].last_name)
    keys.press(Qt.Key.Key_Return)
    statuses = {r.contact_id: r.status for r in list_registrations(db, session.id)}
    assert statuses[people[1].id] == "attended"
    assert statuses[people[0].id] != "attended"
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
