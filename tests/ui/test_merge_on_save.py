"""Two people, one contact: a save based on an old version opens the merge dialog, and nothing
typed is lost (Take all theirs, Keep all mine, per field, Cancel)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog

from collab_desktop.domain.record_merge import Side
from collab_desktop.services.directory import contacts
from collab_desktop.store import acting_user
from collab_desktop.ui.dialogs import merge_dialog


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Answer each merge dialog in turn with a function of the dialog; returns those shown."""
    shown: list = []
    script: list = []

    def run(dialog) -> int:  # noqa: ANN001
        shown.append(dialog)
        return script.pop(0)(dialog)

    monkeypatch.setattr(merge_dialog, "run_merge_dialog", run)
    monkeypatch.setattr("collab_desktop.ui.tabs.record_merge_flow.run_merge_dialog", run)
    # (also where the session editor took its own name for it, whichever test imported it first)
    monkeypatch.setattr("collab_desktop.ui.dialogs.session_dialog.run_merge_dialog", run)
    return shown, script


def type_into(qtbot, edit, text: str) -> None:  # noqa: ANN001
    """Replace a field's text by typing, as a user does (which marks the form edited)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


@pytest.fixture
def alice(window, qtbot, db, clock):  # noqa: ANN001, ANN201
    """Alice Kennedy in the contacts form; the phone typed but not saved; then dana, at another
    desk, changes her phone and department."""
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    record = next(r for r in tab.table.model.records() if r.last_name == "Kennedy")
    tab.table.select_id(record.id)
    loaded = contacts.get_contact(db, record.id)
    type_into(qtbot, tab.phone_edit, "555-0100")
    type_into(qtbot, tab.job_edit, "Nurse lead")
    acting_user.set_user("dana")
    try:
        contacts.save_contact(db, replace(loaded, phone="555-0199", department="ICU"))
    finally:
        acting_user.set_user(None)
    assert tab.form.is_dirty() and tab.phone_edit.text() == "555-0100"
    return tab, loaded


def accept_with(*choices: tuple[str, Side] | str):  # noqa: ANN201
    def answer(dialog) -> int:  # noqa: ANN001
        for choice in choices:
            if choice == "mine":
                dialog.keep_mine.click()
            elif choice == "theirs":
                dialog.take_theirs.click()
            else:
                dialog.findChild(
                    merge_dialog.QRadioButton, f"merge_{choice[0]}_{choice[1].value}"
                ).click()
        return QDialog.DialogCode.Accepted

    return answer


def test_the_dialog_lists_their_changes_and_both(window, alice, answers, db) -> None:  # noqa: ANN001
    tab, loaded = alice
    shown, script = answers
    script.append(lambda _dialog: QDialog.DialogCode.Rejected)
    assert tab.save() is False
    [dialog] = shown
    found = dialog.comparison
    assert [d.name for d in found.both] == ["phone"]
    assert [d.name for d in found.theirs_only] == ["department"]
    assert found.mine_only == ("job_title",)
    mine = dialog.findChild(merge_dialog.QRadioButton, "merge_phone_mine")
    theirs = dialog.findChild(merge_dialog.QRadioButton, "merge_phone_theirs")
    assert (mine.text(), theirs.text()) == ("555-0100", "555-0199")
    assert (mine.accessibleName(), theirs.accessibleName()) == ("Phone: yours", "Phone: theirs")
    assert mine.isChecked()  # both changed: what was typed, unless chosen otherwise
    assert dialog.findChild(merge_dialog.QRadioButton, "merge_department_theirs").isChecked()
    assert "changed by dana at 10:00" in dialog.findChild(merge_dialog.QLabel).text()
    # Cancel: nothing saved, nothing typed lost.
    assert (tab.phone_edit.text(), tab.job_edit.text()) == ("555-0100", "Nurse lead")
    assert tab.form.is_dirty()
    assert "changed by dana" in tab.form.general_error_text()
    stored = contacts.get_contact(db, loaded.id)
    assert (stored.version, stored.phone, stored.job_title) == (loaded.version + 1, "555-0199", "")


def test_take_all_theirs_keeps_my_other_changes(window, alice, answers, db) -> None:  # noqa: ANN001
    tab, loaded = alice
    _shown, script = answers
    script.append(accept_with("theirs"))
    assert tab.save() is True
    stored = contacts.get_contact(db, loaded.id)
    assert (stored.phone, stored.department, stored.job_title) == ("555-0199", "ICU", "Nurse lead")
    assert stored.version == loaded.version + 2
    assert not tab.form.is_dirty() and tab.phone_edit.text() == "555-0199"
    assert "Changed by" in tab.stamps.text()


def test_keep_all_mine(window, alice, answers, db) -> None:  # noqa: ANN001
    tab, loaded = alice
    _shown, script = answers
    script.append(accept_with("mine"))
    assert tab.save() is True
    stored = contacts.get_contact(db, loaded.id)
    assert (stored.phone, stored.department, stored.job_title) == ("555-0100", "", "Nurse lead")


def test_per_field_choice_and_a_second_change_brings_the_dialog_back(
    window,
    alice,
    answers,
    db,  # noqa: ANN001
) -> None:
    tab, loaded = alice
    shown, script = answers

    def and_changed_again(dialog) -> int:  # noqa: ANN001
        accept_with(("phone", Side.THEIRS), ("department", Side.THEIRS))(dialog)
        # Someone saves again while the dialog is open.
        current = contacts.get_contact(db, loaded.id)
        acting_user.set_user("ben")
        try:
            contacts.save_contact(db, replace(current, notes="called back"))
        finally:
            acting_user.set_user(None)
        return QDialog.DialogCode.Accepted

    script.append(and_changed_again)
    script.append(accept_with())  # the newest: only ben's notes, taken by default
    assert tab.save() is True
    assert len(shown) == 2
    second = shown[1].comparison
    assert [d.name for d in second.theirs_only] == ["notes"]
    stored = contacts.get_contact(db, loaded.id)
    assert (stored.phone, stored.department, stored.job_title, stored.notes) == (
        "555-0199", "ICU", "Nurse lead", "called back",
    )  # fmt: skip
    assert stored.version == loaded.version + 3


def test_a_save_with_nobody_else_shows_no_dialog_and_the_stamps(window, qtbot, db, answers) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    record = next(r for r in tab.table.model.records() if r.last_name == "Kennedy")
    tab.table.select_id(record.id)
    acting_user.set_user("ana")
    try:
        type_into(qtbot, tab.phone_edit, "555-0111")
        assert tab.save() is True
    finally:
        acting_user.set_user(None)
    shown, _script = answers
    assert shown == []
    assert "Changed by ana on" in tab.stamps.text()
    assert tab.stamps.text().startswith("Created by ")


def test_session_editor_merges_a_session_changed_meanwhile(window, qtbot, db, answers) -> None:  # noqa: ANN001
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.services.sessions import sessions
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog

    start = datetime(2031, 2, 4, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    acting_user.set_user("ana")
    try:
        session = sessions.save_session(
            db, SessionRecord(title="Huddle", start=start, end=start + timedelta(hours=1))
        )
    finally:
        acting_user.set_user(None)
    dialog = open_session_dialog(window.ctx, session.id, window)
    qtbot.addWidget(dialog)
    assert dialog.stamps.text().startswith("Created by ana on ")
    type_into(qtbot, dialog.fields.location, "Room 4")
    acting_user.set_user("dana")
    try:
        sessions.save_session(db, replace(session, presenters="Dr Osei", location="Room 9"))
    finally:
        acting_user.set_user(None)
    shown, script = answers
    script.append(lambda _d: QDialog.DialogCode.Rejected)
    assert dialog.save() is False
    assert dialog.fields.location.text() == "Room 4"  # Cancel: still as typed
    assert "changed by dana" in dialog.errors.text()
    script.append(accept_with(("location", Side.MINE)))
    assert dialog.save() is True
    assert [d.name for d in shown[-1].comparison.differences] == ["location", "presenters"]
    stored = sessions.get_session(db, session.id)
    assert (stored.location, stored.presenters, stored.version) == ("Room 4", "Dr Osei", 3)


def test_merge_dialog_by_keyboard(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from collab_desktop.domain.record_merge import EDITABLE_FIELDS, compare
    from collab_desktop.domain.records import ContactRecord

    base = ContactRecord(id=3, first_name="Ana", phone="1", version=1)
    mine = replace(base, phone="2", job_title="Nurse")
    theirs = replace(base, phone="3", department="ICU", version=2)
    dialog = merge_dialog.MergeDialog(
        "Ana", "dana", None, compare(base, mine, theirs, EDITABLE_FIELDS["contact"]), {}
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    first = QApplication.focusWidget()
    assert first.accessibleName() == "phone: yours" and first.isChecked()
    qtbot.keyClick(first, Qt.Key.Key_Right)  # the other side of the same field
    assert dialog.choices()["phone"] is Side.THEIRS
    # A button's access key clicks it a moment later.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.choices() == {"phone": Side.MINE, "department": Side.MINE})
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.choices() == {"phone": Side.THEIRS, "department": Side.THEIRS})
    names = {b.accessibleName() for b in dialog.findChildren(merge_dialog.QRadioButton)}
    assert names == {"phone: yours", "phone: theirs", "department: yours", "department: theirs"}
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.setFocus()
        qtbot.keyClick(dialog.ok_button, Qt.Key.Key_Space)


def test_collaboratives_tab_merges_and_undo_puts_theirs_back(
    window,
    qtbot,
    db,
    answers,  # noqa: ANN001
) -> None:
    from collab_desktop.services.directory import collaboratives

    tab = window.collaboratives_tab
    window.tabs.setCurrentWidget(tab)
    loaded = collaboratives.get_collaborative(db, 2)
    tab.table.select_id(2)
    type_into(qtbot, tab.sponsor_edit, "Quality office")
    acting_user.set_user("dana")
    try:
        collaboratives.save_collaborative(db, replace(loaded, short_name="USIC"))
    finally:
        acting_user.set_user(None)
    shown, script = answers
    script.append(accept_with())
    assert tab.save() is True
    assert [d.name for d in shown[0].comparison.theirs_only] == ["short_name"]
    stored = collaboratives.get_collaborative(db, 2)
    assert (stored.sponsor, stored.short_name, stored.version) == ("Quality office", "USIC", 3)
    window.ctx.undo_stack.undo()
    back = collaboratives.get_collaborative(db, 2)
    assert (back.sponsor, back.short_name, back.version) == (loaded.sponsor, "USIC", 4)
