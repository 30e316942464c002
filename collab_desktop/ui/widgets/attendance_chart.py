"""Line chart of registrations and attendance per month, with exact values as tooltips."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import QCategoryAxis, QLineSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QWidget

from collab_desktop.domain.report_labels import rate_text
from collab_desktop.domain.report_records import AttendanceMonth
from collab_desktop.domain.translation import translate
from collab_desktop.ui.locale_format import month_text, number_text, short_month_text
from collab_desktop.ui.widgets.chart_view import ReportChartView, count_axis, series_colour

# At most this many month labels on the time axis; the others are skipped evenly.
MAX_LABELS = 8


def _msecs(month: AttendanceMonth) -> float:
    """Local midnight of the month's first day in ms since the epoch (as QDateTime counts)."""
    return datetime.combine(month.month, datetime.min.time()).timestamp() * 1000.0


class AttendanceChart(ReportChartView):
    """Registered and attended per month over the report's date range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AttendanceChart", "Attendance over time"), parent)
        self.months: list[AttendanceMonth] = []

    def set_months(self, months: list[AttendanceMonth]) -> None:
        self.clear()
        self.months = list(months)
        chart = self.chart()
        if not self.months:
            return
        first, last = _msecs(self.months[0]), _msecs(self.months[-1])
        # Labels sit exactly on month starts (a date-time axis would space ticks evenly).
        axis_x = QCategoryAxis()
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        every = max(1, -(-len(self.months) // MAX_LABELS))
        for month in self.months[::every]:
            axis_x.append(short_month_text(month.month), _msecs(month))
        margin = 15 * 24 * 3600 * 1000.0  # half a month, so end points are not cut off
        axis_x.setRange(first - margin, last + margin)
        axis_y = count_axis(
            max([m.registered for m in self.months] + [1]), translate("AttendanceChart", "People")
        )
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for index, (name, attr) in enumerate(
            (
                (translate("AttendanceChart", "Registered"), "registered"),
                (translate("AttendanceChart", "Attended"), "attended"),
            )
        ):
            series = QLineSeries()
            series.setName(name)
            pen = QPen(series_colour(index))
            pen.setWidthF(2.5)
            series.setPen(pen)
            series.setPointsVisible(len(self.months) <= 36)
            for month in self.months:
                series.append(_msecs(month), float(getattr(month, attr)))
            series.hovered.connect(self._hover)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        self.apply_palette()

    def nearest_month(self, x: float) -> AttendanceMonth:
        return min(self.months, key=lambda m: abs(_msecs(m) - x))

    def tooltip_text(self, month: AttendanceMonth) -> str:
        """The month's exact figures, in words."""
        sessions = month.sessions  # a plain name: lupdate skips a call whose count is not one
        if sessions == 1:
            text = translate(
                "AttendanceChart",
                "{month}: {attended} attended of {registered} registered, {absent} absent, "
                "{excused} excused (attendance rate {rate}), 1 session",
            )
        else:
            text = translate(
                "AttendanceChart",
                "{month}: {attended} attended of {registered} registered, {absent} absent, "
                "{excused} excused (attendance rate {rate}), %n sessions",
                None,
                sessions,
            )
        return text.format(
            month=month_text(month.month),
            attended=number_text(month.attended),
            registered=number_text(month.registered),
            absent=number_text(month.absent),
            excused=number_text(month.excused),
            rate=rate_text(month.rate),
        )

    def _hover(self, point: QPointF, on: bool) -> None:
        if on and self.months:
            self.show_tooltip(self.tooltip_text(self.nearest_month(point.x())))
        else:
            self.hide_tooltip()
