"""Ctrl+Z / Ctrl+Shift+Z inside the modal Trash dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from collab_desktop.services.contacts import delete_contacts, list_contacts
from collab_desktop.services.trash import list_trash
from collab_desktop.services.undo import delete_with_undo
from collab_desktop.ui.dialogs.trash_dialog import TrashDialog

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

    # The search box keeps Ctrl+Z for its own typing, and passes it on when there is none.
    search = dialog.table.search
    qtbot.keyClicks(search, "zz")
    keys(qtbot, search, CTRL)
    assert search.text() != "zz" and emails(db) == back
    search.setText("")  # no typing to undo or redo, as on opening
    keys(qtbot, search, CTRL)
    assert emails(db) == deleted
    keys(qtbot, search, CTRL_SHIFT)
    assert emails(db) == back
    dialog.reject()
    assert window.safety.undo.undo_action.text() == f"&Undo put back {single.label}"
