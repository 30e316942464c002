"""A QtCharts view that follows the palette, shows exact values as tooltips and saves as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.report_labels import axis_top, nice_step, series_hex
from collab_desktop.domain.translation import translate
from collab_desktop.ui.icons import icon


def series_colour(index: int) -> QColor:
    return QColor(series_hex(index))


def count_axis(maximum: float, title: str) -> QValueAxis:
    """A value axis for counts: starts at 0, whole-number ticks, never '0 0 0 1'."""
    step = nice_step(maximum)
    top = axis_top(maximum, step)
    axis = QValueAxis()
    # The chart localizes its numbers (setLocalizeNumbers): then "%d" draws no labels at all;
    # "%.0f" gives whole numbers with the locale's separators (12,000; 12.000).
    axis.setLabelFormat("%.0f")
    axis.setRange(0, top)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setMinorTickCount(0)
    axis.setTitleText(title)
    return axis


class ReportChartView(QChartView):
    """Base for the report charts: palette colours, no animation, a tooltip helper."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # Axis numbers in the chosen locale's digits and separators.
        chart.setLocalizeNumbers(True)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 240)
        self.set_title(title)
        for widget in (self, self.viewport()):
            widget.setAccessibleDescription(
                translate("ReportChartView", "The same figures are in the table beside the chart.")
            )
        self.last_tooltip = ""
        self.apply_palette()

    def set_title(self, title: str) -> None:
        """Title the chart, and name it after its title for screen readers."""
        self.chart().setTitle(title)
        name = translate("ReportChartView", "Chart: {title}").format(title=title)
        for widget in (self, self.viewport()):
            widget.setAccessibleName(name)

    def clear(self) -> None:
        """Remove every series and axis before new data is drawn."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def apply_palette(self) -> None:
        """Colour the chart from the widget's palette so it suits light and dark themes."""
        palette = self.palette()
        chart = self.chart()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(0)
        chart.setTitleBrush(text)
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().setLabelColor(text)
        chart.legend().setFont(self.font())
        for axis in chart.axes():
            axis.setLabelsBrush(text)
            axis.setLabelsFont(self.font())
            axis.setTitleBrush(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        self.setBackgroundBrush(palette.color(QPalette.ColorRole.Window))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.apply_palette()
        super().changeEvent(event)

    def show_tooltip(self, text: str) -> None:
        """Show an exact value where the pointer is (kept for tests as last_tooltip)."""
        self.last_tooltip = text
        QToolTip.showText(QCursor.pos(), text, self)

    def hide_tooltip(self) -> None:
        QToolTip.hideText()

    def save_png(self, path: Path | str) -> bool:
        """Write the chart as it looks now to a PNG file."""
        return self.grab().save(str(path), "PNG")


class ChartPanel(QWidget):
    """A chart with a 'Save chart as PNG…' button under it."""

    def __init__(
        self, view: ReportChartView, file_stem: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.file_stem = file_stem
        self.save_button = QPushButton(icon("save"), translate("ChartPanel", "Save chart as PNG…"))
        self.save_button.setToolTip(translate("ChartPanel", "Save this chart as a picture"))
        self.save_button.clicked.connect(self.ask_and_save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def ask_and_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ChartPanel", "Save chart as PNG"),
            f"{self.file_stem}.png",
            translate("ChartPanel", "PNG image (*.png)"),
        )
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.view.save_png(path):
            from collab_desktop.ui.dialogs.confirm import show_error

            show_error(
                self,
                translate("ChartPanel", "Save chart"),
                translate("ChartPanel", "The chart could not be written to {path}.").format(
                    path=path
                ),
            )
