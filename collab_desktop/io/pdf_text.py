"""The one way PDFs are started here: fpdf2 with the shipped DejaVu fonts embedded.

Every document (certificates, badges, transcripts, the report summary) draws its text in these
fonts so that any name prints: Latin with accents, Greek, Cyrillic, Hebrew and Arabic (shaped
right to left by HarfBuzz through uharfbuzz). Characters DejaVu lacks (Chinese, Japanese,
Korean, emoji) come from a fallback font of the computer (io/pdf_fonts.py), embedded only when
used. The text stays real text, copyable and searchable.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from functools import cache
from typing import Any

from fpdf import FPDF

from collab_desktop.io.pdf_fonts import font_for, report_missing
from collab_desktop.resources_path import resource

FAMILY = "DejaVu"
FALLBACK_FAMILY = "Fallback"
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

    Characters that a fallback font has are kept. Control characters (a tab or a new line in
    a name) become spaces; invisible format characters that no font has (emoji joiners,
    variation selectors) are dropped. A character no font has is logged once per script.
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
        elif font_for(ord(ch)) is not None:
            out.append(ch)
        else:
            report_missing(ord(ch))
            if not out or out[-1] != REPLACEMENT:
                out.append(REPLACEMENT)
    return "".join(out)


class DocumentPDF(FPDF):
    """An FPDF that adds a fallback font the first time a character needs it.

    Reading a large CJK font takes most of a second, so a document only loads the fallback
    fonts its own text needs, and a document of Latin names none.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fallback_paths: dict[str, str] = {}  # font file -> its font key ("" if unusable)

    def get_fallback_font(self, char: str, style: str = "") -> str | None:
        path = font_for(ord(char))
        if path is None:
            return None
        key = self._fallback_paths.get(path)
        if key is None:
            family = f"{FALLBACK_FAMILY}{len(self._fallback_paths) + 1}"
            try:
                self.add_font(family, "", path)
            except Exception:  # noqa: BLE001 - a font fpdf2 cannot embed leaves the box
                self._fallback_paths[path] = ""
                return None
            key = self._fallback_paths[path] = family.lower()
            self._fallback_font_ids.append(key)
        return key or None


def new_pdf(
    orientation: str = "portrait", page_format: str = "letter", created: datetime | None = None
) -> FPDF:
    """An empty document in points, fonts embedded, shaping on, no automatic page breaks.

    ``created`` fixes the creation date stored in the file, so the same inputs give the same
    bytes (a certificate issued again is identical to the first).
    """
    pdf = DocumentPDF(orientation=orientation, unit="pt", format=page_format)
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
