"""Name badges on label sheets: 4 x 3 inch badges 6 to a Letter page, or 8 to an A4 page.

Each badge: an optional colour bar naming the participant type, the name large (shrunk to fit,
on two lines when it is long), and the organisation and collaborative below. A light outline
shows where to cut when the sheet is not pre-cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from fpdf import FPDF

from collab_desktop.domain.document_records import Badge
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import vocabulary_label
from collab_desktop.io.pdf_text import (
    FAMILY,
    fit_size,
    hex_colour,
    new_pdf,
    printable,
    split_in_two,
)

MM = 72 / 25.4


@dataclass(frozen=True, slots=True)
class SheetLayout:
    page_format: str
    columns: int
    rows: int
    width: float  # one badge, points
    height: float
    left: float  # page margin to the first badge, points
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


LAYOUTS = {
    # 4 x 3 inch, 2 x 3 on Letter: the common pre-cut badge inserts (0.25 in sides, 1 in top).
    "letter-6": SheetLayout("letter", 2, 3, 288, 216, 18, 72),
    # 90 x 62 mm, 2 x 4 on A4, centred.
    "a4-8": SheetLayout("a4", 2, 4, 90 * MM, 62 * MM, (210 - 180) / 2 * MM, (297 - 248) / 2 * MM),
}
INK = (33, 33, 33)
MUTED = (90, 90, 90)


def _lines_fit(
    pdf: FPDF, text: str, width: float, largest: float, smallest: float
) -> tuple[list[str], float]:
    """The name on one line if it fits at a readable size, else on two."""
    size = fit_size(pdf, text, width, largest, smallest, "B")
    pdf.set_font(FAMILY, "B", size)
    if size >= largest * 0.6 or pdf.get_string_width(text) <= width and " " not in text:
        return [text], size
    first, second = split_in_two(text)
    if not second:
        return [text], size
    two = min(
        fit_size(pdf, first, width, largest * 0.8, smallest, "B"),
        fit_size(pdf, second, width, largest * 0.8, smallest, "B"),
    )
    return [first, second], two


def _badge(
    pdf: FPDF, layout: SheetLayout, x: float, y: float, badge: Badge, colour_bar: bool
) -> None:
    w, h = layout.width, layout.height
    pad = w * 0.06
    inner = w - 2 * pad
    pdf.set_draw_color(200, 200, 200)
    pdf.set_line_width(0.5)
    pdf.rect(x, y, w, h)
    bar_h = h * 0.16
    rgb = hex_colour(badge.colour) if colour_bar else None
    if rgb is not None:
        pdf.set_fill_color(*rgb)
        pdf.rect(x, y, w, bar_h, style="F")
        if badge.participant_type:
            label = printable(vocabulary_label(badge.participant_type).upper())
            size = fit_size(pdf, label, inner, h * 0.055, 6, "B")
            pdf.set_font(FAMILY, "B", size)
            # White on the darker colours, black on the light ones.
            light = sum(c * k for c, k in zip(rgb, (0.299, 0.587, 0.114), strict=True)) > 160
            pdf.set_text_color(*((0, 0, 0) if light else (255, 255, 255)))
            pdf.set_xy(x + pad, y)
            pdf.cell(inner, bar_h, label, align="C")
    top = y + bar_h
    name = printable(badge.name) or " "
    lines, size = _lines_fit(pdf, name, inner, h * 0.17, 9)
    pdf.set_text_color(*INK)
    pdf.set_font(FAMILY, "B", size)
    line_h = size * 1.2
    name_block = line_h * len(lines)
    name_top = top + (h * 0.5 - name_block) / 2 + h * 0.04
    for i, line in enumerate(lines):
        pdf.set_xy(x + pad, name_top + i * line_h)
        pdf.cell(inner, line_h, line, align="C")
    below = name_top + name_block + h * 0.05
    for text, largest, colour in (
        (badge.organization, h * 0.075, INK),
        (badge.collaborative, h * 0.06, MUTED),
    ):
        text = printable(text)
        if not text:
            continue
        size = fit_size(pdf, text, inner, largest, 6)
        pdf.set_font(FAMILY, "", size)
        pdf.set_text_color(*colour)
        if pdf.get_string_width(text) > inner:
            while text and pdf.get_string_width(text + "\u2026") > inner:
                text = text[:-1]
            text += "\u2026"
        pdf.set_xy(x + pad, below)
        pdf.cell(inner, size * 1.3, text, align="C")
        below += size * 1.45


def badges_pdf(
    badges: Sequence[Badge],
    layout: str = "letter-6",
    colour_bar: bool = True,
    created: datetime | None = None,
) -> bytes:
    if layout not in LAYOUTS:
        raise ValueError(f"unknown badge layout {layout!r}; use {' or '.join(LAYOUTS)}")
    if not badges:
        raise ValueError("no badges to write")
    sheet = LAYOUTS[layout]
    pdf = new_pdf("portrait", sheet.page_format, created)
    pdf.set_title(translate("BadgePdf", "Name badges"))
    for i, badge in enumerate(badges):
        slot = i % sheet.per_page
        if slot == 0:
            pdf.add_page()
        col, row = slot % sheet.columns, slot // sheet.columns
        x = sheet.left + col * (sheet.width + sheet.gap_x)
        y = sheet.top + row * (sheet.height + sheet.gap_y)
        _badge(pdf, sheet, x, y, badge, colour_bar)
    return bytes(pdf.output())
