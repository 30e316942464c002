"""Export a Report to one .xlsx workbook: a sheet per measure, real numbers, native charts."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet as Worksheet

from collab_desktop.domain import clock
from collab_desktop.domain.report_records import RATE_RULE, Report
from collab_desktop.io.report_sheets import DAY, MONTH, PERCENT, formatted, write_table

SHEETS = (
    "Summary",
    "Members by type",
    "Members by role",
    "New members",
    "Attendance",
    "Attendance trend",
    "Series retention",
    "Participant mix",
    "Several collaboratives",
    "Certificates",
    "Annual gathering",
)


def _summary(ws: Worksheet, report: Report) -> None:
    flt = report.filter
    facts = [
        ("Report", report.scope),
        ("Made", clock.local_now().replace(tzinfo=None, microsecond=0)),
        ("From", flt.date_from),
        ("To", flt.date_to),
        ("Active members", report.members.active),
        ("Inactive members", report.members.inactive),
        ("Sessions", len(report.sessions)),
        ("Registered", report.registered),
        ("Attended", report.attended),
        ("Excused", report.excused),
        ("Absent", report.absent),
        ("Not yet marked", report.unmarked),
        ("Attendance rate", report.rate),
        ("Attendance rate is", RATE_RULE),
        ("People in several collaboratives", len(report.spanning)),
        (
            f"People with at least {report.min_attended} sessions of a series",
            len(report.certificates),
        ),
    ]
    special = {"Made": "yyyy-mm-dd hh:mm", "From": DAY, "To": DAY, "Attendance rate": PERCENT}
    rows = [
        (label, formatted(ws, value, special[label]) if label in special else value)
        for label, value in facts
    ]
    write_table(ws, ("Figure", "Value"), rows)


def _bar_chart(
    ws: Worksheet,
    title: str,
    cols: tuple[int, int],
    last_row: int,
    anchor: str,
    stacked: bool = False,
    y_title: str = "People",
) -> None:
    """A native bar chart of columns cols[0]..cols[1] against the labels in column A."""
    if last_row < 2:
        return
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.y_axis.title = y_title
    if stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    data = Reference(ws, min_col=cols[0], max_col=cols[1], min_row=1, max_row=last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last_row))
    chart.width, chart.height = 18, 9
    ws.add_chart(chart, anchor)


def _members(wb: Workbook, report: Report) -> None:
    m = report.members
    for title, rows, label in (
        ("Members by type", m.by_type, "Participant type"),
        ("Members by role", m.by_role, "Role"),
    ):
        ws = wb.create_sheet(title)
        last = write_table(
            ws,
            (label, "Active", "Inactive", "Total"),
            [(r.label, r.active, r.inactive, r.total) for r in rows],
        )
        _bar_chart(ws, title, (2, 3), last, "F2", stacked=True)
    ws = wb.create_sheet("New members")
    last = write_table(
        ws, ("Month", "New members"), [(x.month, x.count) for x in m.new_per_month], {0: MONTH}
    )
    _bar_chart(ws, "New members per month", (2, 2), last, "D2")


def _attendance(wb: Workbook, report: Report) -> None:
    ws = wb.create_sheet("Attendance")
    headers = ("Date", "Session", "Collaborative", "Kind", "Registered", "Attended", "Excused",
               "Absent", "Not yet marked", "Waitlisted", "Attendance rate")  # fmt: skip
    rows = [
        (
            x.day,
            x.title,
            x.collaborative,
            x.kind,
            x.registered,
            x.attended,
            x.excused,
            x.absent,
            x.unmarked,
            x.waitlisted,
            x.rate,
        )  # fmt: skip
        for x in report.sessions
    ]
    write_table(ws, headers, rows, {0: DAY, 10: PERCENT})
    ws = wb.create_sheet("Attendance trend")
    last = write_table(
        ws,
        ("Month", "Sessions", "Registered", "Attended", "Excused", "Absent", "Attendance rate"),
        [
            (t.month, t.sessions, t.registered, t.attended, t.excused, t.absent, t.rate)
            for t in report.trend
        ],
        {0: MONTH, 6: PERCENT},
    )
    if last >= 2:
        chart = LineChart()
        chart.title = "Attendance over time"
        chart.y_axis.title = "People"
        chart.add_data(
            Reference(ws, min_col=3, max_col=4, min_row=1, max_row=last), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
        chart.x_axis.number_format = MONTH
        chart.width, chart.height = 18, 9
        ws.add_chart(chart, "G2")


def _retention(wb: Workbook, report: Report) -> None:
    ws = wb.create_sheet("Series retention")
    headers = ("Series", "Collaborative", "Session number", "Date", "Attended",
               "First session attendees", "Still attending", "Share still attending")  # fmt: skip
    rows = [
        (
            r.title,
            r.collaborative,
            p.number,
            p.day,
            p.attended,
            p.base,
            p.retained,
            p.retained_share,
        )  # fmt: skip
        for r in report.retention
        for p in r.points
    ]
    write_table(ws, headers, rows, {3: DAY, 7: PERCENT})


def _mix(wb: Workbook, report: Report) -> None:
    ws = wb.create_sheet("Participant mix")
    types = report.mix.types
    headers = ("Session", "Date", *types, "Attended", "Patient and family partners",
               "Patient and family share")  # fmt: skip
    rows = [
        (
            f"{x.day.isoformat()} {x.title}",
            x.day,
            *(x.counts.get(t, 0) for t in types),
            x.attended,
            x.patient_family,
            x.patient_family_share,
        )  # fmt: skip
        for x in report.mix.sessions
    ]
    last = write_table(ws, headers, rows, {1: DAY, len(headers) - 1: PERCENT})
    if types:
        _bar_chart(ws, "Participant types among attendees", (3, 2 + len(types)), last,
                   f"{get_column_letter(len(headers) + 2)}2", stacked=True)  # fmt: skip


def _people(wb: Workbook, report: Report) -> None:
    ws = wb.create_sheet("Several collaboratives")
    write_table(
        ws,
        ("Name", "Email", "Participant type", "Collaboratives", "Which"),
        [
            (
                p.name,
                p.email,
                p.participant_type,
                len(p.collaboratives),
                "; ".join(p.collaboratives),
            )
            for p in report.spanning
        ],
    )
    ws = wb.create_sheet("Certificates")
    write_table(
        ws,
        ("Series", "Name", "Email", "Sessions attended", "Sessions in series"),
        [(c.series_title, c.name, c.email, c.attended, c.sessions) for c in report.certificates],
        before=[
            [f"People who attended at least {report.min_attended} sessions of a series"],
            [],
        ],
    )


def _annual(wb: Workbook, report: Report) -> None:
    ws = wb.create_sheet("Annual gathering")
    headers = ("Year", "Sessions", "Registered", "Attended", "Excused", "Absent",
               "Attendance rate", "People",
               "Patient and family partners", "Patient and family share", "Collaboratives")  # fmt: skip
    rows = [
        (
            y.year,
            y.sessions,
            y.registered,
            y.attended,
            y.excused,
            y.absent,
            y.rate,
            y.people,
            y.patient_family,
            y.patient_family_share,
            y.collaboratives,
        )  # fmt: skip
        for y in report.annual
    ]
    write_table(ws, headers, rows, {6: PERCENT, 9: PERCENT})


def build_workbook(report: Report) -> Workbook:
    """The report as a write-only workbook, one sheet per measure, ready to save once."""
    wb = Workbook(write_only=True)
    _summary(wb.create_sheet(SHEETS[0]), report)
    _members(wb, report)
    _attendance(wb, report)
    _retention(wb, report)
    _mix(wb, report)
    _people(wb, report)
    _annual(wb, report)
    return wb


def save_workbook(wb: Workbook, path: Path | str) -> Path:
    """Save to path (.xlsx), replacing an existing file only once the new one is complete."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def discard_workbook(wb: Workbook) -> None:
    """Finish and delete an unsaved write-only workbook (its sheets stream to temporary files)."""
    fd, tmp = tempfile.mkstemp(prefix=".discarded-report-", suffix=".xlsx")
    os.close(fd)
    try:
        wb.save(tmp)
    finally:
        Path(tmp).unlink(missing_ok=True)


def export_report(report: Report, path: Path | str) -> Path:
    """Write the report to path as one workbook with a sheet per measure."""
    return save_workbook(build_workbook(report), path)
