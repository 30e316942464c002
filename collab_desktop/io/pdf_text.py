"""The one way PDFs are started here: fpdf2 with the shipped DejaVu fonts embedded.

Every document (certificates, badges, transcripts) draws its text in these fonts so that any
name prints: Latin with accents, Greek, Cyrillic, Hebrew and Arabic (shaped right to left by
HarfBuzz through uharfbuzz). The text stays real text, copyable and searchable.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from functools import cache

from fpdf import FPDF

from collab_desktop.resources_path import resource

FAMILY = "DejaVu"
REPLACEMENT = "\u25a1"  # WHITE SQUARE: drawn where the font has no glyph for a character


def font_file(bold: bool = False) -> str:
    return str(resource("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"))


@cache
def _covered() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(font_file(), lazy=True) as font:
        return frozenset(font.getBestCmap())


def printable(text: str) -> str:
    """The text with characters the font cannot draw replaced by one square each.

    Control characters (a tab or a new line in a name) become spaces; invisible format
    characters that the font lacks (emoji joiners, variation selectors) are dropped.
    """
    covered = _covered()
    out: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc":
            out.append(" ")
        elif ord(ch) in covered:
            out.append(ch)
        elif category in ("Cf", "Mn", "Me", "Sk") or 0xFE00 <= ord(ch) <= 0xFE0F:
            continue
        elif not out or out[-1] != REPLACEMENT:
            out.append(REPLACEMENT)
    return "".join(out)


def new_pdf(
    orientation: str = "portrait", page_format: str = "letter", created: datetime | None = None
) -> FPDF:
    """An empty document in points, fonts embedded, shaping on, no automatic page breaks.

    ``created`` fixes the creation date stored in the file, so the same inputs give the same
    bytes (a certificate issued again is identical to the first).
    """
    pdf = FPDF(orientation=orientation, unit="pt", format=page_format)
    pdf.add_font(FAMILY, "", font_file())
    pdf.add_font(FAMILY, "B", font_file(bold=True))
    pdf.set_text_shaping(True)
    pdf.set_auto_page_break(False)
    pdf.set_creator("Collab Desktop")
    if created is not None:
        pdf.set_creation_date(created)
    pdf.set_font(FAMILY, size=11)
    return pdf


def fit_size(
    pdf: FPDF, text: str, width: float, largest: float, smallest: float, style=""
) -> float:
    """The largest font size (in steps of half a point) at which text fits in width."""
    size = largest
    while size > smallest:
        pdf.set_font(FAMILY, style, size)
        if pdf.get_string_width(text) <= width:
            return size
        size -= 0.5
    return smallest


def split_in_two(text: str) -> tuple[str, str]:
    """The text cut at the space nearest its middle (for a name too long for one line)."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return text, ""
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut].strip(), text[cut:].strip()


def hex_colour(value: str) -> tuple[int, int, int] | None:
    """#RRGGBB as an (r, g, b) tuple; None when the text is not such a colour."""
    value = (value or "").strip().lstrip("#")
    if len(value) < 6:
        return None
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        return None
