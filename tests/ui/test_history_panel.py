"""The History panel: edit a record, open its history from the form, the menu or the session
editor, and see the change (labels as the form says them, times in this workstation's zone)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from collab_desktop.ui.dialogs.history_panel import HistoryPanel, shown_value


def _panels(window) -> list[HistoryPanel]:  # noqa: ANN001
    return [p for p in window.findChildren(HistoryPanel) if p.isVisible()]


def _row(panel: HistoryPanel, field: str) -> list[str]:
    table = panel.table
    for r in range(table.proxy.rowCount()):
        if table.cell_text(r, 2) == field:
            return [table.cell_text(r, c) for c in range(5)]
    raise AssertionError(f"no {field!r} row in {table.column_texts(2)}")


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_edit_a_contact_then_see_the_change_in_its_history(window, qtbot, clock) -> None:  # noqa: ANN001
    from collab_desktop.store import acting_user

    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    alice = next(r for r in tab.table.model.records() if r.last_name == "Kennedy")
    tab.table.select_id(alice.id)
    assert tab.history_button.isEnabled()
    acting_user.set_user("dana")
    try:
        tab.job_edit.clear()
        qtbot.keyClicks(tab.job_edit, "Quality Lead")
        window.save_action.trigger()
    finally:
        acting_user.set_user(None)

    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    (panel,) = _panels(window)
    qtbot.waitExposed(panel)
    assert not panel.isModal()
    assert panel.table.accessibleName() == "Changes to Alice Kennedy"
    headers = [panel.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["When", "Who", "Field", "Old value", "New value"]
    when, who, _field, _old, new = _row(panel, "Job title")
    assert (who, new) == ("dana", "Quality Lead")
    # 10:00 in New York, the tests' zone (the clock fixture's moment).
    assert when == "2026-12-02 10:00"

    # The open panel follows the next save, and the menu's shortcut brings the same one forward.
    tab.phone_edit.setText("603 555 0199")
    window.save_action.trigger()
    assert _row(panel, "Phone")[4] == "603 555 0199"
    window.history_action.trigger()
    assert _panels(window) == [panel]
    assert window.history_action.shortcut().toString() == "Ctrl+Shift+H"
    panel.grab().save("/tmp/history-contact-panel.png")


def test_history_action_without_a_record_says_so(window) -> None:  # noqa: ANN001
    tab = window.collaboratives_tab
    window.tabs.setCurrentWidget(tab)
    tab.table.clear_selection()
    window.history_action.trigger()
    assert _panels(window) == []
    assert "Choose a record" in window.statusBar().currentMessage()


def test_session_editor_opens_the_session_history(window, qtbot, clock, db) -> None:  # noqa: ANN001
    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.services.sessions.sessions import save_session
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog

    ny = ZoneInfo("America/New_York")
    saved = save_session(
        db,
        SessionRecord(
            title="October gathering",
            start=datetime(2026, 10, 14, 9, tzinfo=ny),
            end=datetime(2026, 10, 14, 11, tzinfo=ny),
        ),
    )
    saved.start = datetime(2026, 10, 14, 10, tzinfo=ny)
    save_session(db, saved)
    dialog = open_session_dialog(window.ctx, saved.id, window)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.history_button.isVisible()
    dialog.history_button.click()
    (panel,) = [p for p in dialog.findChildren(HistoryPanel) if p.isVisible()]
    # Stored in UTC with its offset, shown in this workstation's zone.
    assert _row(panel, "Starts")[3:] == ["2026-10-14 09:00", "2026-10-14 10:00"]
    dialog.close()


def test_stored_values_are_shown_readably() -> None:
    assert shown_value(None) == ""
    assert shown_value("2026-10-14T13:00:00+00:00") == "2026-10-14 09:00"
    assert shown_value("line one\nline two") == "line one / line two"
    assert shown_value("yes") == "yes"


def test_the_panel_reads_at_a_large_font(window, qtbot, clock) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication
    from test_large_font import clipped

    app = QApplication.instance()
    before = QFont(app.font())
    big = QFont(before)
    big.setPointSizeF(before.pointSizeF() * 1.6)
    app.setFont(big)
    try:
        tab = window.contacts_tab
        window.tabs.setCurrentWidget(tab)
        alice = next(r for r in tab.table.model.records() if r.last_name == "Kennedy")
        tab.table.select_id(alice.id)
        assert not clipped(tab.history_button.parentWidget())
        tab.show_history()
        (panel,) = _panels(window)
        qtbot.waitExposed(panel)
        assert panel.width() <= 1280 and panel.height() <= 800
        assert clipped(panel) == []
        panel.grab().save("/tmp/history-large-font.png")
    finally:
        app.setFont(before)


def test_opening_another_database_closes_the_panel(window, qtbot, tmp_path) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    tab.table.select_id(tab.table.model.records()[0].id)
    tab.show_history()
    (panel,) = _panels(window)
    assert window.switch_database(tmp_path / "other.sqlite")
    qtbot.waitUntil(lambda: _panels(window) == [])


def test_a_collaboratives_history_shows_members_joining(window, qtbot, clock, db) -> None:  # noqa: ANN001
    from datetime import date

    from collab_desktop.domain.records import ContactRecord
    from collab_desktop.services.directory import contacts, memberships
    from collab_desktop.ui.operations import Operation

    ann = contacts.save_contact(
        db, ContactRecord(first_name="Ann", last_name="Lee", email="ann@example.org")
    )
    tab = window.collaboratives_tab
    window.tabs.setCurrentWidget(tab)
    collab = tab.table.model.records()[0]
    tab.table.select_id(collab.id)
    tab.show_history()
    (panel,) = _panels(window)
    qtbot.waitExposed(panel)

    # The open panel follows a membership written elsewhere in the window.
    Operation(
        window.ctx,
        window,
        "Add member",
        lambda: memberships.add_membership(db, ann.id, collab.id, "coach", date(2026, 2, 1)),
    ).run()
    qtbot.waitUntil(lambda: "Member: Ann Lee" in panel.table.column_texts(2))
    _when, _who, _field, old, new = _row(panel, "Member: Ann Lee")
    assert (old, new) == ("", "coach, joined 2026-02-01")
    panel.grab().save("/tmp/historylinks-member-panel.png")
