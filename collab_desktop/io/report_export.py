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
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.domain.vocab import vocabulary_label
from collab_desktop.io.report_sheets import DAY, MONTH, PERCENT, formatted, write_table

# The sheets' English names, in order; each is created under its name in the chosen language.
SHEETS = (
    QT_TRANSLATE_NOOP("ReportExport", "Summary"),
    QT_TRANSLATE_NOOP("ReportExport", "Members by type"),
    QT_TRANSLATE_NOOP("ReportExport", "Members by role"),
    QT_TRANSLATE_NOOP("ReportExport", "New members"),
    QT_TRANSLATE_NOOP("ReportExport", "Attendance"),
    QT_TRANSLATE_NOOP("ReportExport", "Attendance trend"),
    QT_TRANSLATE_NOOP("ReportExport", "Series retention"),
    QT_TRANSLATE_NOOP("ReportExport", "Participant mix"),
    QT_TRANSLATE_NOOP("ReportExport", "Several collaboratives"),
    QT_TRANSLATE_NOOP("ReportExport", "Certificates"),
    QT_TRANSLATE_NOOP("ReportExport", "Annual gathering"),
)


def _sheet(wb: Workbook, name: str) -> Worksheet:
    """A new sheet named name (one of SHEETS) in the chosen language."""
    return wb.create_sheet(translate("ReportExport", name))


def _summary(ws: Worksheet, report: Report) -> None:
    flt = report.filter
    made = clock.local_now().replace(tzinfo=None, microsecond=0)
    facts = [
        (translate("ReportExport", "Report"), report.scope),
        (translate("ReportExport", "Made"), formatted(ws, made, "yyyy-mm-dd hh:mm")),
        (translate("ReportExport", "From"), formatted(ws, flt.date_from, DAY)),
        (translate("ReportExport", "To"), formatted(ws, flt.date_to, DAY)),
        (translate("ReportExport", "Active members"), report.members.active),
        (translate("ReportExport", "Inactive members"), report.members.inactive),
        (translate("ReportExport", "Sessions"), len(report.sessions)),
        (translate("ReportExport", "Registered"), report.registered),
        (translate("ReportExport", "Attended"), report.attended),
        (translate("ReportExport", "Excused"), report.excused),
        (translate("ReportExport", "Absent"), report.absent),
        (translate("ReportExport", "Not yet marked"), report.unmarked),
        (translate("ReportExport", "Attendance rate"), formatted(ws, report.rate, PERCENT)),
        (translate("ReportExport", "Attendance rate is"), translate("ReportRecords", RATE_RULE)),
        (translate("ReportExport", "People in several collaboratives"), len(report.spanning)),
        (
            translate("ReportExport", "People with at least {count} sessions of a series").format(
                count=report.min_attended
            ),
            len(report.certificates),
        ),
    ]
    write_table(
        ws, (translate("ReportExport", "Figure"), translate("ReportExport", "Value")), facts
    )


def _bar_chart(
    ws: Worksheet,
    title: str,
    cols: tuple[int, int],
    last_row: int,
    anchor: str,
    stacked: bool = False,
    y_title: str | None = None,
) -> None:
    """A native bar chart of columns cols[0]..cols[1] against the labels in column A."""
    if last_row < 2:
        return
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.y_axis.title = y_title or translate("ReportExport", "People")
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
    for name, rows, label in (
        (SHEETS[1], m.by_type, translate("ReportExport", "Participant type")),
        (SHEETS[2], m.by_role, translate("ReportExport", "Role")),
    ):
        title = translate("ReportExport", name)
        ws = wb.create_sheet(title)
        last = write_table(
            ws,
            (
                label,
                translate("ReportExport", "Active"),
                translate("ReportExport", "Inactive"),
                translate("ReportExport", "Total"),
            ),
            [(vocabulary_label(r.label), r.active, r.inactive, r.total) for r in rows],
        )
        _bar_chart(ws, title, (2, 3), last, "F2", stacked=True)
    ws = _sheet(wb, SHEETS[3])
    last = write_table(
        ws,
        (translate("ReportExport", "Month"), translate("ReportExport", "New members")),
        [(x.month, x.count) for x in m.new_per_month],
        {0: MONTH},
    )
    _bar_chart(ws, translate("ReportExport", "New members per month"), (2, 2), last, "D2")


def _attendance(wb: Workbook, report: Report) -> None:
    ws = _sheet(wb, SHEETS[4])
    headers = (
        translate("ReportExport", "Date"),
        translate("ReportExport", "Session"),
        translate("ReportExport", "Collaborative"),
        translate("ReportExport", "Kind"),
        translate("ReportExport", "Registered"),
        translate("ReportExport", "Attended"),
        translate("ReportExport", "Excused"),
        translate("ReportExport", "Absent"),
        translate("ReportExport", "Not yet marked"),
        translate("ReportExport", "Waitlisted"),
        translate("ReportExport", "Attendance rate"),
    )
    rows = [
        (
            x.day,
            x.title,
            x.collaborative,
            vocabulary_label(x.kind),
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
    ws = _sheet(wb, SHEETS[5])
    last = write_table(
        ws,
        (
            translate("ReportExport", "Month"),
            translate("ReportExport", "Sessions"),
            translate("ReportExport", "Registered"),
            translate("ReportExport", "Attended"),
            translate("ReportExport", "Excused"),
            translate("ReportExport", "Absent"),
            translate("ReportExport", "Attendance rate"),
        ),
        [
            (t.month, t.sessions, t.registered, t.attended, t.excused, t.absent, t.rate)
            for t in report.trend
        ],
        {0: MONTH, 6: PERCENT},
    )
    if last >= 2:
        chart = LineChart()
        chart.title = translate("ReportExport", "Attendance over time")
        chart.y_axis.title = translate("ReportExport", "People")
        chart.add_data(
            Reference(ws, min_col=3, max_col=4, min_row=1, max_row=last), titles_from_data=True
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
        chart.x_axis.number_format = MONTH
        chart.width, chart.height = 18, 9
        ws.add_chart(chart, "G2")


def _retention(wb: Workbook, report: Report) -> None:
    ws = _sheet(wb, SHEETS[6])
    headers = (
        translate("ReportExport", "Series"),
        translate("ReportExport", "Collaborative"),
        translate("ReportExport", "Session number"),
        translate("ReportExport", "Date"),
        translate("ReportExport", "Attended"),
        translate("ReportExport", "First session attendees"),
        translate("ReportExport", "Still attending"),
        translate("ReportExport", "Share still attending"),
    )
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
    ws = _sheet(wb, SHEETS[7])
    types = report.mix.types
    headers = (
        translate("ReportExport", "Session"),
        translate("ReportExport", "Date"),
        *(vocabulary_label(t) for t in types),
        translate("ReportExport", "Attended"),
        translate("ReportExport", "Patient and family partners"),
        translate("ReportExport", "Patient and family share"),
    )
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
        _bar_chart(ws, translate("ReportExport", "Participant types among attendees"), (3, 2 + len(types)), last,
                   f"{get_column_letter(len(headers) + 2)}2", stacked=True)  # fmt: skip


def _people(wb: Workbook, report: Report) -> None:
    ws = _sheet(wb, SHEETS[8])
    write_table(
        ws,
        (
            translate("ReportExport", "Name"),
            translate("ReportExport", "Email"),
            translate("ReportExport", "Participant type"),
            translate("ReportExport", "Collaboratives"),
            translate("ReportExport", "Which"),
        ),
        [
            (
                p.name,
                p.email,
                vocabulary_label(p.participant_type),
                len(p.collaboratives),
                "; ".join(p.collaboratives),
            )
            for p in report.spanning
        ],
    )
    ws = _sheet(wb, SHEETS[9])
    write_table(
        ws,
        (
            translate("ReportExport", "Series"),
            translate("ReportExport", "Name"),
            translate("ReportExport", "Email"),
            translate("ReportExport", "Sessions attended"),
            translate("ReportExport", "Sessions in series"),
        ),
        [(c.series_title, c.name, c.email, c.attended, c.sessions) for c in report.certificates],
        before=[
            [
                translate(
                    "ReportExport", "People who attended at least {count} sessions of a series"
                ).format(count=report.min_attended)
            ],
            [],
        ],
    )


def _annual(wb: Workbook, report: Report) -> None:
    ws = _sheet(wb, SHEETS[10])
    headers = (
        translate("ReportExport", "Year"),
        translate("ReportExport", "Sessions"),
        translate("ReportExport", "Registered"),
        translate("ReportExport", "Attended"),
        translate("ReportExport", "Excused"),
        translate("ReportExport", "Absent"),
        translate("ReportExport", "Attendance rate"),
        translate("ReportExport", "People"),
        translate("ReportExport", "Patient and family partners"),
        translate("ReportExport", "Patient and family share"),
        translate("ReportExport", "Collaboratives"),
    )
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
    _summary(_sheet(wb, SHEETS[0]), report)
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
