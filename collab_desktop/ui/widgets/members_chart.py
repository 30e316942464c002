"""Bar chart of members by participant type, active and inactive stacked, with exact tooltips."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from collab_desktop.domain.report_records import CountRow
from collab_desktop.domain.translation import translate
from collab_desktop.ui.locale_format import number_text
from collab_desktop.ui.widgets.chart_view import ReportChartView, count_axis, series_colour


class MembersChart(ReportChartView):
    """Horizontal bars (long type names stay readable), one bar per participant type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("MembersChart", "Members by participant type"), parent)
        self.rows: list[CountRow] = []

    def set_rows(self, rows: list[CountRow]) -> None:
        self.clear()
        # Qt draws the first category at the bottom; reverse so the list reads top-down.
        self.rows = list(reversed(rows))
        series = QHorizontalStackedBarSeries()
        for index, (label, attr) in enumerate(
            (
                (translate("MembersChart", "Active"), "active"),
                (translate("MembersChart", "Inactive"), "inactive"),
            )
        ):
            bar_set = QBarSet(label)
            bar_set.setColor(series_colour(index))
            bar_set.setBorderColor(series_colour(index))
            bar_set.append([float(getattr(r, attr)) for r in self.rows])
            bar_set.hovered.connect(lambda on, i, name=label, a=attr: self._hover(on, i, name, a))
            series.append(bar_set)
        chart = self.chart()
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([translate("Vocabulary", r.label) for r in self.rows])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = count_axis(
            max([r.total for r in self.rows] + [1]), translate("MembersChart", "People")
        )
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self.apply_palette()

    def tooltip_text(self, index: int, name: str, attr: str) -> str:
        """'patient: 3 active of 5' for the bar under the pointer (name: the bar set's legend)."""
        row = self.rows[index]
        if attr == "active":
            text = translate("MembersChart", "{type}: {count} active of {total}")
        else:
            text = translate("MembersChart", "{type}: {count} inactive of {total}")
        return text.format(
            type=translate("Vocabulary", row.label),
            count=number_text(getattr(row, attr)),
            total=number_text(row.total),
        )

    def _hover(self, on: bool, index: int, name: str, attr: str) -> None:
        if on:
            self.show_tooltip(self.tooltip_text(index, name, attr))
        else:
            self.hide_tooltip()
