"""File > Back up now / Restore from backup, Edit > Trash, Help > Check database, in the window."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from collab_desktop.domain.clock import local_now
from collab_desktop.services.changes import reporting, run_reporting
from collab_desktop.services.directory.contacts import delete_contacts, list_contacts
from collab_desktop.services.safety.backups import list_backups, make_backup
from collab_desktop.ui.dialogs.restore_dialog import RestoreDialog
from collab_desktop.ui.dialogs.trash_dialog import TrashDialog


def wall_clock_now():  # noqa: ANN201 - datetime
    """Now on the app's clock, as the naive wall-clock time backups are named by."""
    return local_now().replace(tzinfo=None)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Yes to every question; information boxes recorded instead of shown."""
    said: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def question(_p, _t, text, *_a, **_k):  # noqa: ANN001, ANN202
        said["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _p, _t, text, *_a, _n=name, **_k: said[_n].append(text)
        )
    return said


def test_restore_dialog_lists_backups_and_restores_one(qtbot, window, answers) -> None:  # noqa: ANN001
    db = window.ctx.db
    yesterday = make_backup(db.path, "daily", wall_clock_now() - timedelta(days=1))
    window.ctx.events.publish(run_reporting(delete_contacts, db, [1, 2, 3])[1])
    make_backup(db.path, "before-import")
    window.safety.undo.record(
        __import__("collab_desktop.services.undo.undo", fromlist=["x"]).DeleteChange(
            "contact", [9], 0
        )
    )
    dialog = RestoreDialog(window.ctx, window, window.leave_all_forms)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.table.visible_records()
    assert [b.reason for b in rows] == ["before-import", "before-bulk-delete", "daily"]
    assert [b.contacts for b in rows] == [1, 4, 4]
    dialog.grab().save(str(db.path.parent / "restore-dialog.png"))

    dialog.table.view.selectRow(2)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    assert "4 contacts" in answers["question"][0] and "backed up first" in answers["question"][0]
    assert len(list_contacts(db)) == 4
    window.tabs.setCurrentWidget(window.contacts_tab)  # tabs load their rows when first shown
    assert window.contacts_tab.table.model.rowCount() == 4
    assert window.safety.undo.stack.count() == 0  # history of the replaced data is gone
    reasons = [b.reason for b in list_backups(db.path)]
    assert "before-restore" in reasons and yesterday.path.exists()
    assert "Before restoring a backup" in answers["information"][0]


def test_restore_dialog_refuses_a_file_that_is_not_a_database(
    qtbot, window, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    bogus = tmp_path / "roster.sqlite"
    bogus.write_text("name,email\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bogus), ""))
    dialog = RestoreDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.empty_label.isVisibleTo(dialog)
    dialog.file_button.click()
    assert "not a Collab Desktop database" in answers["warning"][0]
    assert answers["question"] == [] and len(list_contacts(window.ctx.db)) == 4


def test_trash_dialog_puts_back_and_empties(qtbot, window, answers) -> None:  # noqa: ANN001
    db = window.ctx.db
    with reporting() as captured:
        delete_contacts(db, [1, 2])
        delete_contacts(db, [3])
    window.ctx.events.publish(captured.changes)
    dialog = TrashDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    entries = dialog.table.visible_records()
    assert len(entries) == 2 and entries[1].label.startswith("2 contacts")
    dialog.grab().save(str(db.path.parent / "trash-dialog.png"))

    dialog.table.view.selectRow(1)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert answers["warning"] == []
    assert len(list_contacts(db)) == 3
    window.tabs.setCurrentWidget(window.contacts_tab)  # tabs load their rows when first shown
    assert window.contacts_tab.table.model.rowCount() == 3
    assert dialog.table.model.rowCount() == 1

    dialog.empty_button.click()
    assert "cannot be put back" in answers["question"][-1]
    assert dialog.table.model.rowCount() == 0 and not dialog.empty_button.isEnabled()


def test_back_up_now_and_check_database(
    qtbot, window, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    out = tmp_path / "usb" / "copy.sqlite"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    window.safety.backup_action.trigger()
    assert out.exists()
    assert "4 contacts" in answers["information"][0]

    window.safety.check_action.trigger()
    qtbot.waitUntil(lambda: getattr(window.safety, "check_box", None) is not None)
    box = window.safety.check_box
    assert box.text().startswith("The database is healthy")
    box.grab().save(str(window.ctx.db.path.parent / "check-dialog.png"))
    box.accept()


def _quiet_logging(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    """run_gui sets up file logging for the whole process; tests keep it out."""
    monkeypatch.setattr(
        "collab_desktop.logging_setup.setup_logging", lambda *_a, **_k: db_path.parent / "x.log"
    )


def _damage(path: Path) -> bytes:
    garbage = b"this used to be a database" * 100
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(garbage)
    return garbage


def test_start_offers_the_newest_backup_for_an_unreadable_file(
    qtbot, db_path: Path, answers, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    make_backup(db_path, "daily", wall_clock_now() - timedelta(days=1))
    garbage = _damage(db_path)
    opened: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: opened.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: len(list_contacts(opened[0].ctx.db)))

    _quiet_logging(monkeypatch, db_path)
    assert app_module.run_gui(str(db_path)) == 4  # the window came up on the backup's data
    assert "yesterday" in answers["question"][0]
    kept = [p for p in db_path.parent.iterdir() if "_unreadable" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    opened[0].deleteLater()


def test_start_without_recovery_leaves_the_file_alone(
    qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui import app as app_module

    make_backup(db_path, "daily", wall_clock_now() - timedelta(days=1))
    garbage = _damage(db_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a, **_k: shown.append(text))
    _quiet_logging(monkeypatch, db_path)
    assert app_module.run_gui(str(db_path)) == 1
    assert "not a Collab Desktop database" in shown[0]
    assert db_path.read_bytes() == garbage
