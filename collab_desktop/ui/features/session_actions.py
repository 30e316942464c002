"""File menu actions for sessions: export a sign-up sheet, import attendance, export a calendar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.ui.dialogs.confirm import confirm, show_error
from collab_desktop.ui.host import Menu
from collab_desktop.ui.icons import icon
from collab_desktop.ui.operations import Operation

if TYPE_CHECKING:
    from collab_desktop.ui.host import WindowHost


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text).strip()[:60]


class SessionFileActions:
    """Owns the three actions; the host's ``selected_session_id`` says which session they apply to."""

    def __init__(self, host: WindowHost) -> None:
        self.host = host
        self.window = host.parent  # the parent of this feature's dialogs and actions
        self.ctx = host.ctx
        self.current_session = host.selected_session_id
        self.export_sheet = self._action(
            translate("SessionFileActions", "Export sign-up sheet…"), "export", self.export_signup
        )
        self.import_attendance = self._action(
            translate("SessionFileActions", "Read attendance…"), "import", self.import_sheet
        )
        self.import_attendance.setToolTip(
            translate(
                "SessionFileActions",
                "Read a filled-in sign-up sheet, or a Zoom or Teams attendance report",
            )
        )
        self.export_ics = self._action(
            translate("SessionFileActions", "Export calendar (.ics)…"),
            "calendar",
            self.export_calendar,
        )

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
                self.window,
                what,
                translate(
                    "SessionFileActions", "Select a session first (in the calendar or the list)."
                ),
            )
            return None
        found = Operation(self.ctx, self.window, what, lambda: get_session(self.ctx.db, session_id))
        return found.result if found.run() else None

    def _folder(self) -> Path:
        return self.ctx.db.path.parent if self.ctx.db.path else Path.home()

    def export_signup(self) -> None:
        from collab_desktop.services.sessions.signup_sheets import export_signup_sheet

        title = translate("SessionFileActions", "Export sign-up sheet")
        session = self._session(title)
        if session is None:
            return
        blank, ok = QInputDialog.getInt(
            self.window,
            title,
            translate("SessionFileActions", "Blank rows for walk-ins:"),
            10,
            0,
            200,
        )
        if not ok:
            return
        name = translate("SessionFileActions", "Sign-up {title} {date}.xlsx").format(
            title=_safe_name(session.title), date=f"{session.start:%Y-%m-%d}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(self._folder() / name),
            translate("SessionFileActions", "Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        from collab_desktop.ui.settings import exports_need_consent

        everyone = not exports_need_consent()
        Operation(
            self.ctx, self.window, title,
            lambda: export_signup_sheet(self.ctx.db, session.id, Path(path), blank, everyone),
        ).success(lambda p: self._status(
            translate("SessionFileActions", "Sign-up sheet written to {path}").format(path=p)
        )).run_in_background()  # fmt: skip

    def import_sheet(self) -> None:
        """Read a filled-in sign-up sheet or a Zoom or Teams report (in the background), show
        what it records, and record it as one undo step."""
        title = translate("SessionFileActions", "Read attendance")
        session = self._session(title)
        if session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            title,
            str(self._folder()),
            translate(
                "SessionFileActions",
                "Sign-up sheets and meeting reports (*.xlsx *.csv);;Excel workbook (*.xlsx);;"
                "CSV file (*.csv);;All files (*)",
            ),
        )
        if path:
            self._read_attendance(Path(path), session)

    def _read_attendance(self, path: Path, session: SessionRecord, force: bool = False) -> None:
        from collab_desktop.services.sessions.meeting_attendance import (
            MeetingPreview,
            OtherMeetingError,
            preview_attendance_file,
        )

        title = translate("SessionFileActions", "Read attendance")

        def shown(preview) -> None:  # noqa: ANN001
            if isinstance(preview, MeetingPreview):
                self._record_meeting(preview, session, path)
            else:
                self._record_attendance(preview, session)

        def refused(error: Exception) -> None:
            if isinstance(error, OtherMeetingError):
                day = "dddd d MMMM yyyy"
                if confirm(
                    self.window,
                    title,
                    translate(
                        "SessionFileActions",
                        "{file} is a report of a meeting on {report_day}, but {session} was on "
                        "{session_day}.\n\nIs it the right file? Read it for this session anyway?",
                    ).format(
                        file=path.name,
                        report_day=QLocale().toString(error.report_day, day),
                        session=session.title,
                        session_day=QLocale().toString(error.session_day, day),
                    ),
                ):
                    self._read_attendance(path, session, force=True)
                return
            show_error(self.window, title, str(error))

        Operation(
            self.ctx, self.window, title,
            lambda: preview_attendance_file(self.ctx.db, path, session.id, force),
        ).success(shown).failure(refused).run_in_background(
            progress=translate("SessionFileActions", "Reading the attendance file…")
        )  # fmt: skip

    def _record_meeting(self, preview, session: SessionRecord, path: Path) -> None:  # noqa: ANN001
        """Show a meeting report's people; on Record attendance, write it as one undo step."""
        from collab_desktop.services.sessions.meeting_attendance import (
            preview_meeting_attendance,
        )
        from collab_desktop.services.undo.links import apply_meeting_with_undo
        from collab_desktop.ui.dialogs.meeting_preview_dialog import MeetingPreviewDialog

        title = translate("SessionFileActions", "Read attendance")

        def reread(min_minutes: float):  # noqa: ANN202 - a MeetingPreview or None
            again = Operation(
                self.ctx, self.preview_dialog, title,
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
                translate(
                    "SessionFileActions",
                    "Recorded {attended} attended ({walk_ins} walk-ins) from the {source} report; "
                    "{left} left out. Ctrl+Z undoes this.",
                ).format(
                    attended=counts["attended"],
                    walk_ins=counts["walk_ins"],
                    source=preview.source.title(),
                    left=left,
                )
            )

        Operation(
            self.ctx, self.window, title,
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
                translate(
                    "SessionFileActions",
                    "Recorded {attended} attended, {absent} absent, {walk_ins} walk-ins.",
                ).format(
                    attended=counts["attended"],
                    absent=counts["absent"],
                    walk_ins=counts["walk_ins_added"],
                )
            )

        Operation(
            self.ctx, self.window, translate("SessionFileActions", "Read attendance"),
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
        title = translate("SessionFileActions", "Export calendar")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(self._folder() / translate("SessionFileActions", "sessions.ics")),
            translate("SessionFileActions", "Calendar file (*.ics)"),
        )
        if not path:
            return
        scope = dialog.scope()
        Operation(
            self.ctx, self.window, title,
            lambda: export_calendar(self.ctx.db, Path(path), **scope),
        ).success(
            lambda n: self._status(
                translate("SessionFileActions", "%n calendar event(s) written to {path}", None, n)
                .format(path=path)
            )
        ).run_in_background()  # fmt: skip

    def _status(self, text: str) -> None:
        self.host.show_status(text, 8000)


def install_session_actions(host: WindowHost) -> SessionFileActions:
    """Add the session file actions to the window's File menu."""
    actions = SessionFileActions(host)
    for action in actions.actions():
        host.add_action(Menu.FILE, action)
    return actions
