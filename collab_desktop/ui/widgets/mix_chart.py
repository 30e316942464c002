"""Stacked bars of participant types among each session's attendees, with exact tooltips."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from collab_desktop.domain.report_records import MixMeasures, SessionMix
from collab_desktop.ui.widgets.attendance_chart import rate_text
from collab_desktop.ui.widgets.chart_view import ReportChartView, count_axis, series_colour

# More bars than this cannot be told apart; the chart shows the latest ones, the table all.
MAX_BARS = 24


def _labels(sessions: list[SessionMix]) -> list[str]:
    """Short, unique category labels (the axis merges equal ones)."""
    labels: list[str] = []
    for x in sessions:
        base = f"{x.day:%d %b %y}"
        label, n = base, 2
        while label in labels:
            label, n = f"{base} ({n})", n + 1
        labels.append(label)
    return labels


class MixChart(ReportChartView):
    """One stacked bar per session (the latest MAX_BARS), one colour per participant type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Who attends: participant types per session", parent)
        self.sessions: list[SessionMix] = []
        self.types: list[str] = []

    def set_mix(self, mix: MixMeasures) -> None:
        self.clear()
        self.sessions = mix.sessions[-MAX_BARS:]
        self.types = list(mix.types)
        hidden = len(mix.sessions) - len(self.sessions)
        title = "Who attends: participant types per session"
        self.chart().setTitle(f"{title} (latest {len(self.sessions)})" if hidden else title)
        if not self.sessions or not self.types:
            return
        series = QStackedBarSeries()
        for index, ptype in enumerate(self.types):
            bar_set = QBarSet(ptype)
            bar_set.setColor(series_colour(index))
            bar_set.setBorderColor(series_colour(index))
            bar_set.append([float(x.counts.get(ptype, 0)) for x in self.sessions])
            bar_set.hovered.connect(lambda on, i, t=ptype: self._hover(on, i, t))
            series.append(bar_set)
        chart = self.chart()
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(_labels(self.sessions))
        axis_x.setLabelsAngle(-60 if len(self.sessions) > 6 else 0)
        axis_x.setTruncateLabels(False)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = count_axis(max([x.attended for x in self.sessions] + [1]), "Attendees")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self.apply_palette()

    def tooltip_text(self, index: int, ptype: str) -> str:
        x = self.sessions[index]
        n = x.counts.get(ptype, 0)
        return (
            f"{x.title} ({x.day:%d %b %Y})\n{ptype}: {n} of {x.attended} attendees"
            f" ({rate_text(n / x.attended if x.attended else None)})\n"
            f"patient and family partners: {x.patient_family} ({rate_text(x.patient_family_share)})"
        )

    def _hover(self, on: bool, index: int, ptype: str) -> None:
        if on:
            self.show_tooltip(self.tooltip_text(index, ptype))
        else:
            self.hide_tooltip()
