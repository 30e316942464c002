"""Stacked bars of participant types among attendees, per session or per period, with tooltips.

Up to max_bars (MAX_BARS on screen) sessions get a bar each; beyond that the chart sums the sessions per month (or
quarter, or year) so it covers the whole range and stays quick to draw. The table beside it
keeps every session.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from collab_desktop.domain.report_buckets import SESSION, MixBucket, mix_buckets
from collab_desktop.domain.report_labels import (
    MAX_BARS,
    bucket_label,
    mix_title,
    rate_text,
    unique_labels,
)
from collab_desktop.domain.report_records import MixMeasures
from collab_desktop.domain.translation import translate
from collab_desktop.ui.locale_format import day_text, number_text
from collab_desktop.ui.widgets.chart_view import ReportChartView, count_axis, series_colour


class MixChart(ReportChartView):
    """One stacked bar per session or period, one colour per participant type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(mix_title(SESSION, 0), parent)
        self.max_bars = MAX_BARS
        self.grain = SESSION
        self.buckets: list[MixBucket] = []
        self.types: list[str] = []

    def set_mix(self, mix: MixMeasures) -> None:
        self.clear()
        self.types = list(mix.types)
        self.grain, self.buckets = (
            mix_buckets(mix.sessions, self.max_bars) if mix.sessions else (SESSION, [])
        )
        self.set_title(mix_title(self.grain, len(mix.sessions)))
        if not self.buckets or not self.types:
            return
        series = QStackedBarSeries()
        for index, ptype in enumerate(self.types):
            bar_set = QBarSet(translate("Vocabulary", ptype))
            bar_set.setColor(series_colour(index))
            bar_set.setBorderColor(series_colour(index))
            bar_set.append([float(b.counts.get(ptype, 0)) for b in self.buckets])
            bar_set.hovered.connect(lambda on, i, t=ptype: self._hover(on, i, t))
            series.append(bar_set)
        chart = self.chart()
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(unique_labels([bucket_label(b, self.grain) for b in self.buckets]))
        axis_x.setLabelsAngle(-60 if len(self.buckets) > 6 else 0)
        axis_x.setTruncateLabels(False)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = count_axis(
            max([b.attended for b in self.buckets] + [1]), translate("MixChart", "Attendees")
        )
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        self.apply_palette()

    def tooltip_text(self, index: int, ptype: str) -> str:
        """The bar's session or period, this type's share of its attendees and the patient and
        family partners' share, on three lines."""
        b = self.buckets[index]
        n = b.counts.get(ptype, 0)
        sessions = b.sessions  # a plain name: lupdate skips a call whose count is not one
        if self.grain == SESSION:
            heading = translate("MixChart", "{title} ({day})").format(
                title=b.title, day=day_text(b.start)
            )
        elif sessions == 1:
            heading = translate("MixChart", "{period}: 1 session").format(
                period=bucket_label(b, self.grain)
            )
        else:
            heading = translate("MixChart", "{period}: %n sessions", None, sessions).format(
                period=bucket_label(b, self.grain)
            )
        share = translate("MixChart", "{type}: {count} of {attended} attendees ({rate})").format(
            type=translate("Vocabulary", ptype),
            count=number_text(n),
            attended=number_text(b.attended),
            rate=rate_text(n / b.attended if b.attended else None),
        )
        partners = translate("MixChart", "patient and family partners: {count} ({rate})").format(
            count=number_text(b.patient_family), rate=rate_text(b.patient_family_share)
        )
        return f"{heading}\n{share}\n{partners}"

    def _hover(self, on: bool, index: int, ptype: str) -> None:
        if on:
            self.show_tooltip(self.tooltip_text(index, ptype))
        else:
            self.hide_tooltip()
