"""Exporting a sign-up sheet with the keyboard alone: File menu, the questions, the file."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from keyboard_driver import ALT, Keyboard, ModalSteps
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.contacts import list_contacts
from collab_desktop.services.sessions.registrations import register_people
from collab_desktop.services.sessions.sessions import save_session

# The offscreen platform cannot raise a menu or grab the keyboard for it; a desktop can.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def test_export_a_sign_up_sheet_with_keys_only(clock, active_window, keys, qtbot, db) -> None:  # noqa: ANN001
    start = datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=2, title="Huddle", start=start, end=start + timedelta(hours=1)
        ),
    )
    register_people(db, session.id, [c.id for c in list_contacts(db)[:2]])
    window = active_window
    keys.press(Qt.Key.Key_S, ALT)
    window.sessions_tab.calendar_view.refresh()
    keys.tab_to("Calendar of sessions")
    keys.press(Qt.Key.Key_Right)  # Thursday, the huddle's day
    keys.press(Qt.Key.Key_F, ALT)  # the File menu
    menu = window.file_menu
    qtbot.waitUntil(menu.isVisible)
    export = window.session_actions.export_sheet
    for _ in range(len(menu.actions())):
        if menu.activeAction() is export:
            break
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is export

    def blank_rows(k: Keyboard) -> None:
        k.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        k.type("4")
        k.press(Qt.Key.Key_Return)

    def save_here(k: Keyboard) -> None:
        k.press(Qt.Key.Key_Return)  # the suggested name, beside the database

    steps = ModalSteps(
        qtbot,
        keys,
        [("Export sign-up sheet", blank_rows), ("Export sign-up sheet", save_here)],
    )
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    window.ctx.tasks.wait()
    assert steps.done == ["Export sign-up sheet", "Export sign-up sheet"]
    sheet = db.path.parent / "Sign-up Huddle 2026-12-03.xlsx"
    qtbot.waitUntil(sheet.exists)
    rows = list(load_workbook(sheet, read_only=True).active.iter_rows(values_only=True))
    text = "\n".join(str(v) for row in rows for v in row if v is not None)
    assert list_contacts(db)[0].last_name in text
