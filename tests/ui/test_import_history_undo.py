"""File > Import history: Undo of an import someone else changed since is refused in a message
box, and the import stays listed as not undone; without such a change it is undone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.services.directory.contacts import contact_by_email, save_contact
from collab_desktop.services.rosters.roster_import import import_roster
from collab_desktop.store.acting_user import set_user
from collab_desktop.store.open import open_database
from collab_desktop.ui.dialogs.import_history import ImportHistoryDialog


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(title, text) of every warning box shown."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def _import(db, tmp_path: Path) -> int:  # noqa: ANN001
    wb = openpyxl.Workbook()
    for row in (["First Name", "Last Name", "Email"], ["Cy", "Ray", "cy@x.org"]):
        wb.active.append(row)
    wb.save(tmp_path / "r.xlsx")
    _plan, result = import_roster(db, tmp_path / "r.xlsx", ImportOptions(collaborative_id=4))
    return result.batch_id


def _dialog(qtbot, window, batch_id: int) -> ImportHistoryDialog:  # noqa: ANN001
    dialog = ImportHistoryDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.table.select_id(batch_id)
    assert dialog.undo_button.isEnabled()
    return dialog


def test_undo_is_refused_after_someone_elses_edit(
    qtbot, window, db, db_path: Path, clock, answer, warnings, tmp_path: Path
) -> None:  # noqa: ANN001
    batch_id = _import(db, tmp_path)
    clock.advance(timedelta(minutes=1))
    other = open_database(str(db_path))[0]
    try:
        theirs = contact_by_email(other, "cy@x.org")
        theirs.phone = "555-0199"
        set_user("dana")
        try:
            save_contact(other, theirs)
        finally:
            set_user(None)
    finally:
        other.dispose()
    dialog = _dialog(qtbot, window, batch_id)

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)

    assert warnings == [
        (
            "Undo import",
            "Cannot undo: Cy Ray was changed since, by dana.\n\n"
            "Nothing was changed; the import was not undone.",
        )
    ]
    assert dialog.table.select_id(batch_id)
    assert dialog.table.current_record().undone_at is None
    assert dialog.undo_button.isEnabled()
    assert contact_by_email(db, "cy@x.org").phone == "555-0199"


def test_undo_goes_through_without_such_an_edit(
    qtbot, window, db, clock, answer, warnings, tmp_path: Path
) -> None:  # noqa: ANN001
    batch_id = _import(db, tmp_path)
    dialog = _dialog(qtbot, window, batch_id)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    assert dialog.table.select_id(batch_id)
    assert dialog.table.current_record().undone_at is not None
    assert not dialog.undo_button.isEnabled()
