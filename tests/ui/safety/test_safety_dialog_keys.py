"""Ctrl+Z / Ctrl+Shift+Z inside the modal Trash dialog and roster import wizard."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from collab_desktop.services.directory.contacts import delete_contacts, list_contacts
from collab_desktop.services.rosters.import_history import list_imports
from collab_desktop.services.safety.trash import list_trash
from collab_desktop.services.undo.undo import delete_with_undo
from collab_desktop.ui.dialogs.trash_dialog import TrashDialog

# The offscreen platform warns about size hints whenever a wizard page changes.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def keys(qtbot, widget: QWidget, modifiers: Qt.KeyboardModifier) -> None:  # noqa: ANN001
    """Ctrl+Z (or Ctrl+Shift+Z) typed on a widget."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)
    # The offscreen platform can leave Shift down after a shortcut; later selections would extend.
    qtbot.keyRelease(widget, Qt.Key.Key_Shift)


def activate(qtbot, dialog: QWidget) -> None:  # noqa: ANN001
    """Show a dialog as the active window, as exec() or open() does."""
    dialog.show()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def emails(db) -> set[str]:  # noqa: ANN001
    return {c.email for c in list_contacts(db)}


def test_ctrl_z_in_the_trash_dialog_takes_a_put_back_out_again(
    qtbot, window, tmp_path: Path
) -> None:  # noqa: ANN001
    db = window.ctx.db
    # An earlier step of another kind, which Ctrl+Z in the dialog must leave alone.
    window.ctx.events.record(delete_with_undo(db, "contact", [1, 2]))
    delete_contacts(db, [3])
    deleted = emails(db)
    dialog = TrashDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)  # as with exec(): the window's own shortcuts are blocked
    activate(qtbot, dialog)
    assert [e.kind for e in dialog.table.visible_records()] == ["contact", "contact"]
    (single,) = [e for e in dialog.table.visible_records() if not e.label.startswith("2 ")]
    assert dialog.table.select_id(single.id)
    dialog.restore_button.click()
    back = emails(db)
    assert len(back) == len(deleted) + 1 and dialog.table.model.rowCount() == 1
    assert dialog.dialog_undo.undo_action.text() == f"&Undo put back {single.label}"
    dialog.grab().save(str(tmp_path / "trash-dialog-put-back.png"))

    keys(qtbot, dialog, CTRL)
    assert emails(db) == deleted
    qtbot.waitUntil(lambda: dialog.table.model.rowCount() == 2)
    keys(qtbot, dialog, CTRL)  # the next step is the delete of two contacts: not from here
    assert emails(db) == deleted and len(list_trash(db)) == 2
    keys(qtbot, dialog, CTRL_SHIFT)
    assert emails(db) == back
    qtbot.waitUntil(lambda: dialog.table.model.rowCount() == 1)

    # The search box keeps Ctrl+Z while it holds text, and passes it on when empty and untyped.
    search = dialog.table.search
    qtbot.keyClicks(search, "zz")
    keys(qtbot, search, CTRL)
    assert search.text() != "zz" and emails(db) == back
    search.setText("Kennedy")  # text, but no typing to undo
    keys(qtbot, search, CTRL)
    assert emails(db) == back
    search.setText("")  # empty, no typing to undo or redo, as on opening
    keys(qtbot, search, CTRL)
    assert emails(db) == deleted
    keys(qtbot, search, CTRL_SHIFT)
    assert emails(db) == back
    dialog.reject()
    assert window.safety.undo.undo_action.text() == f"&Undo put back {single.label}"


def _roster(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["First Name", "Last Name", "Email"])
    ws.append(["Chidi", "Okafor", "chidi@valley.org"])
    ws.append(["José", "Núñez", "jose@valley.org"])
    wb.save(path)
    return path


def test_ctrl_z_in_the_import_wizard_undoes_the_import(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    db = window.ctx.db
    window.ctx.events.record(delete_with_undo(db, "contact", [3]))  # older: not from the wizard
    before = emails(db)
    wizard = window.rosters.import_roster(_roster(tmp_path / "cohort.xlsx"))
    qtbot.addWidget(wizard)
    activate(qtbot, wizard)
    keys(qtbot, wizard, CTRL)  # nothing imported yet: the older step stays
    assert emails(db) == before and window.safety.undo.stack.index() == 1
    qtbot.waitUntil(lambda: not wizard.file_page.reading)  # read in the background
    for _page in range(4):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    summary = wizard.summary_page
    imported = emails(db)
    assert imported == before | {"chidi@valley.org", "jose@valley.org"}
    assert "Ctrl+Z undoes the whole import" in summary.hint.text()

    keys(qtbot, wizard, CTRL)
    assert emails(db) == before
    assert [b.undone_at is not None for b in list_imports(db)] == [True]
    assert "The import was undone" in summary.summary.text()
    assert summary.title() == "Import undone"
    wizard.grab().save(str(tmp_path / "wizard-undone.png"))
    keys(qtbot, wizard, CTRL)  # the contact deleted before the wizard stays deleted
    assert emails(db) == before

    keys(qtbot, wizard, CTRL_SHIFT)
    assert emails(db) == imported
    assert [b.undone_at is None for b in list_imports(db)] == [True, False]  # a new batch
    assert "<b>2</b> added" in summary.summary.text() and summary.title() == "Import finished"
    assert window.safety.undo.undo_action.text() == "&Undo import cohort.xlsx"  # after closing
