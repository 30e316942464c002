"""Importing a roster with the keyboard alone: File > Import roster, the file dialog, every step."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from keyboard_driver import ALT, CTRL, Keyboard, ModalSteps, active_dialog
from PySide6.QtCore import Qt

from collab_desktop.services.directory.contacts import list_contacts
from collab_desktop.services.directory.memberships import list_memberships_of_contact

# The offscreen platform warns whenever a wizard page changes, and cannot raise the file name
# box's completion list or grab the keyboard for it; a desktop can.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


def _roster(path: Path) -> Path:
    """A workbook as people send them: a title line above the header, one column unknown."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Spring cohort"])
    ws.append(["First Name", "Last Name", "Email", "Hospital", "Badge"])
    ws.append(["Imani", "Okoro", "imani.okoro@valley.org", "Valley Hospital", "Nurse lead"])
    ws.append(["Tomás", "Reyes", "tomas.reyes@valley.org", "Hill Clinic", "Pharmacist"])
    wb.save(path)
    return path


def test_import_a_roster_with_keys_only(active_window, keys, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = _roster(tmp_path / "cohort.xlsx")
    db = active_window.ctx.db

    def type_the_path(k: Keyboard) -> None:
        assert k.name() == "File name:"  # the file dialog starts in its name box
        k.type(str(path))
        k.press(Qt.Key.Key_Return)

    keys.press(Qt.Key.Key_I, CTRL)  # File > Import roster…
    wizard = active_dialog(qtbot)
    assert keys.name() == "File"
    keys.press(Qt.Key.Key_Tab)
    assert keys.name() == "Browse…"  # its own name, not the File box's
    steps = ModalSteps(qtbot, keys, [("Import roster", type_the_path)])
    keys.press(Qt.Key.Key_B, ALT)  # Browse… (a button's access key clicks it a moment later)
    qtbot.waitUntil(lambda: steps.done == ["Import roster"])
    page = wizard.file_page
    qtbot.waitUntil(lambda: page.path_edit.text() == str(path) and not page.reading)
    assert active_dialog(qtbot) is wizard  # the window manager's part: back to the wizard
    assert "2 rows" in page.headers_label.text()
    # Tab through the step and on to Next: passing the header row box reads nothing again.
    keys.tab_to("Header row")
    keys.press(Qt.Key.Key_Tab)
    assert keys.name() == "Next >"
    keys.press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.mapping_page

    keys.tab_to("Contact field for column Badge")
    assert keys.focus().currentText() == "(ignore)"
    keys.type("Job")  # the list jumps to the choice typed, as in any closed drop-down list
    assert keys.focus().currentText() == "Job title"
    keys.press(Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.target_page)
    assert wizard.mapping[-2:] == ["organization", "job_title"]

    keys.press(Qt.Key.Key_C, ALT)
    assert keys.name() == "Collaborative"
    keys.press(Qt.Key.Key_Down)  # past "(none …)" to the first collaborative
    collaborative = wizard.target_page.collab_combo.currentData()
    assert collaborative is not None
    keys.press(Qt.Key.Key_R, ALT)
    assert keys.name() == "Role"
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type("coach")
    keys.press(Qt.Key.Key_Return)  # Next, the wizard's default button
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page)

    assert "2 new" in wizard.preview_page.counts.text()
    keys.press(Qt.Key.Key_I, ALT)  # Import: it runs in the background, then the summary
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    assert "<b>2</b> added" in wizard.summary_page.summary.text()
    assert active_dialog(qtbot) is wizard
    # Not a control of the step left behind (the wizard moves the focus on its next turn).
    qtbot.waitUntil(lambda: keys.name() == "Finish", timeout=2000)
    assert keys.name() == "Finish"
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    imported = {c.email: c for c in list_contacts(db) if c.email.endswith("@valley.org")}
    assert sorted(imported) == ["imani.okoro@valley.org", "tomas.reyes@valley.org"]
    imani = imported["imani.okoro@valley.org"]
    assert (imani.first_name, imani.organization, imani.job_title) == (
        "Imani",
        "Valley Hospital",
        "Nurse lead",
    )
    for contact in imported.values():
        joined = list_memberships_of_contact(db, contact.id)
        assert [(m.collaborative_id, m.role) for m in joined] == [(collaborative, "coach")]
