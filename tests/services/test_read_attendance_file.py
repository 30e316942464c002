"""Read attendance… tells a sign-up sheet from a Zoom report by content, never by file name."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from zoom_report import write_zoom_report

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.timezones import local_zone
from collab_desktop.services.errors import ServiceError
from collab_desktop.services.sessions.meeting_attendance import (
    MeetingPreview,
    OtherMeetingError,
    preview_attendance_file,
)
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.services.sessions.signup_sheets import AttendancePreview, export_signup_sheet


def test_sheet_report_and_other_files_told_apart(db, clock, tmp_path: Path) -> None:  # noqa: ANN001
    day = (clock.moment - timedelta(days=1)).astimezone(local_zone()).date()
    start = datetime(day.year, day.month, day.day, 13, tzinfo=local_zone())
    sid = save_session(
        db, SessionRecord(title="Seminar", start=start, end=start + timedelta(hours=1))
    ).id
    sheet = export_signup_sheet(db, sid, tmp_path / "sheet.xlsx")
    assert isinstance(preview_attendance_file(db, sheet, sid), AttendancePreview)

    # A Zoom report saved under a misleading name is still read as a Zoom report.
    zoom = write_zoom_report(tmp_path / "report.xlsx.txt", start, [("Ann Lee", "", 0, 50)])
    preview = preview_attendance_file(db, zoom, sid)
    assert isinstance(preview, MeetingPreview) and preview.source == "zoom"
    assert [p.minutes for p in preview.unmatched] == [50]

    old = write_zoom_report(tmp_path / "old.csv", start - timedelta(days=3), [("A", "", 0, 5)])
    with pytest.raises(OtherMeetingError) as refused:
        preview_attendance_file(db, old, sid)
    assert (refused.value.session_day - refused.value.report_day).days == 3
    assert preview_attendance_file(db, old, sid, force=True).unmatched

    junk = tmp_path / "notes.csv"
    junk.write_text("hello,world\n1,2\n", encoding="utf-8")
    with pytest.raises(ServiceError, match="not a Zoom participant report"):
        preview_attendance_file(db, junk, sid)
