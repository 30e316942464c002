"""Through the window: adding members and registering people are single Ctrl+Z / Ctrl+Shift+Z steps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from huddle_data import huddle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from without_versions import without_versions

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.services.changes import run_reporting
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import (
    add_membership,
    list_members,
    list_memberships_of_contact,
)
from collab_desktop.services.sessions.registrations import list_registrations
from collab_desktop.services.sessions.series import create_series
from collab_desktop.store.models import Registration, SeriesRegistration
from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from collab_desktop.ui.dialogs.membership_dialog import MembershipDialog

FUTURE = datetime(2031, 2, 4, 17, 0, tzinfo=UTC)
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warnings recorded instead of shown."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a, **_k: said.append(text))
    return said


def pick(monkeypatch: pytest.MonkeyPatch, last_names: list[str], role: str = "") -> None:
    """The contact picker chooses these people (and a role when it asks for one)."""

    def exec_(dialog: ContactPickerDialog) -> int:
        wanted = {r.id for r in dialog.table.model.records() if r.last_name in last_names}
        dialog.selected_ids = lambda: sorted(wanted)
        if role:
            dialog.role_combo.setEditText(role)
        return 1

    monkeypatch.setattr(ContactPickerDialog, "exec", exec_)


def keys(qtbot, widget, modifiers) -> None:  # noqa: ANN001
    """Ctrl+Z (or Ctrl+Shift+Z) typed on a widget."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)
    # The offscreen platform can leave Shift down after a shortcut; later selections would extend.
    qtbot.keyRelease(widget, Qt.Key.Key_Shift)


def people(db, *names: str) -> list[int]:  # noqa: ANN001
    return [
        save_contact(db, ContactRecord(first_name=n, last_name="Ruiz", email=f"{n}@x.org")).id
        for n in names
    ]


def test_add_members_is_one_step(qtbot, window, monkeypatch, warnings) -> None:  # noqa: ANN001
    db = window.ctx.db
    ana, ben = people(db, "Ana", "Ben")
    tab = window.collaboratives_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(4)
    before = list_members(db, 4)
    pick(monkeypatch, ["Ruiz"], "scientist")
    tab.add_members_button.click()
    added = list_members(db, 4)
    assert len(added) == 3 and tab.members.table.model.rowCount() == 3
    undo = window.safety.undo.undo_action
    assert undo.text() == "&Undo add 2 members to LHS E-STaR"

    keys(qtbot, tab.members.table.view, CTRL)
    assert list_members(db, 4) == before  # the lead contact stays
    assert tab.members.table.model.rowCount() == 1
    keys(qtbot, tab.members.table.view, CTRL_SHIFT)
    assert without_versions(list_members(db, 4)) == without_versions(
        added
    )  # same ids, role and date
    assert tab.members.table.model.rowCount() == 3
    assert {ana, ben} < {m.contact_id for m in added} and warnings == []


def test_contact_added_to_a_collaborative_is_one_step(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    db = window.ctx.db
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(4)  # Megan Holthoff, in LHS E-STaR
    before = list_memberships_of_contact(db, 4)

    def exec_(dialog: MembershipDialog) -> int:
        dialog.collaborative_combo.setCurrentIndex(dialog.collaborative_combo.findData(2))
        dialog.role_combo.setEditText("coach")
        return 1

    monkeypatch.setattr(MembershipDialog, "exec", exec_)
    tab.add_to_button.click()
    after = list_memberships_of_contact(db, 4)
    assert len(after) == 2
    assert window.safety.undo.undo_action.text() == ("&Undo add Megan Holthoff to Universal Skills")
    keys(qtbot, tab.memberships.table.view, CTRL)
    assert list_memberships_of_contact(db, 4) == before
    assert tab.memberships.table.model.rowCount() == 1
    keys(qtbot, tab.memberships.table.view, CTRL_SHIFT)
    assert without_versions(list_memberships_of_contact(db, 4)) == without_versions(after)


def test_edit_membership_is_one_step(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    db = window.ctx.db
    tab = window.collaboratives_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(4)
    (before,) = list_members(db, 4)

    def exec_(dialog: MembershipDialog) -> int:
        dialog.role_combo.setEditText("scientist")
        dialog.active.setChecked(False)
        return 1

    monkeypatch.setattr(MembershipDialog, "exec", exec_)
    tab.members.table.select_id(before.id)
    tab.edit_member_button.click()
    (edited,) = list_members(db, 4)
    assert (edited.role, edited.active) == ("scientist", False)
    assert window.safety.undo.undo_action.text() == "&Undo edit membership of Megan Holthoff"

    keys(qtbot, tab.members.table.view, CTRL)
    assert without_versions(list_members(db, 4)) == without_versions([before])
    keys(qtbot, tab.members.table.view, CTRL_SHIFT)
    assert without_versions(list_members(db, 4)) == without_versions([edited])


def test_sessions_tab_registration_undo_refuses_after_check_in(
    qtbot, window, monkeypatch, warnings
) -> None:  # noqa: ANN001, E501
    from collab_desktop.services.sessions.attendance import check_in

    db = window.ctx.db
    session_id = huddle(db, {})
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(session_id)
    pick(monkeypatch, ["Hubble", "Reid"])
    tab.add_people_button.click()
    regs = list_registrations(db, session_id)
    assert len(regs) == 2 and tab.registrations.table.model.rowCount() == 2
    assert window.safety.undo.undo_action.text() == "&Undo register 2 people for Huddle 2026-03-03"

    # The check-in screen keeps its own undo.
    window.ctx.events.publish(run_reporting(check_in, db, regs[0].id)[1])
    keys(qtbot, tab.registrations.table.view, CTRL)

    (warning,) = warnings
    assert warning.startswith("Cannot undo: ")
    assert "(now attended)" in warning
    assert "“register 2 people for Huddle 2026-03-03” stays in the undo history" in warning
    assert len(list_registrations(db, session_id)) == 2  # nothing taken away
    # The refused step is kept, where it was: not lost, not applied.
    stack = window.safety.undo.stack
    qtbot.waitUntil(lambda: stack.index() == stack.count())
    assert window.safety.undo.undo_action.text() == "&Undo register 2 people for Huddle 2026-03-03"


def _open_dialog(qtbot, window, session_id: int):  # noqa: ANN001, ANN202
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog

    dialog = open_session_dialog(window.ctx, session_id, window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)  # as with exec(): the window's own shortcuts are blocked
    dialog.show()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_whole_collaborative_in_the_session_dialog_undoes_with_ctrl_z_there(
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.registrations_panel import AddGroupDialog

    db = window.ctx.db
    (ana,) = people(db, "Ana")
    add_membership(db, ana, 2)
    session_id = huddle(db, {2: "attended", 3: "cancelled"})
    before = list_registrations(db, session_id)
    # An earlier step of another kind, which Ctrl+Z in the dialog must leave alone.
    window.tabs.setCurrentWidget(window.contacts_tab)
    assert window.contacts_tab.select_record(4)
    assert window.contacts_tab.memberships.table.select_id(5)
    monkeypatch.setattr(MembershipDialog, "exec", lambda d: d.role_combo.setEditText("coach") or 1)
    window.contacts_tab.edit_membership_button.click()
    assert window.safety.undo.undo_action.text() == "&Undo edit membership of Megan Holthoff"

    dialog = _open_dialog(qtbot, window, session_id)
    panel = dialog.registrations
    monkeypatch.setattr(AddGroupDialog, "exec", lambda _d: 1)
    panel.add_group_button.click()
    after = list_registrations(db, session_id)
    assert {r.contact_id: r.status for r in after} == {
        2: "attended",
        3: "registered",
        ana: "registered",
    }
    assert "added 2, 1 already registered" in panel.title.text()
    dialog.grab().save(str(tmp_path / "session-dialog-added.png"))

    keys(qtbot, panel.table.view, CTRL)
    assert without_versions(list_registrations(db, session_id)) == without_versions(
        before
    )  # Joanne cancelled again, Chris attended
    assert panel.table.model.rowCount() == 2
    keys(qtbot, panel.table.view, CTRL)  # next step is the membership edit: not from here
    assert list_members(db, 4)[0].role == "coach"
    keys(qtbot, panel.table.view, CTRL_SHIFT)
    assert without_versions(list_registrations(db, session_id)) == without_versions(after)
    assert panel.table.model.rowCount() == 3
    dialog.reject()
    assert window.safety.undo.undo_action.text() == (
        "&Undo register 2 people for Huddle 2026-03-03"
    )


def test_series_sign_up_in_the_dialog_undoes_completely(qtbot, window, monkeypatch) -> None:  # noqa: ANN001
    db = window.ctx.db
    record = SessionRecord(
        collaborative_id=4, title="Seminar", start=FUTURE, end=FUTURE + timedelta(hours=1)
    )
    series = create_series(db, record, "FREQ=MONTHLY;BYDAY=1TU;COUNT=3")
    first = series.sessions[0].id
    dialog = _open_dialog(qtbot, window, first)
    panel = dialog.registrations
    assert panel.whole_series.isVisibleTo(panel)
    panel.whole_series.setChecked(True)
    pick(monkeypatch, ["Kennedy"])
    panel.add_people_button.click()

    def signed_up() -> tuple[int, int]:
        with db.session() as s:
            return (
                s.query(SeriesRegistration).count(),
                s.query(Registration).filter(Registration.contact_id == 1).count(),
            )

    assert signed_up() == (1, 3)
    keys(qtbot, panel.table.view, CTRL)
    assert signed_up() == (0, 0) and panel.table.model.rowCount() == 0
    keys(qtbot, panel.table.view, CTRL_SHIFT)
    assert signed_up() == (1, 3) and panel.table.model.rowCount() == 1


def test_attendance_sheet_with_walk_ins_is_one_step(qtbot, window, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from collab_desktop.services.directory.contacts import list_contacts
    from collab_desktop.services.sessions import signup_sheets
    from collab_desktop.ui.dialogs.attendance_preview_dialog import AttendancePreviewDialog

    db = window.ctx.db
    session_id = huddle(db, {2: "registered"})
    (chris,) = list_registrations(db, session_id)
    before = list_registrations(db, session_id)
    preview = signup_sheets.AttendancePreview(session_id, "huddle.xlsx", attended={chris.id: "C"})
    preview.walk_ins = [signup_sheets.WalkIn(20, "Dana", "Scully", "dana@example.org", "FBI")]
    # A real sheet of the session: Read attendance… tells sheets and meeting reports apart by content.
    sheet = signup_sheets.export_signup_sheet(db, session_id, tmp_path / "huddle.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(sheet), ""))
    monkeypatch.setattr(signup_sheets, "preview_attendance", lambda *_a: preview)
    monkeypatch.setattr(AttendancePreviewDialog, "exec", lambda _d: 1)
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(session_id)
    window.session_actions.import_attendance.trigger()  # the sheet is read in the background
    qtbot.waitUntil(lambda: len(list_registrations(db, session_id)) == 2)
    assert {r.last_name: r.status for r in list_registrations(db, session_id)} == {
        "Hubble": "attended",
        "Scully": "attended",
    }
    assert len(list_contacts(db)) == 5
    assert window.safety.undo.undo_action.text() == "&Undo import attendance for Huddle 2026-03-03"

    contacts = window.contacts_tab.table.model
    window.tabs.setCurrentWidget(window.contacts_tab)
    qtbot.waitUntil(lambda: contacts.rowCount() == 5)
    window.tabs.setCurrentWidget(tab)

    keys(qtbot, tab.registrations.table.view, CTRL)
    assert without_versions(list_registrations(db, session_id)) == without_versions(before)
    assert len(list_contacts(db)) == 4
    window.tabs.setCurrentWidget(window.contacts_tab)
    qtbot.waitUntil(lambda: contacts.rowCount() == 4)  # the new walk-in's contact went too
    window.tabs.setCurrentWidget(tab)
    keys(qtbot, tab.registrations.table.view, CTRL_SHIFT)
    assert len(list_registrations(db, session_id)) == 2 and len(list_contacts(db)) == 5
