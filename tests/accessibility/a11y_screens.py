"""Open every tab and the main dialogs of the real window and read each one's AT-SPI tree.

    python a11y_screens.py WORK_FOLDER WALKER_SCRIPT

Runs under the project's Python on a real display (Xvfb) with a session D-Bus and
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1. For each screen it runs WALKER_SCRIPT (atspi_walk.py) under
Debian's /usr/bin/python3 while the event loop keeps answering the bus, and prints one JSON
line per screen: {"screen", "controls": [{"role", "name", "path"}, ...]}.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QProcess
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

SYSTEM_PYTHON = "/usr/bin/python3"


def settle() -> None:
    """Let layouts, models and background loads finish."""
    for _ in range(4):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QTest.qWait(50)


def read_tree(walker: str) -> dict:
    """Run the walker on this process and return its JSON, keeping the event loop running."""
    process = QProcess()
    loop = QEventLoop()
    process.finished.connect(loop.quit)
    process.start(SYSTEM_PYTHON, [walker, str(os.getpid())])
    loop.exec()
    out = bytes(process.readAllStandardOutput().data()).decode()
    err = bytes(process.readAllStandardError().data()).decode()
    try:
        return json.loads(out)
    except ValueError:
        return {"error": f"walker said: {out.strip()} {err.strip()}"[-2000:]}


def report(screen: str, window_title: str, walker: str) -> None:
    """Print the focusable controls of the window with that title, as one JSON line."""
    settle()
    tree = read_tree(walker)
    if "error" in tree:
        print(json.dumps({"screen": screen, "error": tree["error"]}), flush=True)
        return
    windows = [w for w in tree["windows"] if w["title"] == window_title]
    if not windows:
        titles = [w["title"] for w in tree["windows"]]
        error = f"no window titled {window_title!r} among {titles}"
        print(json.dumps({"screen": screen, "error": error}), flush=True)
        return
    controls = [c for w in windows for c in w["controls"]]
    print(json.dumps({"screen": screen, "controls": controls}), flush=True)


@contextmanager
def shown(dialog: QWidget) -> Iterator[QWidget]:
    """A dialog on screen for the time of the block, closed after it."""
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
    dialog.show()
    settle()
    try:
        yield dialog
    finally:
        dialog.reject()  # type: ignore[attr-defined]
        dialog.deleteLater()
        settle()


def main() -> int:
    work = Path(sys.argv[1])
    walker = sys.argv[2]
    os.environ["COLLAB_DESKTOP_HOME"] = str(work / "home")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' own helpers
    from collab_desktop.store.open import open_database
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow
    from docs.make_screenshots import fill_demo_data, write_roster

    create_application()
    roster = write_roster(work / "roster.xlsx")
    db, _ = open_database(work / "collab.sqlite")
    past, _upcoming = fill_demo_data(db, write_roster(work / "first.xlsx", 5))
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    window.ctx.tasks.wait()
    title = window.windowTitle()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        table = getattr(getattr(tab, "table", None), "view", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)
        window.ctx.tasks.wait()
        report("tab " + window.tabs.tabText(index).replace("&", ""), title, walker)

    for name, make in dialogs(window, roster, past).items():
        with shown(make()) as dialog:
            if name.startswith("import wizard"):
                for _page in range(int(name[-1]) - 1):
                    dialog.next()
                    window.ctx.tasks.wait()
            report(name, dialog.windowTitle(), walker)

    window.ctx.tasks.wait()
    for tab in window.record_tabs():
        tab.form.set_dirty(False)
    window.close()
    db.dispose()
    return 0


def dialogs(window, roster: Path, past) -> dict[str, Callable[[], QWidget]]:  # noqa: ANN001
    """The main dialogs, each made fresh on demand."""
    from collab_desktop.services.directory.collaboratives import list_collaboratives
    from collab_desktop.ui.dialogs.calendar_export_dialog import CalendarExportDialog
    from collab_desktop.ui.dialogs.checkin_dialog import CheckInDialog
    from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog
    from collab_desktop.ui.dialogs.import_history import ImportHistoryDialog
    from collab_desktop.ui.dialogs.import_wizard import ImportWizard
    from collab_desktop.ui.dialogs.membership_dialog import MembershipDialog
    from collab_desktop.ui.dialogs.restore_dialog import RestoreDialog
    from collab_desktop.ui.dialogs.session_dialog import SessionDialog
    from collab_desktop.ui.dialogs.trash_dialog import TrashDialog
    from collab_desktop.ui.widgets.registrations_panel import AddGroupDialog

    ctx = window.ctx
    documents, team = window.documents, window.team_database
    found = {f"import wizard page {n}": (lambda: ImportWizard(ctx, roster, window)) for n in "1234"}
    found.update(
        {
            "session dialog": lambda: SessionDialog(ctx, None, window),
            "check-in dialog": lambda: CheckInDialog(ctx, past, window),
            "restore dialog": lambda: RestoreDialog(ctx, window),
            "trash dialog": lambda: TrashDialog(ctx, window),
            "contact picker": lambda: ContactPickerDialog(
                ctx, "Add members", roles=["member"], with_date=True, parent=window
            ),
            "calendar export dialog": lambda: CalendarExportDialog(ctx, past, window),
            "import history dialog": lambda: ImportHistoryDialog(ctx, window),
            "add a whole collaborative": lambda: AddGroupDialog(ctx, None, parent=window),
            "membership dialog": lambda: MembershipDialog(
                ["member", "lead contact"],
                collaboratives=list_collaboratives(ctx.db),
                parent=window,
            ),
            "team database dialog": team.connect_dialog,
            "move to a team server dialog": team.move_dialog,
            "certificates dialog": documents.certificates_dialog,
            "certificate settings dialog": documents.settings_dialog,
            "e-mail templates dialog": documents.templates_dialog,
            "attendance file preview": lambda: meeting_preview(window, past),
        }
    )
    return found


def meeting_preview(window, past) -> QWidget:  # noqa: ANN001
    """The preview of a meeting's attendance file for the past session (two people in it)."""
    from zoom_report import write_zoom_report

    from collab_desktop.domain.timezones import local_zone
    from collab_desktop.services.sessions.meeting_attendance import preview_meeting_attendance
    from collab_desktop.ui.dialogs.meeting_preview_dialog import MeetingPreviewDialog

    lines = [("Dana Reyes", "", 0, 50), ("Someone New", "new@example.org", 5, 40)]
    work = Path(window.ctx.db.path).parent
    start = past.start.astimezone(local_zone())
    path = write_zoom_report(work / "participants.csv", start, lines)
    preview = preview_meeting_attendance(window.ctx.db, path, past.id)
    return MeetingPreviewDialog(preview, past.title, window)


if __name__ == "__main__":
    sys.exit(main())
