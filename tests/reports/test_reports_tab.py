"""The Reports tab: switching filters updates the tables; charts, tooltips, PNG and export work."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QFileDialog

from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.services.changes import reporting, run_reporting
from collab_desktop.services.sessions import registrations
from collab_desktop.ui.tabs.reports_tab import ReportsTab

# The offscreen platform warns once when a top-level window is first shown.
SHOWN = pytest.mark.qt_log_ignore("propagateSizeHints")


def _apply(qtbot, tab: ReportsTab, change) -> None:  # noqa: ANN001
    with qtbot.waitSignal(tab.report_shown, timeout=10000):
        change()


def _rows(table) -> dict[str, list[str]]:  # noqa: ANN001
    model = table.proxy
    return {
        table.cell_text(r, 0): [table.cell_text(r, c) for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def test_switching_filters_updates_the_tables(qtbot, tab: ReportsTab, data) -> None:  # noqa: ANN001
    _apply(qtbot, tab, lambda: tab.set_filter(ReportFilter(), 2))
    members = tab.members_page
    assert _rows(members.by_type)["patient"] == ["1", "0", "1"]
    assert _rows(members.by_type)["(not set)"] == ["0", "1", "1"]
    assert _rows(members.by_role)["member"] == ["3", "2", "5"]
    sessions = tab.attendance_page.sessions
    assert sessions.proxy.rowCount() == 7
    assert _rows(sessions)["2026-01-20"][3:] == ["3", "2", "0", "1", "0", "0", "67%"]
    assert _rows(sessions)["2026-04-21"][3:] == ["0", "0", "0", "0", "0", "0", "—"]
    assert tab.tables_page.certificates.column_texts(1) == ["Pat One", "Fay Two"]
    assert "12 attended, 3 absent, 0 excused (attendance rate 80%)" in tab.summary.text()

    beta = tab.collab_combo.findText("Beta")
    _apply(qtbot, tab, lambda: tab.collab_combo.setCurrentIndex(beta))
    assert tab.report.filter.collaborative_id == data.collab["B"]
    by_type = _rows(members.by_type)
    assert by_type["patient"] == ["1", "0", "1"]
    assert by_type["researcher"] == ["1", "0", "1"]
    assert by_type["frontline team member"] == ["0", "1", "1"]
    assert sessions.column_texts(1) == ["Beta kickoff"]
    assert tab.annual_page.table.column_texts(2) == ["3"]

    alpha = tab.collab_combo.findText("Alpha")
    _apply(qtbot, tab, lambda: tab.collab_combo.setCurrentIndex(alpha))
    _apply(qtbot, tab, lambda: tab.from_edit.set_value(date(2026, 2, 1)))
    _apply(qtbot, tab, lambda: tab.to_edit.set_value(date(2026, 3, 31)))
    assert tab.attendance_page.trend.column_texts(0) == ["2026-02", "2026-03"]
    assert sessions.column_texts(1) == ["Seminar 2", "Seminar 3", "Working session"]
    retention = tab.tables_page.retention
    assert [retention.cell_text(r, 5) for r in range(2)] == ["2 of 2", "1 of 2"]
    _apply(qtbot, tab, lambda: tab.n_spin.setValue(1))
    assert tab.tables_page.certificates.column_texts(1) == ["Pat One", "Fay Two", "Fran Three"]


def test_mix_table_has_a_column_per_type_and_the_partner_share(qtbot, tab, data) -> None:  # noqa: ANN001
    _apply(qtbot, tab, lambda: tab.set_filter(ReportFilter()))
    table = tab.mix_page.table
    headers = [
        table.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(table.proxy.columnCount())
    ]
    assert headers[2:6] == ["patient", "family member", "frontline team member", "researcher"]
    assert _rows(table)["2026-10-15"][-3:] == ["3", "2", "67%"]
    chart = tab.mix_page.chart
    last = len(chart.buckets) - 1
    assert "family member: 1 of 3 attendees (33%)" in chart.tooltip_text(last, "family member")


@SHOWN
def test_charts_give_exact_tooltips_and_save_as_png(qtbot, tab, data, tmp_path: Path) -> None:  # noqa: ANN001
    _apply(qtbot, tab, lambda: tab.set_filter(ReportFilter()))
    members = tab.members_page.chart
    index = [r.label for r in members.rows].index("(not set)")
    assert members.tooltip_text(index, "Inactive", "inactive") == "(not set): 1 inactive of 1"
    attendance = tab.attendance_page.chart
    feb = attendance.months[1]
    assert attendance.tooltip_text(feb) == (
        "February 2026: 4 attended of 5 registered, 1 absent, 0 excused "
        "(attendance rate 80%), 2 sessions"
    )
    assert len(attendance.chart().series()) == 2
    assert len(tab.mix_page.chart.chart().series()) == 1
    tab.show()
    out = tmp_path / "members.png"
    assert members.save_png(out)
    image = QImage(str(out))
    assert image.width() > 100 and image.height() > 100


def test_charts_follow_a_dark_palette(qtbot, tab, data) -> None:  # noqa: ANN001
    _apply(qtbot, tab, lambda: tab.set_filter(ReportFilter()))
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    chart = tab.attendance_page.chart
    chart.setPalette(dark)
    assert chart.chart().backgroundBrush().color() == QColor("#202124")
    assert chart.chart().titleBrush().color() == QColor("#eeeeee")
    assert all(a.labelsBrush().color() == QColor("#eeeeee") for a in chart.chart().axes())


@SHOWN
def test_refreshes_when_data_changes(qtbot, tab, data) -> None:  # noqa: ANN001
    tab.show()
    _apply(qtbot, tab, lambda: tab.set_filter(ReportFilter()))
    before = tab.report.attended
    with reporting() as captured:
        reg = registrations.register(tab.ctx.db, data.session["A4"], data.person["p4"])
        registrations.set_status(tab.ctx.db, reg.id, "attended")
    _apply(qtbot, tab, lambda: tab.ctx.events.publish(captured.changes))
    assert tab.report.attended == before + 1
    assert _rows(tab.attendance_page.sessions)["2026-04-21"][3:5] == ["1", "1"]


@SHOWN
def test_hidden_tab_recomputes_when_next_shown(qtbot, tab, data) -> None:  # noqa: ANN001
    _apply(qtbot, tab, lambda: tab.set_filter(ReportFilter()))
    _reg, changes = run_reporting(
        registrations.register, tab.ctx.db, data.session["A4"], data.person["p4"]
    )
    tab.ctx.events.publish(changes)
    assert tab.report.registered == 16, "nothing is computed while the tab is hidden"
    _apply(qtbot, tab, tab.show)
    assert tab.report.registered == 17


def test_export_button_writes_the_shown_report(qtbot, tab, data, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    beta = data.collab["B"]
    _apply(qtbot, tab, lambda: tab.set_filter(ReportFilter(collaborative_id=beta)))
    target = tmp_path / "beta-report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.export_button.click()
    written = tmp_path / "beta-report.xlsx"
    qtbot.waitUntil(lambda: "Report written" in tab.summary.text(), timeout=10000)
    wb = load_workbook(written)
    assert wb["Summary"]["B2"].value == "Beta, all dates"
    assert [r[1].value for r in wb["Attendance"].iter_rows(min_row=2)] == ["Beta kickoff"]


def test_main_window_has_a_reports_tab(qtbot, rdb) -> None:  # noqa: ANN001
    from collab_desktop.ui.main_window import MainWindow

    window = MainWindow(rdb)
    qtbot.addWidget(window)
    assert window.tabs.tabText(window.tabs.count() - 1).replace("&", "") == "Reports"
    page = window.tabs.widget(window.tabs.count() - 1)
    assert not page.is_built()  # nothing of it is paid for at start-up
    window.show()
    window.tabs.setCurrentWidget(page)
    assert page.is_built() and page.content() is window.reports_tab
    qtbot.waitUntil(lambda: window.reports_tab.report is not None)
    window.ctx.tasks.wait()


def test_cancelled_export_writes_no_file(rdb, data, tmp_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.services.reports.reports import build_report
    from collab_desktop.ui.tabs.reports_tab import write_report_file
    from collab_desktop.ui.tasks import Cancelled, TaskContext, _Signals

    task = TaskContext(_Signals())
    task.cancel()
    out = tmp_path / "never.xlsx"
    with pytest.raises(Cancelled):
        write_report_file(task, build_report(rdb, ReportFilter()), out)
    assert list(tmp_path.glob("*.xlsx")) == []


def test_members_page_is_drawn_before_the_session_measures(qtbot, tab, data) -> None:  # noqa: ANN001
    seen = []

    def on_overview(overview) -> None:  # noqa: ANN001
        seen.append(
            (
                overview.complete,
                _rows(tab.members_page.by_type)["patient"],
                [p.isEnabled() for p in tab.detail_pages()],
                "Computing attendance" in tab.summary.text(),
            )
        )

    tab.overview_shown.connect(on_overview)
    _apply(qtbot, tab, lambda: tab.set_filter(ReportFilter()))
    assert seen == [(False, ["1", "0", "1"], [False] * 4, True)]
    assert tab.report.complete
    assert all(p.isEnabled() for p in tab.detail_pages())
    assert tab.attendance_page.sessions.proxy.rowCount() == 7
    assert "12 attended, 3 absent, 0 excused (attendance rate 80%)" in tab.summary.text()
