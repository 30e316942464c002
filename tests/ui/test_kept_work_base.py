"""Work kept from a record tab remembers what it was typed over: restored after someone else
changed the record, the save opens the merge, so neither their change of another field nor their
change of the same field is overwritten unseen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from main_windows import open_main_window
from PySide6.QtWidgets import QDialog

from collab_desktop.services.directory.contacts import get_contact, list_contacts, save_contact
from collab_desktop.services.safety.kept_work import read_kept_work


def _keep_typed_notes(qtbot, db, notes: str):  # noqa: ANN001, ANN202
    """A window where notes were typed over a contact's and kept (the server away): the contact."""
    contact = list_contacts(db)[0]
    window = open_main_window(qtbot, db)
    tab = window.contacts_tab
    assert tab.select_record(contact.id)
    tab.notes_edit.setPlainText(notes)
    assert tab.form.is_dirty()
    window.server_watch.kept.keep()
    kept = read_kept_work(db.url)
    assert kept is not None and kept.forms[0].changed == ["notes"]
    tab.form.set_dirty(False)
    window.close()
    return get_contact(db, contact.id)


@pytest.fixture
def merges(monkeypatch: pytest.MonkeyPatch) -> list:
    """The merge dialogs a save opened, each accepted with its defaults."""
    shown: list = []

    def accept(dialog) -> int:  # noqa: ANN001
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("collab_desktop.ui.tabs.record_merge_flow.run_merge_dialog", accept)
    return shown


def _restore_and_save(qtbot, db) -> bool:  # noqa: ANN001
    window = open_main_window(qtbot, db)
    window.server_watch.kept.restore_button.click()
    return window.contacts_tab.save()


def test_their_change_of_another_field_survives_the_restored_save(qtbot, db, merges) -> None:  # noqa: ANN001
    contact = _keep_typed_notes(qtbot, db, "Typed on the train")
    save_contact(db, replace(contact, organization="Changed meanwhile"))

    assert _restore_and_save(qtbot, db) is True

    saved = get_contact(db, contact.id)
    assert (saved.notes, saved.organization) == ("Typed on the train", "Changed meanwhile")
    assert len(merges) == 1
    assert [d.name for d in merges[0].comparison.differences] == ["organization"]


def test_their_change_of_the_same_field_is_shown_as_a_conflict(qtbot, db, merges) -> None:  # noqa: ANN001
    contact = _keep_typed_notes(qtbot, db, "Typed on the train")
    save_contact(db, replace(contact, notes="Their notes"))

    assert _restore_and_save(qtbot, db) is True

    assert len(merges) == 1
    conflicts = [d.name for d in merges[0].comparison.differences if d.both_changed]
    assert conflicts == ["notes"]


def test_nobody_else_changed_it_saves_without_a_merge(qtbot, db, merges) -> None:  # noqa: ANN001
    contact = _keep_typed_notes(qtbot, db, "Typed on the train")

    assert _restore_and_save(qtbot, db) is True

    assert merges == []
    assert get_contact(db, contact.id).notes == "Typed on the train"
