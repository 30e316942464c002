"""A one-page PDF summary of a report for the sponsor: headline figures, three charts, a table.

Drawn with QPdfWriter from the same Report the Reports tab shows. The charts are the tab's own
chart classes in a print palette (black on white whatever the screen theme), drawn as vectors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
)

from collab_desktop.domain import clock
from collab_desktop.domain.report_records import Report, share
from collab_desktop.services.reports.scope import range_label
from collab_desktop.ui.widgets.attendance_chart import AttendanceChart, rate_text
from collab_desktop.ui.widgets.chart_view import ReportChartView
from collab_desktop.ui.widgets.members_chart import MembersChart
from collab_desktop.ui.widgets.mix_chart import MixChart

MARGIN_MM = 12.0
GAP_MM = 4.0
# Where paper is Letter rather than A4 (the Americas that follow the US paper sizes).
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.PuertoRico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Venezuela,
        QLocale.Country.Guatemala,
        QLocale.Country.CostaRica,
        QLocale.Country.Panama,
        QLocale.Country.DominicanRepublic,
    }
)
INK = QColor("#202124")
MUTED = QColor("#5f6368")
RULE = QColor("#c8c8c8")


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter for the US and its neighbours that use it, A4 elsewhere."""
    territory = (locale or QLocale()).territory()
    size = (
        QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4
    )
    return QPageSize(size)


def summary_title(report: Report) -> tuple[str, str]:
    """The page's title (the collaborative) and subtitle (what and which dates)."""
    dates = range_label(report.filter)
    name = report.scope.removesuffix(f", {dates}")
    return name, f"Learning collaboratives report, {dates}"


def headline_figures(report: Report) -> list[tuple[str, str]]:
    """(value, label) pairs for the row of big numbers."""
    mix = report.mix.sessions
    partners = share(sum(x.patient_family for x in mix), sum(x.attended for x in mix))
    certified = len({c.contact_id for c in report.certificates})
    return [
        (f"{report.members.active:,}", "active members"),
        (f"{len(report.sessions):,}", "sessions (cancelled ones left out)"),
        (
            f"{report.attended:,}",
            f"attended, {report.absent:,} absent, {report.excused:,} excused "
            f"(attendance rate {rate_text(report.rate)})",
        ),
        (rate_text(partners), "of attendees are patient and family partners"),
        (
            f"{len(report.spanning):,}",
            f"{_people(len(report.spanning))} active in more than one collaborative",
        ),
        (
            f"{certified:,}",
            f"{_people(certified)} attended at least {report.min_attended} sessions of a series",
        ),
    ]


def _people(n: int) -> str:
    return "person" if n == 1 else "people"


def type_rows(report: Report) -> list[tuple[str, int, int, str]]:
    """Per participant type: active members, attendances and their share of all attendances."""
    attendances: dict[str, int] = {}
    for x in report.mix.sessions:
        for ptype, n in x.counts.items():
            attendances[ptype] = attendances.get(ptype, 0) + n
    total = sum(attendances.values())
    labels = [r.label for r in report.members.by_type]
    labels += [t for t in report.mix.types if t not in labels]
    members = {r.label: r for r in report.members.by_type}
    rows = []
    for label in labels:
        row = members.get(label)
        active, inactive = (row.active, row.inactive) if row else (0, 0)
        came = attendances.get(label, 0)
        if active or inactive or came:
            rows.append((label, active, came, rate_text(share(came, total))))
    return rows


def print_palette() -> QPalette:
    """Black text on white paper, whatever the screen's theme."""
    palette = QPalette()
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, QColor("white"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, INK)
    palette.setColor(QPalette.ColorRole.Mid, RULE)
    return palette


class SummaryPage:
    """Lays out and draws the summary on one page of a QPdfWriter."""

    def __init__(self, writer: QPdfWriter, report: Report) -> None:
        self.writer = writer
        self.report = report
        self.dpi = writer.resolution()
        self.painter = QPainter()
        self.base_font = QFont()
        self.base_font.setStyleHint(QFont.StyleHint.SansSerif)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.base_font)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def text(
        self,
        rect: QRectF,
        text: str,
        points: float,
        *,
        bold: bool = False,
        colour: QColor = INK,
        flags: int = 0,
    ) -> float:
        """Draw wrapped text in rect; returns the height it took."""
        self.painter.setFont(self.font(points, bold))
        self.painter.setPen(colour)
        flags = flags or int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        flags |= int(Qt.TextFlag.TextWordWrap)
        used = self.painter.boundingRect(rect, flags, text)
        self.painter.drawText(rect, flags, text)
        return used.height()

    def draw(self) -> None:
        """Draw the whole page."""
        if not self.painter.begin(self.writer):
            raise OSError("The PDF file could not be opened for writing.")
        try:
            width, height = float(self.writer.width()), float(self.writer.height())
            y = self.header(width)
            y = self.headlines(QRectF(0, y, width, self.mm(19))) + self.mm(GAP_MM)
            gap = self.mm(GAP_MM)
            for view, fill, chart_h in (
                (AttendanceChart(), lambda c: c.set_months(self.report.trend), self.mm(58)),
                (MixChart(), lambda c: c.set_mix(self.report.mix), self.mm(62)),
            ):
                self.chart(view, fill, QRectF(0, y, width, chart_h))
                y += chart_h + gap
            bottom = height - self.mm(12)
            half = (width - gap) / 2
            self.chart(MembersChart(), lambda c: c.set_rows(self.report.members.by_type),
                       QRectF(0, y, half, bottom - y - gap))  # fmt: skip
            self.type_table(QRectF(half + gap, y, half, bottom - y - gap))
            self.footer(QRectF(0, bottom, width, height - bottom))
        finally:
            self.painter.end()

    def header(self, width: float) -> float:
        """Title, subtitle and date made; returns the y below them."""
        title, subtitle = summary_title(self.report)
        made = f"Made {clock.today():%Y-%m-%d}"
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.text(QRectF(0, 0, width, self.mm(8)), made, 8, colour=MUTED, flags=right)
        y = self.text(QRectF(0, 0, width * 0.8, self.mm(20)), title, 18, bold=True)
        y += self.text(QRectF(0, y, width, self.mm(8)), subtitle, 10, colour=MUTED)
        y += self.mm(2)
        self.painter.setPen(QPen(RULE, self.mm(0.3)))
        self.painter.drawLine(0, int(y), int(width), int(y))
        return y + self.mm(GAP_MM)

    def headlines(self, rect: QRectF) -> float:
        """A row of big numbers with a short label under each; returns the y below."""
        figures = headline_figures(self.report)
        gap = self.mm(3)
        box_w = (rect.width() - gap * (len(figures) - 1)) / len(figures)
        for index, (value, label) in enumerate(figures):
            box = QRectF(rect.left() + index * (box_w + gap), rect.top(), box_w, rect.height())
            self.painter.fillRect(box, QColor("#f1f3f4"))
            inner = box.adjusted(self.mm(2), self.mm(1.5), -self.mm(2), -self.mm(1))
            used = self.text(inner, value, 15, bold=True)
            self.text(inner.adjusted(0, used, 0, 0), label, 7, colour=MUTED)
        return rect.bottom()

    def chart(self, view: ReportChartView, fill: Callable[[Any], None], target: QRectF) -> None:
        """Fill a chart in the print palette and draw it as vectors into target."""
        try:
            view.setPalette(print_palette())
            view.setFont(self.font(7.5))
            fill(view)
            view.apply_palette()
            chart = view.chart()
            chart.setBackgroundVisible(False)  # no frame: the page's white is the background
            # Lay the chart out at the size it has on paper, in screen units, so its fonts
            # print at their point sizes.
            per_mm = view.logicalDpiX() / 25.4
            size = QSizeF(
                target.width() / self.mm(1) * per_mm, target.height() / self.mm(1) * per_mm
            )
            chart.resize(size)
            view.scene().setSceneRect(QRectF(0, 0, size.width(), size.height()))
            view.scene().render(self.painter, target, QRectF(0, 0, size.width(), size.height()))
        finally:
            view.deleteLater()

    def type_table(self, rect: QRectF) -> float:
        """Members and attendances per participant type, with a total row; returns the y below."""
        data = type_rows(self.report)
        y = rect.top()
        y += self.text(QRectF(rect.left(), y, rect.width(), self.mm(6)),
                       "Members and attendances by participant type", 9, bold=True)  # fmt: skip
        if not data:
            self.text(QRectF(rect.left(), y, rect.width(), self.mm(6)), "No members in scope.", 8)
            return y + self.mm(6)
        members, came = sum(r[1] for r in data), sum(r[2] for r in data)
        rows = [("Participant type", "Active", "Attended", "Share")]
        rows += [(label, f"{a:,}", f"{n:,}", pct) for label, a, n, pct in data]
        rows.append(("Total", f"{members:,}", f"{came:,}", rate_text(share(came, came))))
        line_h = self.mm(4.6)
        for number, cells in enumerate(rows):
            if y + line_h > rect.bottom():
                break
            line = QRectF(rect.left(), y, rect.width(), line_h)
            if number % 2 == 0 and number:
                self.painter.fillRect(line, QColor("#f6f7f8"))
            self._row(line, cells, bold=number in (0, len(rows) - 1))
            y += line_h
        self.painter.setPen(QPen(RULE, self.mm(0.2)))
        self.painter.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
        return y

    def _row(self, rect: QRectF, cells: Sequence[str], bold: bool) -> None:
        """One table line: the label left (shortened with … if too long), numbers right."""
        widths = (0.42, 0.21, 0.21, 0.16)
        self.painter.setFont(self.font(8, bold))
        self.painter.setPen(INK)
        metrics = self.painter.fontMetrics()
        x, pad = rect.left(), self.mm(1.5)
        for index, (cell, part) in enumerate(zip(cells, widths, strict=True)):
            cell_rect = QRectF(x + pad, rect.top(), rect.width() * part - 2 * pad, rect.height())
            align = Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
            shown = metrics.elidedText(cell, Qt.TextElideMode.ElideRight, int(cell_rect.width()))
            self.painter.drawText(cell_rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
            x += rect.width() * part

    def footer(self, rect: QRectF) -> None:
        """The annual gathering's headline (when in range) and how the figures are counted."""
        lines = []
        if self.report.annual:
            g = self.report.annual[-1]
            lines.append(
                f"Annual gathering {g.year}: {g.people} people from {g.collaboratives} "
                f"collaboratives attended (attendance rate {rate_text(g.rate)}), "
                f"{rate_text(g.patient_family_share)} patient and family partners."
            )
        lines.append(
            "Members are counted once each; attendances are sessions attended. "
            "Cancelled sessions are left out. Made with Collab Desktop."
        )
        self.text(rect, "\n".join(lines), 7, colour=MUTED)


def write_pdf_summary(report: Report, path: Path, page_size: QPageSize | None = None) -> Path:
    """Write the one-page summary of report to path (A4 or Letter from the locale by default)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            page_size or default_page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    title, subtitle = summary_title(report)
    writer.setTitle(f"{title}: {subtitle}")
    writer.setCreator("Collab Desktop")
    SummaryPage(writer, report).draw()
    del writer  # the file is complete once the writer is gone
    return path
