"""The session forms: a whole collaborative by role, series sign-up, capacity, overlaps."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.sessions.registrations import list_registrations
from collab_desktop.services.sessions.series import create_series, series_sessions
from collab_desktop.services.sessions.sessions import get_session, list_sessions, save_session

NY = ZoneInfo("America/New_York")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_tab_form_adds_a_collaborative_by_role_and_signs_up_for_the_series(
    window, qtbot, monkeypatch, answer
) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog
    from collab_desktop.ui.widgets.registrations_panel import AddGroupDialog

    db = window.ctx.db
    estar = collaborative_by_name(db, "LHS E-STaR")
    people = []
    for i, role in enumerate(("scientist", "scientist", "member")):
        contact = save_contact(
            db, ContactRecord(first_name=f"P{i}", last_name="Tester", email=f"p{i}@example.org")
        )
        add_membership(db, contact.id, estar.id, role=role)
        people.append(contact.id)
    start = datetime(2031, 1, 14, 13, tzinfo=NY)
    result = create_series(
        db,
        SessionRecord(
            collaborative_id=estar.id,
            title="Private session",
            kind="private session",
            start=start,
            end=start + timedelta(hours=1),
            capacity=20,
            restricted_role="scientist",
        ),
        "FREQ=MONTHLY;BYDAY=2TU;COUNT=3",
    )
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(result.sessions[0].id)
    panel = tab.registrations

    def add_scientists(dialog: AddGroupDialog) -> int:
        # The dialog offers the session's own collaborative and its restricted role.
        assert dialog.choice() == (estar.id, "scientist")
        return 1

    monkeypatch.setattr(AddGroupDialog, "exec", add_scientists)
    panel.add_group_button.click()
    monkeypatch.setattr(AddGroupDialog, "exec", lambda d: d.role.setCurrentIndex(0) or 1)
    asked = answer(QMessageBox.StandardButton.No)
    panel.add_group_button.click()  # every role, for a scientists' session: asked, declined
    assert "only for scientists" in asked[-1]
    first = result.sessions[0].id
    assert {r.contact_id for r in list_registrations(db, first)} == set(people[:2])
    assert panel.title.text().startswith("Registrations (2/20)")

    def pick_member(dialog: ContactPickerDialog) -> int:
        dialog.table.select_id(people[2])
        return 1

    monkeypatch.setattr(ContactPickerDialog, "exec", pick_member)
    assert panel.whole_series.isVisibleTo(tab)
    panel.whole_series.setChecked(True)
    asked = answer(QMessageBox.StandardButton.Yes)
    panel.add_people_button.click()
    # A member, not a scientist: the form asks before registering them anyway.
    assert any("is not a scientist" in question for question in asked)
    for occurrence in series_sessions(db, result.series_id):
        assert people[2] in {r.contact_id for r in list_registrations(db, occurrence.id)}

    answer(QMessageBox.StandardButton.No)
    panel.table.select_id(list_registrations(db, first)[0].id)
    tab.unregister_button.click()
    assert "cancelled" not in {r.status for r in list_registrations(db, first)}


def test_tab_form_warns_of_an_overlap_in_the_same_room(window, qtbot, answer) -> None:  # noqa: ANN001
    db = window.ctx.db
    start = datetime(2031, 2, 4, 12, tzinfo=NY)
    for title, hour in (("Seminar", 12), ("Huddle", 15)):
        save_session(
            db,
            SessionRecord(
                title=title,
                start=start.replace(hour=hour),
                end=start.replace(hour=hour + 1),
                location="Room 1",
            ),
        )
    [huddle] = [s for s in list_sessions(db) if s.title == "Huddle"]
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(huddle.id)
    tab.start_edit.setDateTime(tab.start_edit.dateTime().addSecs(-3 * 3600))  # to 12:00
    asked = answer(QMessageBox.StandardButton.No)
    assert not tab.save()
    assert "Same room (Room 1)" in asked[-1]
    assert get_session(db, huddle.id).start.hour == 15
    answer(QMessageBox.StandardButton.Yes)
    assert tab.save()
    assert get_session(db, huddle.id).start.hour == 12


def test_new_series_warns_of_an_overlap_on_a_later_date(window, qtbot, answer) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs import session_dialog

    db = window.ctx.db
    clash = datetime(2030, 3, 12, 12, 30, tzinfo=NY)  # the 3rd occurrence's time
    save_session(
        db,
        SessionRecord(
            title="Huddle", start=clash, end=clash + timedelta(hours=1), location="Room 1"
        ),
    )
    dialog = session_dialog.open_session_dialog(window.ctx, None, day=datetime(2030, 1, 8))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Seminar")
    dialog.location.setText("Room 1")
    dialog.recurrence.repeat.setCurrentIndex(dialog.recurrence.repeat.findData("monthly"))
    dialog.recurrence.by_weekday.setChecked(True)
    dialog.recurrence.count.setValue(4)
    assert not dialog.conflicts.text()  # the first date is free
    asked = answer(QMessageBox.StandardButton.No)
    assert not dialog.save()
    assert 'Same room (Room 1) as "Huddle" at 2030-03-12 12:30' in asked[-1]
    assert [s.title for s in list_sessions(db)] == ["Huddle"]
