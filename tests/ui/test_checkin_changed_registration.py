"""Check-in on a registration someone changed since the list was shown: the latest row is checked
in, and the dialog says so; marks in the session panel are refused instead of overwriting."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.contacts import list_contacts
from collab_desktop.services.sessions import registrations
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.store import acting_user

START = datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo("America/New_York"))


def _session(db):  # noqa: ANN001, ANN202
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=2, title="Huddle", start=START, end=START + timedelta(hours=1)
        ),
    )
    person = next(c for c in list_contacts(db) if c.last_name == "Kennedy")
    registrations.register_people(db, session.id, [person.id])
    return session


def _as_dana(change) -> None:  # noqa: ANN001
    acting_user.set_user("dana")
    try:
        change()
    finally:
        acting_user.set_user(None)


def test_check_in_takes_the_latest_and_says_so(window, qtbot, db, clock) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.checkin_dialog import CheckInDialog

    session = _session(db)
    dialog = CheckInDialog(window.ctx, session, window)
    qtbot.addWidget(dialog)
    [shown] = dialog.table.visible_records()
    clock.set(datetime(2026, 12, 2, 14, 3, tzinfo=ZoneInfo("America/New_York")))
    _as_dana(lambda: registrations.set_status(db, shown.id, "excused"))
    dialog.check_in(shown)
    [latest] = registrations.list_registrations(db, session.id)
    assert latest.status == "attended"
    assert dialog.note.isVisibleTo(dialog)
    assert dialog.note.text() == (
        "Alice Kennedy's registration was changed by dana at 14:03; checked in on the latest"
    )
    dialog.undo()
    assert registrations.list_registrations(db, session.id)[0].status == "excused"
    assert not dialog.note.isVisibleTo(dialog)


def test_marks_on_a_changed_registration_are_refused(window, qtbot, db, monkeypatch) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets import registrations_panel

    session = _session(db)
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    panel = tab.registrations
    panel.load(session)
    panel.table.view.selectRow(0)
    [shown] = panel.table.selected_records()
    _as_dana(lambda: registrations.set_status(db, shown.id, "excused"))
    said: list[str] = []
    monkeypatch.setattr(registrations_panel, "show_error", lambda _p, _t, text: said.append(text))
    panel.set_status("absent")
    assert registrations.list_registrations(db, session.id)[0].status == "excused"
    assert said and said[0].startswith(f"registration {shown.id} was changed by dana")
    assert panel.table.model.records()[0].status == "excused"  # shown as it is now
