"""Views follow change sets by id: rows updated, added and removed in place, no reload."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import get_contact, save_contact
from collab_desktop.ui.operations import Operation


def _resets(tab) -> list[str]:  # noqa: ANN001
    """Record every reset of the tab's table model (a full reload)."""
    heard: list[str] = []
    tab.table.model.modelReset.connect(lambda: heard.append("reset"))
    return heard


def _row(tab, contact_id: int):  # noqa: ANN001, ANN202
    return next(r for r in tab.table.model.records() if r.id == contact_id)


def test_saving_a_contact_updates_its_row_in_place(window, qtbot) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(2)
    resets = _resets(tab)
    tab.org_edit.selectAll()
    qtbot.keyClicks(tab.org_edit, "Valley Clinic")
    with qtbot.waitSignal(tab.table.model.dataChanged):
        assert tab.save()
    assert resets == []
    assert _row(tab, 2).organization == "Valley Clinic"
    assert tab.table.current_record().id == 2  # still selected


def test_a_contact_saved_elsewhere_appears_and_the_selection_stays(window) -> None:  # noqa: ANN001
    contacts = window.contacts_tab
    window.tabs.setCurrentWidget(contacts)
    assert contacts.select_record(3)
    resets = _resets(contacts)
    window.tabs.setCurrentWidget(window.sessions_tab)
    record = ContactRecord(first_name="Ana", last_name="Aaronson", email="ana@valley.org")
    Operation(
        window.ctx, window.sessions_tab, "Save", lambda: save_contact(window.ctx.db, record)
    ).run()
    ana = next(r for r in contacts.table.model.records() if r.email == "ana@valley.org")
    assert contacts.table.model.row_of(ana.id) == 0  # in name order, though no column is sorted
    assert contacts.count_label.text() == "5"
    assert contacts.table.current_record().id == 3 and resets == []


def test_an_edit_elsewhere_keeps_an_unsaved_form(window, qtbot) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(1)
    tab.phone_edit.selectAll()
    qtbot.keyClicks(tab.phone_edit, "555-0100")
    changed = get_contact(window.ctx.db, 1)
    changed.organization = "Elsewhere Inc."
    Operation(window.ctx, None, "Save", lambda: save_contact(window.ctx.db, changed)).run()
    assert _row(tab, 1).organization == "Elsewhere Inc."
    assert tab.form.is_dirty() and tab.phone_edit.text() == "555-0100"


def test_a_delete_removes_its_rows_without_a_reload(window, answer) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    resets = _resets(tab)
    removed: list[int] = []
    tab.table.model.rowsRemoved.connect(lambda _p, first, last: removed.append(last - first + 1))
    doomed = [tab.table.model.record(0).id, tab.table.model.record(1).id]
    tab.table.select_id(doomed[0])
    selection = tab.table.view.selectionModel()
    selection.select(
        tab.table.proxy.index(1, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
    )
    answer(QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    assert sum(removed) == 2 and resets == []
    assert not {r.id for r in tab.table.model.records()} & set(doomed)
    assert tab.count_label.text() == "2" and tab.current_id is None


def test_other_tabs_follow_a_contact_delete(window, answer) -> None:  # noqa: ANN001
    collaboratives = window.collaboratives_tab  # shown first: loaded
    before = {c.id: c.member_count for c in collaboratives.table.model.records()}
    resets = _resets(collaboratives)
    contacts = window.contacts_tab
    window.tabs.setCurrentWidget(contacts)
    assert contacts.select_record(1)  # Alice Kennedy: two memberships
    answer(QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    after = {c.id: c.member_count for c in collaboratives.table.model.records()}
    assert sum(before.values()) - sum(after.values()) == 2
    assert resets == []  # only the two counts were edited


def test_a_new_membership_shows_in_a_large_contacts_table_without_a_reset(
    window, qtbot, monkeypatch
) -> None:  # noqa: ANN001
    from collab_desktop.services.directory.memberships import add_membership
    from collab_desktop.ui.tabs.contacts_tab import ContactsTab

    monkeypatch.setattr(ContactsTab, "background_threshold", 2)  # loads and merges on the worker
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading)
    assert tab.select_record(4)
    resets = _resets(tab)
    Operation(window.ctx, None, "Add", lambda: add_membership(window.ctx.db, 4, 1)).run()
    qtbot.waitUntil(lambda: "Care Experience" in _row(tab, 4).collaboratives)
    assert resets == [] and tab.table.current_record().id == 4
    assert tab.memberships.table.model.rowCount() == 2  # the form's list followed at once
