"""The import wizard walked with qtbot, the import history's Undo, export and Copy emails."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from collab_desktop.services.directory.contacts import list_contacts
from collab_desktop.services.rosters.import_history import list_imports

# The offscreen platform warns about size hints whenever a wizard page changes.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path(__file__).parent.parent.parent / "build" / "screenshots"


def _roster(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Spring cohort"])
    ws.append(["Name (Last, First)", "E-mail Address", "Company", "Notes"])
    ws.append(["Okafor, Chidi", "chidi@valley.org", "Valley Hospital", "+ not a formula"])
    ws.append(["Núñez, José", "jose@valley.org", "Valley Hospital", ""])
    ws.append(["Bad, Row", "bad@", "", ""])
    ws.append(["Total", 3])
    wb.save(path)
    return path


@pytest.fixture
def window(qtbot, db):  # noqa: ANN001, ANN201
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def _shot(widget, name: str) -> None:  # noqa: ANN001
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_walk_the_wizard(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    path = _roster(tmp_path / "cohort.xlsx")
    # Dropping the file on the window opens the wizard on it. Outside a real drag Qt does not
    # route a synthetic drop, so the event goes straight to the window's filter.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert window.rosters.eventFilter(window, drop)
    wizard = window.rosters.wizard
    qtbot.addWidget(wizard)
    assert wizard.file_page.path_edit.text() == str(path)
    qtbot.waitUntil(lambda: not wizard.file_page.reading)  # the file is read in the background
    assert wizard.file_page.header_spin.value() == 2
    assert "3 rows" in wizard.file_page.headers_label.text()
    _shot(wizard, "wizard-1-file")
    wizard.next()
    page = wizard.mapping_page
    assert page.current_mapping() == ["full_name_last_first", "email", "organization", "notes"]
    _shot(wizard, "wizard-2-mapping")
    wizard.next()
    target = wizard.target_page
    target.collab_combo.setCurrentIndex(1)
    target.role_combo.setCurrentText("coach")
    collab_name = target.collab_combo.currentText()
    _shot(wizard, "wizard-3-target")
    wizard.next()
    preview = wizard.preview_page
    outcomes = [(r.row, r.outcome) for r in preview.table.model.records()]
    assert outcomes == [(3, "new"), (4, "new"), (5, "error")]
    assert "2 new" in preview.counts.text()
    _shot(wizard, "wizard-4-preview")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    assert "<b>2</b> added" in wizard.summary_page.summary.text()
    _shot(wizard, "wizard-5-summary")
    errors = tmp_path / "errors.xlsx"
    wizard.summary_page.save_errors(str(errors))
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[1][-1].startswith("Not a valid email")
    # The contacts tab shows the new people once the change event has refreshed it.
    window.tabs.setCurrentWidget(window.contacts_tab)  # tabs load their rows when first shown
    table = window.contacts_tab.table
    qtbot.waitUntil(lambda: any(r.email == "jose@valley.org" for r in table.model.records()))
    jose = next(r for r in table.model.records() if r.email == "jose@valley.org")
    assert (jose.first_name, jose.last_name, jose.collaboratives) == (
        "José",
        "Núñez",
        collab_name,
    )
    chidi = next(c for c in list_contacts(window.ctx.db) if c.email == "chidi@valley.org")
    assert chidi.notes == "+ not a formula"


def test_cancel_leaves_database_unchanged(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "many.csv"
    lines = ["First Name,Last Name,Email"] + [f"P{i},Q,p{i}@x.org" for i in range(4100)]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = len(list_contacts(window.ctx.db))
    wizard = window.rosters.import_roster(path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: not wizard.file_page.reading)
    wizard.next()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    original = window.ctx.tasks.run

    def run_and_cancel(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        task = original(*args, **kwargs)
        task.cancel()
        return task

    window.ctx.tasks.run = run_and_cancel
    wizard.next()
    qtbot.waitUntil(lambda: "cancelled" in preview.counts.text(), timeout=10000)
    assert wizard.currentPage() is preview
    assert len(list_contacts(window.ctx.db)) == before
    assert list_imports(window.ctx.db) == []


def test_history_undo(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from collab_desktop.services.rosters.roster_import import import_roster

    before = len(list_contacts(window.ctx.db))
    import_roster(window.ctx.db, _roster(tmp_path / "cohort.xlsx"))
    dialog = window.rosters.show_history()
    qtbot.addWidget(dialog)
    assert len(dialog.table.model.records()) == 1
    dialog.table.select_id(dialog.table.model.records()[0].id)
    assert dialog.undo_button.isEnabled()
    _shot(dialog, "import-history")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.undo_selected()
    assert len(list_contacts(window.ctx.db)) == before
    assert dialog.table.model.records()[0].undone_at is not None


def test_export_and_copy_emails(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "roster.xlsx"
    window.rosters.export_roster("Care Experience Improvement Collaborative", str(out))
    qtbot.waitUntil(lambda: out.exists() and not window.ctx.tasks.busy, timeout=10000)
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "Collab Desktop contact id" and ws.max_row > 1
    window.tabs.setCurrentWidget(window.contacts_tab)
    table = window.contacts_tab.table
    table.search.setText("hitchcock")
    listed = [r.email for r in table.visible_records()]
    assert 1 < len(listed) < len(table.model.records())
    text = window.rosters.copy_emails()
    assert text == "; ".join(listed)
    assert QGuiApplication.clipboard().text() == text
    table.view.selectRow(0)
    assert window.rosters.copy_emails() == table.selected_records()[0].email


def test_header_chosen_by_hand(qtbot, db, tmp_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.dialogs.import_wizard import ImportWizard
    from collab_desktop.ui.events import DataEvents
    from collab_desktop.ui.tasks import TaskRunner

    path = tmp_path / "odd.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "People"
    wb.active.append(["Who", "Address"])
    wb.active.append(["Ana Lee", "ana@x.org"])
    wb.save(path)
    wizard = ImportWizard(AppContext(db, DataEvents(), TaskRunner()), path)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    qtbot.waitUntil(lambda: not page.reading)
    assert "No header row found" in page.message.text()
    assert not page.isComplete()
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == ["People"]
    page.header_spin.setValue(1)
    with qtbot.waitSignal(page.read_finished):
        page.reload(sheet_changed=False)
    assert page.isComplete() and page.message.text() == ""
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert not wizard.mapping_page.isComplete()
    wizard.mapping_page.combos[0].setCurrentIndex(
        wizard.mapping_page.combos[0].findData("full_name")
    )
    wizard.mapping_page.combos[1].setCurrentIndex(wizard.mapping_page.combos[1].findData("email"))
    assert wizard.mapping_page.isComplete()


def test_someone_adding_a_person_after_the_preview(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.domain.records import ContactRecord
    from collab_desktop.services.directory.contacts import save_contact
    from collab_desktop.store.open import open_database

    path = _roster(tmp_path / "cohort.xlsx")
    window.rosters.import_roster(path)
    wizard = window.rosters.wizard
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: not wizard.file_page.reading)
    wizard.next()
    wizard.next()
    wizard.next()
    assert "2 new" in wizard.preview_page.counts.text()
    # Another coordinator adds José on their own computer while this preview is on screen.
    other = open_database(window.ctx.db.url)[0]
    try:
        save_contact(
            other, ContactRecord(first_name="José", last_name="Núñez", email="JOSE@valley.org")
        )
    finally:
        other.dispose()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10000)
    text = wizard.summary_page.summary.text()
    assert "<b>1</b> added" in text
    assert "1 contact had been added by someone else meanwhile and was matched." in text
    assert [c.email for c in list_contacts(window.ctx.db)].count("JOSE@valley.org") == 1
    assert "jose@valley.org" not in [c.email for c in list_contacts(window.ctx.db)]
    wizard.summary_page.grab().save("/tmp/sharedwork-summary.png")
