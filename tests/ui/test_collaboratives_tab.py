"""Collaboratives tab: create, edit, delete through the widgets; validation; search; members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.directory.memberships import list_members


def _names(db) -> list[str]:  # noqa: ANN001
    return [c.name for c in list_collaboratives(db)]


def test_shows_first_run_collaboratives(window) -> None:  # noqa: ANN001
    tab = window.collaboratives_tab
    assert tab.table.model.rowCount() == 4
    assert "LHS E-STaR: LHS Scientists Collaborative" in [r.name for r in tab.table.model.records()]


def test_create_edit_and_delete(window, qtbot, answer, db) -> None:  # noqa: ANN001
    tab = window.collaboratives_tab
    window.new_action.trigger()
    qtbot.keyClicks(tab.name_edit, "Falls Prevention Collaborative")
    qtbot.keyClicks(tab.short_edit, "Falls")
    assert tab.form.is_dirty()
    window.save_action.trigger()
    assert "Falls Prevention Collaborative" in _names(db)
    assert tab.current_id is not None
    assert tab.table.current_record().name == "Falls Prevention Collaborative"

    tab.sponsor_edit.clear()
    qtbot.keyClicks(tab.sponsor_edit, "Nursing")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saved = next(c for c in list_collaboratives(db) if c.short_name == "Falls")
    assert saved.sponsor == "Nursing"

    asked = answer(QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert asked and "Falls Prevention Collaborative" in asked[-1]
    assert "Falls Prevention Collaborative" not in _names(db)
    assert tab.table.model.rowCount() == 4


def test_missing_name_shows_message_beside_field(window) -> None:  # noqa: ANN001
    tab = window.collaboratives_tab
    window.new_action.trigger()
    assert tab.save() is False
    assert "needs a name" in tab.form.error_text("name")
    assert len(_names(window.ctx.db)) == 4


def test_duplicate_name_is_refused(window, qtbot) -> None:  # noqa: ANN001
    tab = window.collaboratives_tab
    window.new_action.trigger()
    qtbot.keyClicks(tab.name_edit, "synergy clinical translational research collaborative")
    assert tab.save() is False
    assert "already exists" in tab.form.error_text("name")


def test_delete_says_what_else_goes_and_no_keeps_data(window, answer, db) -> None:  # noqa: ANN001
    tab = window.collaboratives_tab
    target = next(r for r in tab.table.model.records() if r.short_name == "Universal Skills")
    tab.table.select_id(target.id)
    asked = answer(QMessageBox.StandardButton.No)
    window.delete_action.trigger()
    assert "2 memberships" in asked[-1]
    assert "Universal Skills Implementation Collaborative" in _names(db)


def test_delete_keeps_contacts(window, answer, db) -> None:  # noqa: ANN001
    from collab_desktop.services.directory.contacts import list_contacts

    tab = window.collaboratives_tab
    target = next(r for r in tab.table.model.records() if r.short_name == "Universal Skills")
    tab.table.select_id(target.id)
    answer(QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert len(_names(db)) == 3
    assert len(list_contacts(db)) == 4


def test_search_filters_table(window, qtbot) -> None:  # noqa: ANN001
    tab = window.collaboratives_tab
    window.find_action.trigger()
    assert tab.table.search.hasFocus()
    qtbot.keyClicks(tab.table.search, "star")
    assert tab.table.proxy.rowCount() == 1
    assert tab.table.visible_records()[0].short_name == "LHS E-STaR"
    assert tab.count_label.text() == "1 of 4"
    tab.table.search.clear()
    assert tab.table.proxy.rowCount() == 4


def test_add_member_through_picker(window, monkeypatch, db) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog

    tab = window.collaboratives_tab
    target = next(r for r in tab.table.model.records() if r.short_name == "LHS E-STaR")
    tab.table.select_id(target.id)
    assert tab.members.table.model.rowCount() == 1

    def pick(dialog: ContactPickerDialog) -> int:
        records = dialog.table.model.records()
        assert "Holthoff" not in [r.last_name for r in records]  # already a member
        alice = next(r for r in records if r.last_name == "Kennedy")
        dialog.table.select_id(alice.id)
        dialog.role_combo.setEditText("scientist")
        return 1

    monkeypatch.setattr(ContactPickerDialog, "exec", pick)
    tab.add_members_button.click()
    members = list_members(db, target.id)
    assert {(m.contact_name, m.role) for m in members} == {
        ("Megan Holthoff", "lead contact"),
        ("Alice Kennedy", "scientist"),
    }
    assert tab.members.table.model.rowCount() == 2
    assert tab.table.current_record().member_count == 2


def test_unsaved_edits_prompt_on_switching_record(window, qtbot, answer, db) -> None:  # noqa: ANN001
    tab = window.collaboratives_tab
    records = tab.table.model.records()
    tab.table.select_id(records[0].id)
    qtbot.keyClicks(tab.sponsor_edit, " (edited)")
    asked = answer(QMessageBox.StandardButton.Cancel)
    tab.table.select_id(records[1].id)
    assert asked and "unsaved changes" in asked[-1]
    assert tab.current_id == records[0].id
    assert tab.sponsor_edit.text().endswith("(edited)")
    qtbot.waitUntil(lambda: tab.table.current_record().id == records[0].id)

    answer(QMessageBox.StandardButton.Save)
    tab.table.select_id(records[1].id)
    assert tab.current_id == records[1].id
    saved = next(c for c in list_collaboratives(db) if c.id == records[0].id)
    assert saved.sponsor.endswith("(edited)")
    qtbot.waitUntil(
        lambda: tab.table.model.record(tab.table.model.row_of(saved.id)).sponsor == saved.sponsor
    )
