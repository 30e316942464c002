"""Contacts tab: create, validate, edit, delete; a contact's collaboratives."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from collab_desktop.services.directory.contacts import list_contacts


def test_create_contact_and_invalid_email(window, qtbot, db) -> None:  # noqa: ANN001
    window.tabs.setCurrentWidget(window.contacts_tab)
    tab = window.contacts_tab
    window.new_action.trigger()
    # QTest cannot type characters outside Latin-1 reliably; set the accented names directly.
    qtbot.keyClicks(tab.first_edit, "Z")
    tab.first_edit.setText("Zoë")
    tab.last_edit.setText("O'Brien-Núñez")
    qtbot.keyClicks(tab.email_edit, "zoe@@example")
    window.save_action.trigger()
    assert "valid email" in tab.form.error_text("email")
    assert len(list_contacts(db)) == 4

    tab.email_edit.clear()
    qtbot.keyClicks(tab.email_edit, "  Zoe.OBrien@Example.org ")
    tab.type_combo.setEditText("community partner")
    window.save_action.trigger()
    assert tab.form.error_text("email") == ""
    saved = next(c for c in list_contacts(db) if c.last_name == "O'Brien-Núñez")
    assert saved.first_name == "Zoë"
    assert saved.email == "Zoe.OBrien@Example.org"
    assert saved.participant_type == "community partner"
    from collab_desktop.services.directory.vocabulary import list_participant_types

    assert "community partner" in list_participant_types(db)


def test_same_email_in_other_case_is_refused(window, qtbot) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    window.new_action.trigger()
    qtbot.keyClicks(tab.first_edit, "Other")
    qtbot.keyClicks(tab.email_edit, "alice.m.kennedy@DARTMOUTH.edu")
    assert tab.save() is False
    assert "already belongs to Alice Kennedy" in tab.form.error_text("email")


def test_no_name_no_email_is_refused(window) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    window.new_action.trigger()
    assert tab.save() is False
    assert "name or an email" in tab.form.error_text("first_name")


def test_contact_shows_collaboratives_and_delete(window, answer, db) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    alice = next(r for r in tab.table.model.records() if r.last_name == "Kennedy")
    tab.table.select_id(alice.id)
    names = sorted(m.collaborative_name for m in tab.memberships.table.model.records())
    assert names == [
        "Care Experience Improvement Collaborative",
        "SYNERGY Clinical Translational Research Collaborative",
    ]
    asked = answer(QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert "2 memberships" in asked[-1]
    assert "Kennedy" not in [c.last_name for c in list_contacts(db)]
    # the Collaboratives tab heard about it
    counts = {r.short_name: r.member_count for r in window.collaboratives_tab.table.model.records()}
    assert counts["Care Experience"] == 0


def test_cancel_discards_edits(window, qtbot, db) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    reid = next(r for r in tab.table.model.records() if r.last_name == "Reid")
    tab.table.select_id(reid.id)
    qtbot.keyClicks(tab.org_edit, " changed")
    tab.cancel_button.click()
    assert tab.org_edit.text() == "Dartmouth Health"
    assert not tab.form.is_dirty()
    assert next(c for c in list_contacts(db) if c.id == reid.id).organization == "Dartmouth Health"
