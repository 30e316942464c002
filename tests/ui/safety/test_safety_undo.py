"""Through the window: Edit > Undo/Redo for edits, deletes and bulk deletes; unsaved-edit prompts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from collab_desktop.services.directory.contacts import get_contact, list_contacts
from collab_desktop.services.errors import NotFoundError
from collab_desktop.services.safety.trash import list_trash

Yes = QMessageBox.StandardButton.Yes


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kw):  # noqa: ANN001, ANN202
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _type(qtbot, edit, text: str) -> None:  # noqa: ANN001
    """Replace a line edit's text the way a user does (so the form notices)."""
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_undo_redo_of_a_form_edit(qtbot, window) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    original = get_contact(window.ctx.db, 1)
    assert tab.select_record(1)
    _type(qtbot, tab.last_edit, "Changed-Name")
    assert tab.form.is_dirty()
    assert tab.save()
    assert get_contact(window.ctx.db, 1).last_name == "Changed-Name"
    undo, redo = window.safety.undo.undo_action, window.safety.undo.redo_action
    assert undo.isEnabled() and "Changed-Name" in undo.text()
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in redo.shortcuts()]

    undo.trigger()
    assert get_contact(window.ctx.db, 1).last_name == original.last_name
    assert tab.last_edit.text() == original.last_name  # the form follows
    redo.trigger()
    assert get_contact(window.ctx.db, 1).last_name == "Changed-Name"
    assert tab.last_edit.text() == "Changed-Name"


def test_undo_redo_of_a_delete_and_a_bulk_delete(window, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    asked = _answer(monkeypatch, Yes)
    tab = window.collaboratives_tab
    window.tabs.setCurrentWidget(tab)
    before = {c.id for c in tab.fetch_records()}
    assert tab.select_record(1)
    tab.delete_selected()
    assert 1 not in {c.id for c in tab.table.visible_records()}
    assert len(list_trash(window.ctx.db)) == 1
    window.safety.undo.undo_action.trigger()
    assert {c.id for c in tab.table.visible_records()} == before
    assert list_trash(window.ctx.db) == []
    window.safety.undo.redo_action.trigger()
    assert 1 not in {c.id for c in tab.table.visible_records()}
    window.safety.undo.undo_action.trigger()
    asked.clear()

    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    tab.table.view.selectAll()
    tab.delete_selected()
    assert "4 contacts" in asked[0]
    assert list_contacts(window.ctx.db) == []
    assert tab.table.model.rowCount() == 0
    assert len(list_trash(window.ctx.db)) == 1  # one item for the whole delete

    window.safety.undo.undo_action.trigger()
    assert len(list_contacts(window.ctx.db)) == 4
    assert tab.table.model.rowCount() == 4
    window.safety.undo.redo_action.trigger()
    assert list_contacts(window.ctx.db) == []
    window.safety.undo.undo_action.trigger()
    assert len(list_contacts(window.ctx.db)) == 4


def test_undo_of_a_new_record_and_a_refused_redo_keeps_the_step(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    tab.new_record()
    _type(qtbot, tab.first_edit, "Brand")
    _type(qtbot, tab.email_edit, "brand@new.org")
    assert tab.save()
    new_id = tab.current_id
    window.safety.undo.undo_action.trigger()
    with pytest.raises(NotFoundError):
        get_contact(window.ctx.db, new_id)
    # Emptying the trash makes the redo impossible: said plainly, the step kept, undone.
    from collab_desktop.services.safety.trash import empty_trash

    empty_trash(window.ctx.db)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    window.safety.undo.redo_action.trigger()
    assert warned and warned[0].startswith(
        "Cannot redo: Brand is no longer in the trash (put back or emptied since)"
    )
    stack = window.safety.undo.stack
    qtbot.waitUntil(lambda: stack.index() == 0)
    assert stack.count() == 1
    with pytest.raises(NotFoundError):
        get_contact(window.ctx.db, new_id)


def test_unsaved_edits_prompt_when_switching_record(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(1)
    _type(qtbot, tab.phone_edit, "555-0000")

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    tab.table.select_id(2)
    qtbot.waitUntil(lambda: bool(asked))
    assert "unsaved changes" in asked[0]
    qtbot.waitUntil(lambda: tab.table.current_record().id == 1)
    assert tab.current_id == 1 and tab.phone_edit.text() == "555-0000"

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Save)
    tab.table.select_id(2)
    qtbot.waitUntil(lambda: tab.current_id == 2)
    assert tab.table.current_record().id == 2
    assert get_contact(window.ctx.db, 1).phone == "555-0000"

    _type(qtbot, tab.phone_edit, "555-1111")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    tab.table.select_id(1)
    qtbot.waitUntil(lambda: tab.current_id == 1)
    assert asked and get_contact(window.ctx.db, 2).phone != "555-1111"
    assert tab.phone_edit.text() == "555-0000"


def test_unsaved_edits_prompt_when_closing_window(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(1)
    _type(qtbot, tab.phone_edit, "555-2222")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked and window.isVisible() and tab.form.is_dirty()
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close()
    assert get_contact(window.ctx.db, 1).phone == "555-2222"
