"""The participant mix summed per month, quarter or year when a range holds many sessions."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from collab_desktop.domain.report_buckets import (
    MONTH,
    QUARTER,
    SESSION,
    YEAR,
    choose_grain,
    mix_buckets,
    periods,
)
from collab_desktop.domain.report_records import MixMeasures, SessionMix


def _sessions(first: date, count: int, every_days: int) -> list[SessionMix]:
    """count sessions from first, every_days apart, each with 2 patients and 1 researcher."""
    return [
        SessionMix(
            session_id=i,
            day=first + timedelta(days=i * every_days),
            title=f"S{i}",
            counts={"patient": 2, "researcher": 1},
        )
        for i in range(count)
    ]


def test_few_sessions_keep_a_bar_each() -> None:
    sessions = _sessions(date(2026, 1, 5), 5, 7)
    grain, buckets = mix_buckets(sessions, 24)
    assert grain == SESSION
    assert [(b.start, b.title, b.sessions, b.attended) for b in buckets] == [
        (x.day, x.title, 1, 3) for x in sessions
    ]


def test_many_sessions_are_summed_per_month_with_empty_months_kept() -> None:
    sessions = _sessions(date(2026, 1, 1), 30, 1)  # every day of January
    sessions += _sessions(date(2026, 3, 10), 2, 1)  # two in March, none in February
    grain, buckets = mix_buckets(sessions, 24)
    assert grain == MONTH
    assert [(b.start, b.sessions, b.counts) for b in buckets] == [
        (date(2026, 1, 1), 30, {"patient": 60, "researcher": 30}),
        (date(2026, 2, 1), 0, {}),
        (date(2026, 3, 1), 2, {"patient": 4, "researcher": 2}),
    ]
    assert sum(b.attended for b in buckets) == sum(x.attended for x in sessions)
    assert buckets[0].patient_family_share == 2 / 3
    assert buckets[1].patient_family_share is None


def test_long_ranges_fall_back_to_quarters_then_years() -> None:
    three_years = _sessions(date(2024, 1, 15), 40, 27)  # about three years
    assert choose_grain(three_years, 24) == QUARTER
    grain, buckets = mix_buckets(three_years, 24)
    assert [b.start.month for b in buckets[:5]] == [1, 4, 7, 10, 1]
    assert sum(b.sessions for b in buckets) == 40
    ten_years = _sessions(date(2016, 1, 1), 100, 40)
    assert choose_grain(ten_years, 24) == YEAR
    assert choose_grain(ten_years, 60) == QUARTER


def test_periods_cover_the_whole_range() -> None:
    assert periods(date(2025, 11, 20), date(2026, 2, 3), MONTH) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert periods(date(2025, 12, 31), date(2026, 1, 1), QUARTER) == [
        date(2025, 10, 1),
        date(2026, 1, 1),
    ]
    assert periods(date(2025, 6, 1), date(2027, 1, 1), YEAR) == [
        date(2025, 1, 1),
        date(2026, 1, 1),
        date(2027, 1, 1),
    ]


def test_chart_switches_to_months_while_the_table_keeps_every_session(qtbot) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.mix_chart import MAX_BARS
    from collab_desktop.ui.widgets.report_pages import MixPage

    sessions = _sessions(date(2026, 1, 1), 60, 2)  # Jan 1 to Apr 29
    page = MixPage()
    qtbot.addWidget(page)
    page.show_report(SimpleNamespace(mix=MixMeasures(["patient", "researcher"], sessions)))
    chart = page.chart
    assert len(sessions) > MAX_BARS and chart.grain == MONTH
    (axis,) = chart.chart().axes(Qt.Orientation.Horizontal)
    assert axis.categories() == ["Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026"]
    (series,) = chart.chart().series()
    patients = series.barSets()[0]
    assert [patients.at(i) for i in range(patients.count())] == [32.0, 28.0, 30.0, 30.0]
    assert "per month (60 sessions)" in chart.chart().title()
    assert chart.tooltip_text(1, "researcher").startswith("Feb 2026: 14 sessions\n")
    assert "researcher: 14 of 42 attendees (33%)" in chart.tooltip_text(1, "researcher")
    assert page.table.proxy.rowCount() == 60

    page.show_report(SimpleNamespace(mix=MixMeasures(["patient"], sessions[:3])))
    assert chart.grain == SESSION and len(chart.buckets) == 3
    assert chart.chart().title() == "Who attends: participant types per session"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_hidden_report_table_sizes_its_columns_when_shown(qtbot) -> None:  # noqa: ANN001
    from collab_desktop.ui.models.record_table_model import Column
    from collab_desktop.ui.widgets.report_table import ReportTable

    table = ReportTable([Column("Session", lambda r: r), Column("Length", len)])
    qtbot.addWidget(table)
    long_title = "A session title long enough to need a wide column " * 2
    table.set_data([long_title])
    hidden_width = table.columnWidth(0)
    assert hidden_width < table.fontMetrics().horizontalAdvance(long_title)
    table.show()
    qtbot.waitExposed(table)
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(long_title)
