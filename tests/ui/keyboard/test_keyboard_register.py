"""Registering people for a session with the keyboard alone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from keyboard_driver import ALT, Keyboard, ModalSteps
from PySide6.QtCore import Qt

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.contacts import list_contacts
from collab_desktop.services.sessions.registrations import list_registrations
from collab_desktop.services.sessions.sessions import save_session


def test_register_a_person_with_keys_only(clock, active_window, keys, qtbot, db) -> None:  # noqa: ANN001
    start = datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=2, title="Huddle", start=start, end=start + timedelta(hours=1)
        ),
    )
    person = list_contacts(db)[1]
    window = active_window
    keys.press(Qt.Key.Key_S, ALT)
    window.sessions_tab.calendar_view.refresh()
    keys.tab_to("Agenda")
    keys.press(Qt.Key.Key_Down)  # the week's first session: the huddle, now in the form
    qtbot.waitUntil(lambda: window.sessions_tab.current_id == session.id)
    keys.tab_to("Add people…")

    def pick(k: Keyboard) -> None:
        assert k.name() == "Search contacts"
        k.type(person.email)
        k.press(Qt.Key.Key_Tab)
        assert k.name() == "Contacts"
        k.press(Qt.Key.Key_Return)  # Add the one match, the row the keyboard is on

    steps = ModalSteps(qtbot, keys, [("Register people", pick)])
    keys.press(Qt.Key.Key_Space)
    window.ctx.tasks.wait()
    assert steps.done == ["Register people"]
    registered = {r.contact_id: r.status for r in list_registrations(db, session.id)}
    assert registered == {person.id: "registered"}
