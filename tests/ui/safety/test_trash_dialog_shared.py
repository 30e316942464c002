"""Edit > Trash shows who deleted each item, and what others deleted once refreshed (F5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import delete_contacts, save_contact
from collab_desktop.store import acting_user
from collab_desktop.store.open import open_database
from collab_desktop.ui.dialogs.trash_dialog import TrashDialog


def test_the_trash_shows_what_another_coordinator_deleted(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    other = open_database(window.ctx.db.url)[0]
    try:
        ana = save_contact(other, ContactRecord(first_name="Ana", last_name="Ruiz"))
        acting_user.set_user("dana")
        try:
            delete_contacts(other, [ana.id])
        finally:
            acting_user.set_user(None)
        dialog = TrashDialog(window.ctx, window)  # opened: the list is read afresh
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        model = dialog.table.model
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        by = headers.index("Deleted by")
        rows = dialog.table.visible_records()
        assert [(e.label, e.deleted_by) for e in rows] == [("Ana Ruiz", "dana")]
        assert model.index(0, by).data() == "dana"

        bo = save_contact(other, ContactRecord(first_name="Bo", last_name="Ng"))
        delete_contacts(other, [bo.id])
        assert len(dialog.table.visible_records()) == 1
        dialog.table.view.setFocus()
        qtbot.keyClick(dialog.table.view, Qt.Key.Key_F5)
        assert {e.label for e in dialog.table.visible_records()} == {"Ana Ruiz", "Bo Ng"}
        assert dialog.refresh_button.accessibleName() or dialog.refresh_button.text()
        dialog.grab().save(str(tmp_path / "trash-dialog.png"))
        dialog.grab().save("/tmp/sharedwork-trash.png")
    finally:
        other.dispose()
