"""The session's registrations panel: excused and waitlisted people shown, the waitlist apart in
order, promotion and reordering by button and key, who moved up after a cancellation, undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.services.directory.collaboratives import save_collaborative
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.sessions.registrations import list_registrations, register
from collab_desktop.services.sessions.sessions import save_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
NAMES = ("Ana", "Ben", "Cai", "Dee", "Eve")


@pytest.fixture
def workshop(window, clock):  # noqa: ANN001, ANN201
    """A workshop for two next week, five sign-ups in order, shown in the Sessions tab."""
    db = window.ctx.db
    collab = save_collaborative(db, CollaborativeRecord(name="Workshop circle")).id
    start = clock.moment + timedelta(days=7)
    sid = save_session(
        db,
        SessionRecord(
            collaborative_id=collab, title="Workshop", start=start,
            end=start + timedelta(hours=1), capacity=2,
        ),
    ).id  # fmt: skip
    regs = {}
    for name in NAMES:
        contact = save_contact(
            db, ContactRecord(first_name=name, last_name="Lane", email=f"{name}@example.org")
        )
        regs[name] = register(db, sid, contact.id).id
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(sid)
    return sid, regs, tab.registrations


def line(db, sid: int) -> list[str]:  # noqa: ANN001
    waiting = [r for r in list_registrations(db, sid) if r.status == "waitlisted"]
    return [r.first_name for r in sorted(waiting, key=lambda r: r.waitlist_position)]


def shown(table) -> list[list[str]]:  # noqa: ANN001
    """The rows as the user sees them, in the view's order."""
    model = table.view.model()
    return [
        [str(model.index(row, col).data()) for col in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def undo(window) -> None:  # noqa: ANN001
    window.safety.undo.undo_action.trigger()


def test_waitlist_is_shown_apart_with_positions(window, workshop) -> None:  # noqa: ANN001
    _sid, _regs, panel = workshop
    assert panel.title.text().startswith("Registrations (2/2)")
    assert "3 waiting" in panel.title.text()
    assert sorted(row[0] for row in shown(panel.table)) == ["Ana Lane", "Ben Lane"]
    assert panel.waitlist.isVisibleTo(panel)
    assert panel.waitlist.title.text() == "Waitlist (3 waiting)"
    assert [row[:2] for row in shown(panel.waitlist.table)] == [
        ["1", "Cai Lane"], ["2", "Dee Lane"], ["3", "Eve Lane"],
    ]  # fmt: skip
    for button in (panel.waitlist.promote_button, panel.waitlist.up_button,
                   panel.waitlist.down_button, panel.excused_button):  # fmt: skip
        assert button.accessibleName() == button.text()
        assert "(" in button.toolTip()  # the shortcut is named in the tooltip


def test_promote_and_reorder_are_undo_steps(window, workshop, qtbot) -> None:  # noqa: ANN001
    sid, regs, panel = workshop
    db = window.ctx.db
    waitlist = panel.waitlist
    waitlist.table.select_id(regs["Eve"])
    assert not waitlist.down_button.isEnabled()  # last in line
    waitlist.up_button.click()
    assert line(db, sid) == ["Cai", "Eve", "Dee"]
    assert waitlist.table.current_record().id == regs["Eve"]  # still selected after the move
    waitlist.table.view.setFocus()
    qtbot.keyClick(waitlist.table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert line(db, sid) == ["Eve", "Cai", "Dee"]
    assert not waitlist.up_button.isEnabled()  # first in line now
    undo(window)
    assert line(db, sid) == ["Cai", "Eve", "Dee"]

    waitlist.table.select_id(regs["Dee"])
    waitlist.promote_button.click()
    statuses = {r.first_name: r.status for r in list_registrations(db, sid)}
    assert statuses["Dee"] == "registered"  # a place by hand, even over capacity
    assert line(db, sid) == ["Cai", "Eve"]
    assert "over capacity" in panel.title.text()
    assert panel.moved_up.text() == "Dee Lane moved up from the waitlist."
    assert [row[:2] for row in shown(waitlist.table)] == [["1", "Cai Lane"], ["2", "Eve Lane"]]
    undo(window)
    assert line(db, sid) == ["Cai", "Eve", "Dee"]
    undo(window)
    assert line(db, sid) == ["Cai", "Dee", "Eve"]


def test_cancelling_says_who_moved_up_and_marks_excused(window, workshop, answer, qtbot) -> None:  # noqa: ANN001
    sid, regs, panel = workshop
    db = window.ctx.db
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    answer(QMessageBox.StandardButton.Yes)
    panel.table.select_id(regs["Ben"])
    panel.cancel_button.click()
    assert line(db, sid) == ["Dee", "Eve"]
    assert panel.moved_up.isVisibleTo(panel)
    assert panel.moved_up.text() == "Cai Lane moved up from the waitlist."
    assert any("Cai Lane moved up" in m for m in messages)
    assert window.safety.undo.undo_action.text().endswith("(Cai Lane moved up)")
    rows = {row[0]: row[2] for row in shown(panel.table)}
    assert rows == {"Ana Lane": "registered", "Ben Lane": "cancelled", "Cai Lane": "registered"}

    panel.table.select_id(regs["Ana"])
    panel.table.view.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.table.view, Qt.Key.Key_X, ctrl_shift)  # Excused, from the keyboard
    assert {row[0]: row[2] for row in shown(panel.table)}["Ana Lane"] == "excused"
    assert not panel.moved_up.isVisibleTo(panel)  # a later change: old news
    panel.waitlist.table.select_id(regs["Dee"])
    panel.waitlist.withdraw_button.click()  # Dee no longer wants to come
    assert line(db, sid) == ["Eve"]
    assert [row[:2] for row in shown(panel.waitlist.table)] == [["1", "Eve Lane"]]
    undo(window)
    undo(window)
    undo(window)
    assert line(db, sid) == ["Cai", "Dee", "Eve"]
    statuses = {r.first_name: r.status for r in list_registrations(db, sid)}
    assert statuses["Ana"] == statuses["Ben"] == "registered"
