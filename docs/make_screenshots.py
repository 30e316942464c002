"""Take the user guide's screenshots from the real app, offscreen, on a demo database.

    python docs/make_screenshots.py            # writes docs/images/*.png

Run it after a change to the window or a dialog so the guide shows the current app. It works in
a temporary folder (database, settings, backups) and never touches your own data.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

IMAGES = Path(__file__).resolve().parent / "images"
SIZE = (1280, 800)
# Made-up people for the demo roster (example.org addresses are reserved for examples).
ROSTER = [
    ("First name", "Last name", "Email", "Organization", "Job title"),
    ("Avery", "Lindqvist", "avery.lindqvist@example.org", "North Valley Clinic", "Nurse manager"),
    ("Jordan", "Okafor", "jordan.okafor@example.org", "Riverside Hospital", "Quality lead"),
    ("Sam", "Delgado", "sam.delgado@example.org", "Hillcrest Family Practice", "Physician"),
    ("Priya", "Raman", "priya.raman@example.org", "Riverside Hospital", "Data analyst"),
    ("Morgan", "Baptiste", "morgan.baptiste@example.org", "Lakeside Health", "Social worker"),
    ("Chen", "Wei", "chen.wei@example.org", "North Valley Clinic", "Pharmacist"),
    ("Dana", "Whitfield", "dana.whitfield@example.org", "Lakeside Health", "Volunteer"),
]
# The demo database starts from the first rows; the wizard then shows the whole file.
IMPORTED_FIRST = 5


def write_roster(path: Path, rows: int | None = None) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Roster"
    for row in ROSTER[: None if rows is None else rows + 1]:
        sheet.append(row)
    book.save(path)
    return path


def fill_demo_data(db, roster: Path):  # noqa: ANN001, ANN201 - Database -> SessionRecord
    """Import a roster into the first collaborative, plan a series, take attendance, delete one."""
    from collab_desktop.domain.import_records import ImportOptions
    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.domain.timezones import localize
    from collab_desktop.services.directory.collaboratives import list_collaboratives
    from collab_desktop.services.directory.contacts import find_contact_id_by_email
    from collab_desktop.services.rosters.roster_import import import_roster
    from collab_desktop.services.safety.trash import delete_to_trash
    from collab_desktop.services.sessions.attendance import check_in
    from collab_desktop.services.sessions.registrations import (
        list_registrations,
        register_collaborative,
    )
    from collab_desktop.services.sessions.series import create_series

    collaborative = list_collaboratives(db)[0]
    import_roster(db, roster, ImportOptions(collaborative_id=collaborative.id))
    today = datetime.now().replace(hour=12, minute=0, second=0, microsecond=0)
    first = localize(today - timedelta(days=14))
    template = SessionRecord(
        collaborative_id=collaborative.id,
        title=f"{collaborative.short_name or collaborative.name} learning session",
        kind="learning seminar",
        start=first,
        end=first + timedelta(hours=1),
        location="Video call",
        presenters="Avery Lindqvist",
        capacity=40,
    )
    result = create_series(db, template, "FREQ=WEEKLY;INTERVAL=2;COUNT=8")
    past = result.sessions[0]
    for session in result.sessions[:3]:
        register_collaborative(db, session.id, collaborative.id)
    for registration in list_registrations(db, past.id)[:4]:
        check_in(db, registration.id)
    with db.session() as s:
        left = find_contact_id_by_email(s, ROSTER[IMPORTED_FIRST][2])
    if left is not None:
        delete_to_trash(db, "contact", [left])
    return past, result.sessions[1]


def settle(widget) -> None:  # noqa: ANN001
    """Let layouts, models and background loads finish before a grab."""
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtTest import QTest

    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QTest.qWait(60)
    widget.repaint()


def shoot(widget, name: str) -> Path:  # noqa: ANN001
    settle(widget)
    path = IMAGES / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not save {path}")
    print(path.relative_to(IMAGES.parent))
    return path


def shoot_history(window) -> None:  # noqa: ANN001
    """A contact edited by a colleague, and its History panel."""
    from collab_desktop.services.directory.contacts import get_contact, save_contact
    from collab_desktop.store.acting_user import set_user

    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    first = tab.table.model.records()[0]
    edited = get_contact(window.ctx.db, first.id)
    edited.job_title, edited.phone = "Quality improvement lead", "+1 603 555 0142"
    set_user("jordan.okafor")
    try:
        save_contact(window.ctx.db, edited)
    finally:
        set_user(None)
    tab.select_record(first.id)
    tab.show_history()
    from collab_desktop.ui.dialogs.history_panel import HistoryPanel

    panel = window.findChild(HistoryPanel)
    shoot(panel, "history")
    panel.close()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("COLLAB_DESKTOP_TZ", "America/New_York")
    # A fixed folder, so the path shown in the status bar stays the same from one run to the next.
    work = Path(tempfile.gettempdir()) / "collab-desktop-demo"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ["COLLAB_DESKTOP_HOME"] = str(work / "home")
    IMAGES.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QComboBox, QMessageBox

    from collab_desktop.services.safety.backups import daily_backup
    from collab_desktop.store.open import open_database
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow, about_text

    app = create_application()
    # As the app starts: English has a catalogue too ("1 person", not "1 people").
    from collab_desktop.domain.languages import ENGLISH
    from collab_desktop.ui.language import install_language

    install_language(ENGLISH)
    first_roster = write_roster(work / "Spring roster.xlsx", IMPORTED_FIRST)
    roster = write_roster(work / "Autumn roster.xlsx")
    db, _report = open_database(work / "collab-desktop.sqlite")
    past, _upcoming = fill_demo_data(db, first_roster)
    daily_backup(db)

    window = MainWindow(db)
    window.resize(*SIZE)
    window.show()
    window.ctx.tasks.wait()
    tabs = {"collaboratives": 0, "contacts": 1, "sessions": 2, "reports": 3}
    for name, index in tabs.items():
        if index >= window.tabs.count():
            continue
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        table = getattr(getattr(tab, "table", None), "view", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)
        window.ctx.tasks.wait()
        shoot(window, f"tab-{name}")

    shoot_history(window)

    from collab_desktop.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.ctx, roster, window)
    wizard.show()
    shoot(wizard, "import-file")
    wizard.next()
    shoot(wizard, "import-mapping")
    wizard.next()
    target = wizard.target_page.findChild(QComboBox)
    if target is not None and target.count() > 1:
        target.setCurrentIndex(1)
    shoot(wizard, "import-target")
    wizard.next()
    window.ctx.tasks.wait()
    shoot(wizard, "import-preview")
    wizard.reject()

    from collab_desktop.ui.dialogs.session_dialog import SessionDialog

    dialog = SessionDialog(window.ctx, None, window)
    dialog.title_edit.setText("Monthly learning session")
    dialog.location.setText("Video call")
    dialog.recurrence.set_rule("FREQ=MONTHLY;BYDAY=2TU;COUNT=10")
    dialog.show()
    shoot(dialog, "session-new")
    dialog.reject()

    from collab_desktop.ui.dialogs.checkin_dialog import CheckInDialog

    checkin = CheckInDialog(window.ctx, past, window)
    checkin.show()
    shoot(checkin, "check-in")
    checkin.reject()

    from collab_desktop.ui.dialogs.restore_dialog import RestoreDialog

    restore = RestoreDialog(window.ctx, window)
    restore.show()
    shoot(restore, "restore")
    restore.reject()

    from collab_desktop.ui.dialogs.trash_dialog import TrashDialog

    trash = TrashDialog(window.ctx, window)
    trash.show()
    shoot(trash, "trash")
    trash.reject()

    docs = window.documents
    certificates = docs.certificates_dialog()
    certificates.show()
    shoot(certificates, "certificates")
    certificates.reject()

    templates = docs.templates_dialog()
    templates.kind.setCurrentIndex(templates.kind.findData("reminder"))
    templates.show()
    shoot(templates, "email-templates")
    templates.reject()

    connect = window.team_database.connect_dialog()
    fields = connect.fields
    fields.host.setText("db.example.org")
    fields.database.setText("collab")
    fields.user.setText("dana")
    connect.show()
    shoot(connect, "team-database")
    connect.reject()

    window.file_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    shoot(window.file_menu, "file-menu")
    window.file_menu.hide()

    about = QMessageBox(QMessageBox.Icon.NoIcon, "About", about_text(db.describe()), parent=window)
    about.setIconPixmap(app.windowIcon().pixmap(64, 64))
    about.show()
    shoot(about, "about")
    about.reject()

    window.ctx.tasks.wait()
    for tab in window.record_tabs():
        tab.form.set_dirty(False)
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
