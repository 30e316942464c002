"""Charts drawn as vectors with fpdf2: a line chart, stacked columns and stacked bars.

They follow the Reports tab's Qt charts (titles, colours, whole-number axes from 0, legends at
the bottom) but need no Qt, so the command line draws them too. Every label is real text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF

from collab_desktop.domain.report_labels import axis_top, nice_step, series_hex
from collab_desktop.domain.translation import translate
from collab_desktop.io.pdf_text import FAMILY, hex_colour, printable

INK = (32, 33, 36)
MUTED = (95, 99, 104)
RULE = (200, 200, 200)
FONT = 7.0  # points, for labels, ticks and legends
LINE = FONT * 1.5


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the page, in points from the top left."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass(frozen=True, slots=True)
class Series:
    """One named row of values: a line, or one colour of a stacked bar."""

    name: str
    values: Sequence[float]


def colour(index: int) -> tuple[int, int, int]:
    """The index-th series colour as (r, g, b), as on screen."""
    return hex_colour(series_hex(index)) or INK


def label(
    pdf: FPDF,
    box: Box,
    text: str,
    size: float = FONT,
    align: str = "L",
    style: str = "",
    ink: tuple[int, int, int] = INK,
) -> None:
    """One line of text in box, vertically centred; cut with … when wider than the box."""
    pdf.set_font(FAMILY, style, size)
    pdf.set_text_color(*ink)
    # Not set_xy: it reads a negative x (a rotated label's left edge) as counted from the right.
    pdf.x, pdf.y = box.x, box.y
    pdf.cell(box.w, box.h, elide(pdf, printable(text), box.w - 2 * pdf.c_margin), align=align)


def elide(pdf: FPDF, text: str, width: float) -> str:
    """The text, shortened with … at the end so it fits width in the current font."""
    if width <= 0 or pdf.get_string_width(text) <= width + 0.01:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def ticks(maximum: float) -> list[int]:
    """The whole-number ticks of a count axis from 0 past maximum."""
    step = nice_step(maximum)
    return list(range(0, axis_top(maximum, step) + 1, step))


def title(pdf: FPDF, box: Box, text: str) -> float:
    """The chart's bold title across the top; returns the y below it."""
    label(pdf, Box(box.x, box.y, box.w, LINE + 2), text, FONT + 0.5, "C", "B")
    return box.y + LINE + 4


def legend(pdf: FPDF, box: Box, names: Sequence[str]) -> float:
    """Colour swatches and names centred along the bottom (wrapped when long); returns its top."""
    pdf.set_font(FAMILY, "", FONT)
    swatch, gap = 5.5, 10.0
    rows: list[list[tuple[str, float]]] = [[]]
    widths = [0.0]
    for name in names:
        w = swatch + 3 + min(pdf.get_string_width(printable(name)) + 2 * pdf.c_margin, box.w / 2)
        if rows[-1] and widths[-1] + gap + w > box.w:
            rows.append([])
            widths.append(0.0)
        widths[-1] += (gap if rows[-1] else 0) + w
        rows[-1].append((name, w))
    top = box.bottom - LINE * len(rows)
    index = 0
    for number, (row, width) in enumerate(zip(rows, widths, strict=True)):
        x, y = box.x + (box.w - width) / 2, top + number * LINE
        for name, w in row:
            pdf.set_fill_color(*colour(index))
            pdf.rect(x, y + (LINE - swatch) / 2, swatch, swatch, style="F")
            label(pdf, Box(x + swatch + 3, y, w - swatch - 3, LINE), name)
            x += w + gap
            index += 1
    return top


def _rule(pdf: FPDF, x1: float, y1: float, x2: float, y2: float, width: float = 0.4) -> None:
    pdf.set_draw_color(*RULE)
    pdf.set_line_width(width)
    pdf.line(x1, y1, x2, y2)


def _empty(pdf: FPDF, plot: Box, text: str) -> None:
    label(pdf, Box(plot.x, plot.y + plot.h / 2 - LINE / 2, plot.w, LINE), text, FONT, "C",
          ink=MUTED)  # fmt: skip


def _vertical_plot(
    pdf: FPDF, box: Box, heading: str, names: Sequence[str], marks: list[int], axis: str,
    below: float,
) -> Box:  # fmt: skip
    """Title, legend, the count axis up the left with its grid; returns the plotting area."""
    top = title(pdf, box, heading) + 2
    bottom = (legend(pdf, box, names) if names else box.bottom) - 3 - below
    pdf.set_font(FAMILY, "", FONT)
    numbers = max(pdf.get_string_width(str(t)) for t in marks) + 4
    left = box.x + LINE + numbers
    plot = Box(left, top, box.right - 10 - left, max(bottom - top, 10))
    for mark in marks:
        y = plot.bottom - mark / marks[-1] * plot.h
        _rule(pdf, plot.x, y, plot.right, y)
        label(pdf, Box(plot.x - numbers, y - LINE / 2, numbers - 3, LINE), str(mark), align="R")
    centre_x, centre_y = box.x + LINE / 2, plot.y + plot.h / 2
    with pdf.rotation(90, centre_x, centre_y):
        label(pdf, Box(centre_x - plot.h / 2, centre_y - LINE / 2, plot.h, LINE), axis,
              FONT + 1, "C", "B")  # fmt: skip
    return plot


def line_chart(
    pdf: FPDF, box: Box, heading: str, labels: Sequence[str], every: int,
    lines: Sequence[Series], axis: str,
) -> None:  # fmt: skip
    """Lines over evenly spaced points (months), every ``every``-th point labelled below."""
    marks = ticks(max([max(s.values, default=0) for s in lines] + [1]))
    plot = _vertical_plot(pdf, box, heading, [s.name for s in lines], marks, axis, LINE + 2)
    if not labels:
        _empty(pdf, plot, translate("PdfCharts", "No sessions in this range."))
        return
    slot = plot.w / len(labels)
    xs = [plot.x + (i + 0.5) * slot for i in range(len(labels))]
    for i in range(0, len(labels), every):
        _rule(pdf, xs[i], plot.y, xs[i], plot.bottom)
        width = slot * every
        label(pdf, Box(xs[i] - width / 2, plot.bottom + 2, width, LINE), labels[i], align="C")
    _rule(pdf, plot.x, plot.y, plot.x, plot.bottom)
    _rule(pdf, plot.right, plot.y, plot.right, plot.bottom)
    for index, series in enumerate(lines):
        points = [
            (x, plot.bottom - v / marks[-1] * plot.h)
            for x, v in zip(xs, series.values, strict=True)
        ]
        pdf.set_draw_color(*colour(index))
        pdf.set_fill_color(*colour(index))
        pdf.set_line_width(1.4)
        pdf.polyline(points)
        if len(points) <= 36:
            for x, y in points:
                pdf.circle(x, y, 1.8, style="F")


def column_chart(
    pdf: FPDF, box: Box, heading: str, categories: Sequence[str], stacks: Sequence[Series],
    axis: str,
) -> None:  # fmt: skip
    """One stacked column per category, labels under them (slanted when there are many)."""
    n = len(categories)
    totals = [sum(s.values[i] for s in stacks) for i in range(n)]
    slanted = n > 6
    pdf.set_font(FAMILY, "", FONT)
    widest = max((pdf.get_string_width(printable(c)) for c in categories), default=0)
    below = (widest * math.sin(math.radians(60)) + 8) if slanted else LINE + 2
    plot = _vertical_plot(pdf, box, heading, [s.name for s in stacks],
                          ticks(max(totals + [1])), axis, min(below, box.h / 3))  # fmt: skip
    top = ticks(max(totals + [1]))[-1]
    if not n or not stacks:
        _empty(pdf, plot, translate("PdfCharts", "Nobody attended in this range."))
        return
    slot = plot.w / n
    for i in range(n + 1):
        _rule(pdf, plot.x + i * slot, plot.y, plot.x + i * slot, plot.bottom)
    for i, category in enumerate(categories):
        x, y = plot.x + i * slot + slot * 0.25, plot.bottom
        for index, series in enumerate(stacks):
            h = series.values[i] / top * plot.h
            if h > 0:
                pdf.set_fill_color(*colour(index))
                pdf.rect(x, y - h, slot * 0.5, h, style="F")
                y -= h
        centre = plot.x + (i + 0.5) * slot
        if slanted:
            pivot_y = plot.bottom + 4
            with pdf.rotation(60, centre, pivot_y):
                label(pdf, Box(centre - widest - 2, pivot_y - LINE / 2, widest + 2, LINE),
                      category, align="R")  # fmt: skip
        else:
            label(pdf, Box(plot.x + i * slot, plot.bottom + 2, slot, LINE), category, align="C")


def bar_chart(
    pdf: FPDF, box: Box, heading: str, categories: Sequence[str], stacks: Sequence[Series],
    axis: str,
) -> None:  # fmt: skip
    """One stacked horizontal bar per category, top down; long names stay readable on the left."""
    n = len(categories)
    totals = [sum(s.values[i] for s in stacks) for i in range(n)]
    marks = ticks(max(totals + [1]))
    top = title(pdf, box, heading) + 2
    bottom = legend(pdf, box, [s.name for s in stacks]) - 3 - 2 * LINE - 4
    pdf.set_font(FAMILY, "", FONT)
    widest = max((pdf.get_string_width(printable(c)) for c in categories), default=0)
    names = min(widest + 8, box.w * 0.45)
    plot = Box(box.x + names, top, box.w - names - 10, max(bottom - top, 10))
    for mark in marks:
        x = plot.x + mark / marks[-1] * plot.w
        _rule(pdf, x, plot.y, x, plot.bottom)
        label(pdf, Box(x - 20, plot.bottom + 2, 40, LINE), str(mark), align="C")
    label(pdf, Box(plot.x, plot.bottom + 2 + LINE, plot.w, LINE + 2), axis, FONT + 1, "C", "B")
    if not n:
        _empty(pdf, plot, translate("PdfCharts", "No members in scope."))
        return
    row = plot.h / n
    for i, category in enumerate(categories):
        y = plot.y + i * row
        _rule(pdf, plot.x, y + row, plot.right, y + row)
        label(pdf, Box(box.x, y, names - 5, row), category, align="R")
        x = plot.x
        for index, series in enumerate(stacks):
            w = series.values[i] / marks[-1] * plot.w
            if w > 0:
                pdf.set_fill_color(*colour(index))
                pdf.rect(x, y + row * 0.25, w, row * 0.5, style="F")
                x += w
    _rule(pdf, plot.x, plot.y, plot.right, plot.y)
