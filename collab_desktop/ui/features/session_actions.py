"""File menu actions for sessions: export a sign-up sheet, import attendance, export a calendar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.ui.dialogs.confirm import confirm, show_error
from collab_desktop.ui.host import Menu
from collab_desktop.ui.icons import icon
from collab_desktop.ui.operations import Operation

if TYPE_CHECKING:
    from collab_desktop.ui.host import WindowHost

XLSX_FILTER = "Excel workbook (*.xlsx)"
ICS_FILTER = "Calendar file (*.ics)"
ATTENDANCE_FILTER = (
    "Sign-up sheets and meeting reports (*.xlsx *.csv);;Excel workbook (*.xlsx);;"
    "CSV file (*.csv);;All files (*)"
)


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text).strip()[:60]


class SessionFileActions:
    """Owns the three actions; the host's ``selected_session_id`` says which session they apply to."""

    def __init__(self, host: WindowHost) -> None:
        self.host = host
        self.window = host.parent  # the parent of this feature's dialogs and actions
        self.ctx = host.ctx
        self.current_session = host.selected_session_id
        self.export_sheet = self._action("Export sign-up sheet…", "export", self.export_signup)
        self.import_attendance = self._action("Read attendance…", "import", self.import_sheet)
        self.import_attendance.setToolTip(
            "Read a filled-in sign-up sheet, or a Zoom or Teams attendance report"
        )
        self.export_ics = self._action("Export calendar (.ics)…", "calendar", self.export_calendar)

    def _action(self, text: str, icon_name: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(icon(icon_name), text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def actions(self) -> list[QAction]:
        return [self.export_sheet, self.import_attendance, self.export_ics]

    def _session(self, what: str) -> SessionRecord | None:
        session_id = self.current_session()
        if session_id is None:
            QMessageBox.information(
                self.window, what, "Select a session first (in the calendar or the list)."
            )
            return None
        found = Operation(self.ctx, self.window, what, lambda: get_session(self.ctx.db, session_id))
        return found.result if found.run() else None

    def _folder(self) -> Path:
        return self.ctx.db.path.parent if self.ctx.db.path else Path.home()

    def export_signup(self) -> None:
        from collab_desktop.services.sessions.signup_sheets import export_signup_sheet

        session = self._session("Export sign-up sheet")
        if session is None:
            return
        blank, ok = QInputDialog.getInt(
            self.window, "Export sign-up sheet", "Blank rows for walk-ins:", 10, 0, 200
        )
        if not ok:
            return
        name = f"Sign-up {_safe_name(session.title)} {session.start:%Y-%m-%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export sign-up sheet", str(self._folder() / name), XLSX_FILTER
        )
        if not path:
            return
        from collab_desktop.ui.settings import exports_need_consent

        everyone = not exports_need_consent()
        Operation(
            self.ctx, self.window, "Export sign-up sheet",
            lambda: export_signup_sheet(self.ctx.db, session.id, Path(path), blank, everyone),
        ).success(lambda p: self._status(f"Sign-up sheet written to {p}")).run_in_background()  # fmt: skip

    def import_sheet(self) -> None:
        """Read a filled-in sign-up sheet or a Zoom or Teams report (in the background), show
        what it records, and record it as one undo step."""
        session = self._session("Read attendance")
        if session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Read attendance", str(self._folder()), ATTENDANCE_FILTER
        )
        if path:
            self._read_attendance(Path(path), session)

    def _read_attendance(self, path: Path, session: SessionRecord, force: bool = False) -> None:
        from collab_desktop.services.sessions.meeting_attendance import (
            MeetingPreview,
            OtherMeetingError,
            preview_attendance_file,
        )

        def shown(preview) -> None:  # noqa: ANN001
            if isinstance(preview, MeetingPreview):
                self._record_meeting(preview, session, path)
            else:
                self._record_attendance(preview, session)

        def refused(error: Exception) -> None:
            if isinstance(error, OtherMeetingError):
                if confirm(
                    self.window,
                    "Read attendance",
                    f"{path.name} is a report of a meeting on {error.report_day:%A %d %B %Y}, "
                    f"but {session.title} was on {error.session_day:%A %d %B %Y}.\n\n"
                    "Is it the right file? Read it for this session anyway?",
                ):
                    self._read_attendance(path, session, force=True)
                return
            show_error(self.window, "Read attendance", str(error))

        Operation(
            self.ctx, self.window, "Read attendance",
            lambda: preview_attendance_file(self.ctx.db, path, session.id, force),
        ).success(shown).failure(refused).run_in_background(
            progress="Reading the attendance file…"
        )  # fmt: skip

    def _record_meeting(self, preview, session: SessionRecord, path: Path) -> None:  # noqa: ANN001
        """Show a meeting report's people; on Record attendance, write it as one undo step."""
        from collab_desktop.services.sessions.meeting_attendance import (
            preview_meeting_attendance,
        )
        from collab_desktop.services.undo.links import apply_meeting_with_undo
        from collab_desktop.ui.dialogs.meeting_preview_dialog import MeetingPreviewDialog

        def reread(min_minutes: float):  # noqa: ANN202 - a MeetingPreview or None
            again = Operation(
                self.ctx, self.preview_dialog, "Read attendance",
                lambda: preview_meeting_attendance(
                    self.ctx.db, path, session.id, min_minutes=min_minutes, force=True
                ),
            )  # fmt: skip
            return again.result if again.run() else None

        self.preview_dialog = MeetingPreviewDialog(preview, session.title, self.window, reread)
        if not self.preview_dialog.exec():
            return
        preview = self.preview_dialog.preview  # read again if the minimum was changed

        def recorded(result: tuple[dict, object]) -> None:
            counts = result[0]
            left = len(counts["unmatched"]) + len(counts["ambiguous"])
            self._status(
                f"Recorded {counts['attended']} attended ({counts['walk_ins']} walk-ins) from "
                f"the {preview.source.title()} report; {left} left out. Ctrl+Z undoes this."
            )

        Operation(
            self.ctx, self.window, "Read attendance",
            lambda: apply_meeting_with_undo(self.ctx.db, preview),
        ).undo_step(lambda r: r[1]).success(recorded).run()  # fmt: skip

    def _record_attendance(self, preview, session: SessionRecord) -> None:  # noqa: ANN001
        """Show the preview; on Record attendance, write it as one undo step."""
        from collab_desktop.services.undo.links import apply_attendance_with_undo
        from collab_desktop.ui.dialogs.attendance_preview_dialog import AttendancePreviewDialog

        self.preview_dialog = AttendancePreviewDialog(preview, session.title, self.window)
        if not self.preview_dialog.exec():
            return

        def recorded(result: tuple[dict[str, int], object]) -> None:
            counts = result[0]
            self._status(
                f"Recorded {counts['attended']} attended, {counts['absent']} absent, "
                f"{counts['walk_ins_added']} walk-ins."
            )

        Operation(
            self.ctx, self.window, "Read attendance",
            lambda: apply_attendance_with_undo(self.ctx.db, preview),
        ).undo_step(lambda r: r[1]).success(recorded).run()  # fmt: skip

    def export_calendar(self) -> None:
        from collab_desktop.services.sessions.calendar_export import export_calendar
        from collab_desktop.ui.dialogs.calendar_export_dialog import CalendarExportDialog

        session_id = self.current_session()
        session = get_session(self.ctx.db, session_id) if session_id is not None else None
        dialog = CalendarExportDialog(self.ctx, session, self.window)
        if not dialog.exec():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export calendar", str(self._folder() / "sessions.ics"), ICS_FILTER
        )
        if not path:
            return
        scope = dialog.scope()
        Operation(
            self.ctx, self.window, "Export calendar",
            lambda: export_calendar(self.ctx.db, Path(path), **scope),
        ).success(
            lambda n: self._status(f"{n} calendar event(s) written to {path}")
        ).run_in_background()  # fmt: skip

    def _status(self, text: str) -> None:
        self.host.show_status(text, 8000)


def install_session_actions(host: WindowHost) -> SessionFileActions:
    """Add the session file actions to the window's File menu."""
    actions = SessionFileActions(host)
    for action in actions.actions():
        host.add_action(Menu.FILE, action)
    return actions
