"""Through the window: removed members and cancelled registrations come back with Ctrl+Z."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from without_versions import without_versions

from collab_desktop.services.changes import run_reporting
from collab_desktop.services.directory.memberships import list_members, list_memberships_of_contact
from collab_desktop.services.safety.trash import list_trash
from collab_desktop.services.sessions.registrations import list_registrations
from collab_desktop.store.models import LearningSession, Registration

START = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Yes to every question; warnings recorded instead of shown."""
    texts: dict[str, list[str]] = {"question": [], "warning": []}

    def question(_p, _t, text, *_a, **_k):  # noqa: ANN001, ANN202
        texts["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *_a, **_k: texts["warning"].append(text)
    )
    return texts


def _names(related) -> list[str]:  # noqa: ANN001 - a RelatedList
    return sorted(
        related.table.model.data(related.table.model.index(row, 0))
        for row in range(related.table.model.rowCount())
    )


def _seed_session(db) -> tuple[int, list[int]]:  # noqa: ANN001
    """A past session in collaborative 2 with three people: attended, absent, registered."""
    with db.session() as s:
        session = LearningSession(
            collaborative_id=2, title="Huddle", start_at=START, end_at=START + timedelta(hours=1)
        )
        s.add(session)
        s.flush()
        regs = [
            Registration(session_id=session.id, contact_id=c, status=status)
            for c, status in ((1, "attended"), (2, "absent"), (3, "registered"))
        ]
        s.add_all(regs)
        s.flush()
        return session.id, [r.id for r in regs]


def test_remove_members_then_ctrl_z_brings_them_back(qtbot, window, said) -> None:  # noqa: ANN001
    db = window.ctx.db
    tab = window.collaboratives_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(2)  # Universal Skills: Chris Hubble and Joanne Reid
    before = list_members(db, 2)
    assert _names(tab.members) == ["Chris Hubble", "Joanne Reid"]

    tab.members.table.view.selectAll()
    tab.remove_member_button.click()

    assert "Remove 2 members" in said["question"][0] and "Edit > Undo" in said["question"][0]
    assert list_members(db, 2) == [] and tab.members.table.model.rowCount() == 0
    (entry,) = list_trash(db)
    assert entry.kind == "membership" and entry.label.startswith("2 memberships: ")
    undo = window.safety.undo.undo_action
    assert undo.text() == "&Undo remove 2 memberships"
    tab.grab().save(str(db.path.parent / "members-removed.png"))

    tab.members.table.view.setFocus()
    qtbot.keyClick(tab.members.table.view, Qt.Key.Key_Z, CTRL)

    assert without_versions(list_members(db, 2)) == without_versions(
        before
    )  # same ids, roles, joined dates
    assert _names(tab.members) == ["Chris Hubble", "Joanne Reid"]
    assert list_trash(db) == []
    qtbot.keyClick(tab.members.table.view, Qt.Key.Key_Z, CTRL_SHIFT)
    # The offscreen platform can leave Shift down after a shortcut; later selections would extend.
    qtbot.keyRelease(tab.members.table.view, Qt.Key.Key_Shift)
    assert tab.members.table.model.rowCount() == 0 and len(list_trash(db)) == 1
    window.safety.undo.undo_action.trigger()
    assert without_versions(list_members(db, 2)) == without_versions(before)
    assert said["warning"] == []


def test_contacts_tab_removal_is_undone_in_one_step(qtbot, window, said) -> None:  # noqa: ANN001
    db = window.ctx.db
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(1)  # Alice Kennedy: Care Experience and SYNERGY
    before = list_memberships_of_contact(db, 1)
    assert len(before) == 2
    tab.memberships.table.view.selectAll()
    tab.leave_button.click()
    assert list_memberships_of_contact(db, 1) == []
    assert tab.memberships.table.model.rowCount() == 0

    window.safety.undo.undo_action.trigger()

    assert without_versions(list_memberships_of_contact(db, 1)) == without_versions(before)
    assert tab.memberships.table.model.rowCount() == 2
    # The collaboratives' member counts followed too.
    counts = {c.id: c.member_count for c in window.collaboratives_tab.fetch_records()}
    assert counts[before[0].collaborative_id] >= 1


def test_putting_back_a_membership_of_a_deleted_contact_says_why(qtbot, window, said) -> None:  # noqa: ANN001
    from collab_desktop.services.directory.contacts import delete_contact
    from collab_desktop.ui.dialogs.trash_dialog import TrashDialog

    db = window.ctx.db
    tab = window.collaboratives_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(4)  # LHS E-STaR: Megan Holthoff
    tab.members.table.view.selectAll()
    tab.remove_member_button.click()
    window.ctx.events.publish(run_reporting(delete_contact, db, 4)[1])
    dialog = TrashDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    entries = {e.kind: e for e in dialog.table.visible_records()}
    assert sorted(entries) == ["contact", "membership"]
    dialog.grab().save(str(db.path.parent / "trash-membership.png"))

    assert dialog.table.select_id(entries["membership"].id)
    dialog.restore_button.click()

    (warning,) = said["warning"]
    assert "Megan Holthoff in LHS E-STaR (lead contact)" in warning
    assert "contact it belongs to has been deleted" in warning
    assert dialog.table.model.rowCount() == 2  # nothing lost; put the contact back first


def test_cancel_registration_then_ctrl_z_gives_back_each_status(qtbot, window, said) -> None:  # noqa: ANN001
    db = window.ctx.db
    session_id, reg_ids = _seed_session(db)
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(session_id)
    before = list_registrations(db, session_id)
    tab.registrations.table.view.selectAll()
    tab.unregister_button.click()
    assert {r.status for r in list_registrations(db, session_id)} == {"cancelled"}

    tab.registrations.table.view.setFocus()
    qtbot.keyClick(tab.registrations.table.view, Qt.Key.Key_Z, CTRL)

    assert without_versions(list_registrations(db, session_id)) == without_versions(
        before
    )  # attended, absent, registered, times
    shown = {
        tab.registrations.table.model.data(tab.registrations.table.model.index(r, 2))
        for r in range(3)
    }
    assert "cancelled" not in shown and "attended" in shown


def test_session_dialog_marks_join_the_window_history(qtbot, window, said) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog

    db = window.ctx.db
    session_id, _reg_ids = _seed_session(db)
    before = list_registrations(db, session_id)
    dialog = open_session_dialog(window.ctx, session_id, window)
    qtbot.addWidget(dialog)
    dialog.registrations.table.view.selectAll()
    dialog.registrations.cancel_button.click()
    assert {r.status for r in list_registrations(db, session_id)} == {"cancelled"}
    dialog.reject()

    assert window.safety.undo.undo_action.text() == "&Undo mark 3 registrations cancelled"
    window.safety.undo.undo_action.trigger()
    assert without_versions(list_registrations(db, session_id)) == without_versions(before)
