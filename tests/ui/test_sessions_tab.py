"""Sessions tab: create a session in the form, the end-before-start check, registrations."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime

from collab_desktop.services.sessions.registrations import list_registrations
from collab_desktop.services.sessions.sessions import list_sessions


def test_create_session_and_register(window, qtbot, monkeypatch, db) -> None:  # noqa: ANN001
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    window.new_action.trigger()
    estar = tab.collab_combo.findText("LHS E-STaR: LHS Scientists Collaborative")
    tab.collab_combo.setCurrentIndex(estar)
    qtbot.keyClicks(tab.title_edit, "Monthly learning seminar")
    tab.start_edit.setDateTime(QDateTime(datetime(2027, 3, 9, 12, 0)))
    tab.end_edit.setDateTime(QDateTime(datetime(2027, 3, 9, 11, 0)))
    assert tab.save() is False
    assert "after the start" in tab.form.error_text("end")

    tab.end_edit.setDateTime(QDateTime(datetime(2027, 3, 9, 13, 0)))
    assert tab.save() is True
    [session] = list_sessions(db)
    assert session.title == "Monthly learning seminar"
    assert session.start.isoformat() == "2027-03-09T12:00:00-05:00"
    assert session.collaborative_name == "LHS E-STaR: LHS Scientists Collaborative"

    from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog

    def pick(dialog: ContactPickerDialog) -> int:
        megan = next(r for r in dialog.table.model.records() if r.last_name == "Holthoff")
        dialog.table.select_id(megan.id)
        return 1

    monkeypatch.setattr(ContactPickerDialog, "exec", pick)
    tab.add_people_button.click()
    [reg] = list_registrations(db, session.id)
    assert (reg.last_name, reg.status) == ("Holthoff", "registered")
    assert tab.registrations.table.model.rowCount() == 1

    tab.registrations.table.select_id(reg.id)
    tab.attended_button.click()
    assert list_registrations(db, session.id)[0].status == "attended"


def test_annual_gathering_belongs_to_all(window, qtbot, db) -> None:  # noqa: ANN001
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    window.new_action.trigger()
    tab.collab_combo.setCurrentIndex(tab.collab_combo.count() - 1)
    qtbot.keyClicks(tab.title_edit, "Annual gathering of all collaboratives")
    tab.start_edit.setDateTime(QDateTime(datetime(2027, 10, 14, 9, 0)))
    tab.end_edit.setDateTime(QDateTime(datetime(2027, 10, 14, 16, 0)))
    assert tab.save() is True
    [session] = list_sessions(db)
    assert session.collaborative_id is None
    assert session.collaborative_name == "All collaboratives"
    assert session.start.utcoffset().total_seconds() == -4 * 3600  # EDT in October
