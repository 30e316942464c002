"""The report workbook read back with openpyxl, and the `report` command end to end."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from collab_desktop.domain.records import ContactRecord
from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.io.report_export import SHEETS, export_report
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.reports.reports import build_report


def _sheet_rows(ws) -> list[tuple]:  # noqa: ANN001
    return [tuple(c.value for c in row) for row in ws.iter_rows()]


def test_workbook_has_a_sheet_per_measure_with_real_numbers(rdb, data, tmp_path: Path) -> None:  # noqa: ANN001
    out = export_report(build_report(rdb, ReportFilter(), min_attended=2), tmp_path / "r.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == list(SHEETS)

    by_type = _sheet_rows(wb["Members by type"])
    assert by_type[0] == ("Participant type", "Active", "Inactive", "Total")
    assert by_type[1] == ("patient", 1, 0, 1)
    assert all(isinstance(v, int) for row in by_type[1:] for v in row[1:])
    assert len(wb["Members by type"]._charts) == 1
    assert wb["Members by type"].column_dimensions["A"].width >= len("frontline team member")

    attendance = _sheet_rows(wb["Attendance"])
    assert attendance[0][:2] == ("Date", "Session")
    assert attendance[1] == (
        datetime(2026, 1, 20), "Seminar 1", "Alpha", "learning seminar", 3, 2, 0, 1, 0, 0,
        attendance[1][10],
    )  # fmt: skip
    assert abs(attendance[1][10] - 2 / 3) < 1e-9
    assert wb["Attendance"]["K2"].number_format == "0.0%"
    empty = next(r for r in attendance if r[1] == "Seminar 4")
    assert empty[4:] == (0, 0, 0, 0, 0, 0, None)

    trend = wb["Attendance trend"]
    assert len(trend._charts) == 1
    assert _sheet_rows(trend)[2][:4] == (datetime(2026, 2, 1), 2, 5, 4)

    mix = _sheet_rows(wb["Participant mix"])
    assert mix[0][2:6] == ("patient", "family member", "frontline team member", "researcher")
    assert mix[1][2:9] == (1, 1, 0, 0, 2, 2, 1)
    assert len(wb["Participant mix"]._charts) == 1

    retention = _sheet_rows(wb["Series retention"])
    assert [r[4:7] for r in retention[1:]] == [(2, 2, 2), (2, 2, 1), (2, 2, 2), (0, 2, 0)]
    spanning = _sheet_rows(wb["Several collaboratives"])
    assert spanning[1] == ("Pat One", "p1@example.org", "patient", 2, "Alpha; Beta")
    certificates = _sheet_rows(wb["Certificates"])
    assert certificates[3] == ("Alpha monthly seminar", "Pat One", "p1@example.org", 3, 4)
    annual = _sheet_rows(wb["Annual gathering"])
    assert annual[0][4:7] == ("Excused", "Absent", "Attendance rate")
    assert annual[1][:7] == (2026, 1, 4, 3, 0, 1, 0.75)
    summary = dict(_sheet_rows(wb["Summary"])[1:])
    assert summary["Registered"] == 16 and summary["Attended"] == 12
    assert (summary["Excused"], summary["Absent"], summary["Not yet marked"]) == (0, 3, 1)
    assert summary["Attendance rate"] == 0.8  # 12 / (12 + 3): the not-yet-marked one left out
    assert summary["Attendance rate is"].startswith("attended / (attended + absent)")


def test_user_text_never_becomes_a_formula(rdb, data, tmp_path: Path) -> None:  # noqa: ANN001
    evil = save_contact(
        rdb,
        ContactRecord(first_name='=HYPERLINK("http://x","click")', email="e@example.org"),
    )
    add_membership(rdb, evil.id, data.collab["A"], joined_on=date(2026, 1, 2))
    add_membership(rdb, evil.id, data.collab["B"], role="-member", joined_on=date(2026, 1, 2))
    out = export_report(build_report(rdb, ReportFilter()), tmp_path / "r.xlsx")
    wb = load_workbook(out)
    names = {c.value: c for c in wb["Several collaboratives"]["A"]}
    cell = names['=HYPERLINK("http://x","click")']
    assert cell.data_type == "s" and cell.quotePrefix
    roles = {c.value: c for c in wb["Members by role"]["A"]}
    assert roles["-member"].data_type == "s" and roles["-member"].quotePrefix


def test_empty_collaborative_exports_headers_only(rdb, data, tmp_path: Path) -> None:  # noqa: ANN001
    flt = ReportFilter(collaborative_id=data.collab["E"])
    wb = load_workbook(export_report(build_report(rdb, flt), tmp_path / "e.xlsx"))
    assert _sheet_rows(wb["Attendance"]) == [
        ("Date", "Session", "Collaborative", "Kind", "Registered", "Attended", "Excused",
         "Absent", "Not yet marked", "Waitlisted", "Attendance rate"),
    ]  # fmt: skip
    assert wb["Attendance trend"]._charts == []


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", str(db_path), "report", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_report_command_writes_the_filtered_workbook(report_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "alpha.xlsx"
    done = _cli(report_db_path, str(out), "--collaborative", "ALPHA", "--from", "2026-02-01",
                "--to", "2026-03-31", "--min-attended", "2")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Alpha, 2026-02-01 to 2026-03-31" in done.stdout
    wb = load_workbook(out)
    sessions = [r[1] for r in _sheet_rows(wb["Attendance"])[1:]]
    assert sessions == ["Seminar 2", "Seminar 3", "Working session"]
    certificates = _sheet_rows(wb["Certificates"])[3:]
    assert [(r[1], r[3]) for r in certificates] == [("Pat One", 2)]


def test_report_command_errors_are_one_line(report_db_path: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "r.xlsx")
    unknown = _cli(report_db_path, out, "--collaborative", "Nope")
    assert unknown.returncode == 1
    assert unknown.stderr.startswith("error: No collaborative called 'Nope'")
    assert "Traceback" not in unknown.stderr
    backwards = _cli(report_db_path, out, "--from", "2026-03-01", "--to", "2026-02-01")
    assert (backwards.returncode, backwards.stderr) == (
        1,
        "error: The end date is before the start date.\n",
    )
    assert _cli(report_db_path, str(tmp_path / "r.csv")).returncode == 1
    assert _cli(report_db_path, out, "--from", "March").returncode == 2
    assert not Path(out).exists()
