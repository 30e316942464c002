"""Work kept by an earlier window is offered by the next one on that database: Restore puts it in
the forms as unsaved edits, Later keeps it for next time, Discard (after asking) throws it away."""

from __future__ import annotations

from dataclasses import replace

import pytest
from main_windows import open_main_window
from PySide6.QtWidgets import QMessageBox

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.directory.contacts import list_contacts
from collab_desktop.services.safety.kept_work import KeptForm, keep_work, read_kept_work


def test_restore_puts_a_deleted_record_back_as_new_and_edits_the_others(qtbot, db) -> None:  # noqa: ANN001
    gone = ContactRecord(id=999_999, first_name="Gone", last_name="Person", email="gone@x.org")
    collaborative = list_collaboratives(db)[0]
    edited = replace(collaborative, sponsor="Typed offline")
    keep_work(
        db.url,
        [
            KeptForm("contact", gone, "Gone Person", ["first_name"]),
            KeptForm("collaborative", edited, collaborative.name, ["sponsor"]),
        ],
    )
    window = open_main_window(qtbot, db)
    kept = window.server_watch.kept
    assert kept.offer.isVisible()
    assert "contact Gone Person (first name)" in kept.offer.message.text()
    assert f"collaborative {collaborative.name} (sponsor)" in kept.offer.message.text()

    kept.restore_button.click()

    contacts = window.contacts_tab
    assert contacts.current_id is None and contacts.form.is_dirty()
    assert contacts.first_edit.text() == "Gone"
    assert contacts.email_edit.text() == "gone@x.org"
    collabs = window.collaboratives_tab
    assert collabs.current_id == collaborative.id and collabs.form.is_dirty()
    assert collabs.sponsor_edit.text() == "Typed offline"
    assert not kept.offer.isVisible()
    assert read_kept_work(db.url) is None
    # Nothing is written until the user saves.
    assert next(c for c in list_collaboratives(db) if c.id == collaborative.id).sponsor != (
        "Typed offline"
    )
    assert contacts.save() is True
    assert any(c.email == "gone@x.org" for c in list_contacts(db))


def test_one_form_per_tab_comes_back_and_later_keeps_the_rest(qtbot, db) -> None:  # noqa: ANN001
    first = ContactRecord(first_name="New", last_name="One")
    second = ContactRecord(first_name="New", last_name="Two")
    keep_work(
        db.url,
        [
            KeptForm("contact", first, "New One", ["first_name", "last_name"]),
            KeptForm("contact", second, "New Two", ["first_name", "last_name"]),
        ],
    )
    window = open_main_window(qtbot, db)
    kept = window.server_watch.kept
    kept.restore_button.click()
    assert window.contacts_tab.last_edit.text() == "One"
    assert kept.offer.isVisible()
    assert kept.offer.message.text().endswith("new contact New Two (first name, last name).")
    kept.later_button.click()
    assert not kept.offer.isVisible()
    left = read_kept_work(db.url)
    assert left is not None and [f.label for f in left.forms] == ["New Two"]


@pytest.mark.parametrize("yes", [False, True])
def test_discard_asks_first(qtbot, db, answer, yes: bool) -> None:  # noqa: ANN001
    keep_work(db.url, [KeptForm("contact", ContactRecord(first_name="A"), "A", ["first_name"])])
    window = open_main_window(qtbot, db)
    kept = window.server_watch.kept
    asked = answer(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No)
    kept.discard_button.click()
    assert len(asked) == 1
    assert (read_kept_work(db.url) is None) is yes
    assert kept.offer.isVisible() is not yes
