"""A person's transcript of attendance: an Excel workbook or a PDF (portrait Letter)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from collab_desktop.domain.document_records import (
    Transcript,
    date_range_text,
    format_day,
    format_hours,
)
from collab_desktop.domain.translation import translate
from collab_desktop.io.pdf_text import FAMILY, new_pdf, printable
from collab_desktop.io.xlsx_safe import safe_cell_value


def _headers() -> tuple[str, ...]:
    """The workbook table's headings in the chosen language."""
    return (
        translate("TranscriptExport", "Date"),
        translate("TranscriptExport", "Session"),
        translate("TranscriptExport", "Collaborative"),
        translate("TranscriptExport", "Kind"),
        translate("TranscriptExport", "Hours"),
        translate("TranscriptExport", "Credits"),
        translate("TranscriptExport", "Credit type"),
    )


def _period(t: Transcript) -> str:
    if t.first is None or t.last is None:
        return translate("TranscriptExport", "no sessions attended")
    return date_range_text(t.first, t.last)


def write_transcript_xlsx(path: Path, t: Transcript) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = translate("TranscriptExport", "Transcript")

    def put(row: int, col: int, value: object, bold: bool = False) -> None:
        cell = safe_cell_value(ws.cell(row=row, column=col), value)
        if bold:
            cell.font = Font(bold=True)

    put(1, 1, translate("TranscriptExport", "Transcript of attendance"), bold=True)
    put(2, 1, translate("TranscriptExport", "Name"))
    put(2, 2, t.person_name)
    put(3, 1, translate("TranscriptExport", "E-mail"))
    put(3, 2, t.email)
    put(4, 1, translate("TranscriptExport", "Organisation"))
    put(4, 2, t.organization)
    put(5, 1, translate("TranscriptExport", "Period"))
    put(5, 2, _period(t))
    put(6, 1, translate("TranscriptExport", "Issued"))
    put(6, 2, t.issued_on)
    ws.cell(row=6, column=2).number_format = "yyyy-mm-dd"
    for col, header in enumerate(_headers(), start=1):
        put(8, col, header, bold=True)
    row = 9
    for line in t.lines:
        values = (line.day, line.title, line.collaborative, line.kind, line.hours,
                  line.credits, line.credit_type)  # fmt: skip
        for col, value in enumerate(values, start=1):
            put(row, col, value)
        ws.cell(row=row, column=1).number_format = "yyyy-mm-dd"
        row += 1
    put(row, 1, translate("TranscriptExport", "Total"), bold=True)
    put(row, 5, t.hours, bold=True)
    for credit_type, total in t.credits_by_type().items():
        put(row, 6, total, bold=True)
        put(row, 7, credit_type, bold=True)
        row += 1
    for col, width in zip("ABCDEFG", (12, 44, 40, 20, 8, 9, 24), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A9"
    wb.save(path)


def _total_text(sessions: int) -> str:
    if sessions == 1:
        return translate("TranscriptExport", "Total: 1 session")
    return translate("TranscriptExport", "Total: %n sessions", None, sessions)


def transcript_pdf(t: Transcript) -> bytes:
    pdf = new_pdf("portrait", "letter", datetime.combine(t.issued_on, time(12), tzinfo=UTC))
    pdf.set_title(
        translate("TranscriptExport", "Transcript of attendance: {name}").format(
            name=printable(t.person_name)
        )
    )
    margin = 54
    width = pdf.w - 2 * margin
    # Date, session, collaborative, hours, credits
    cols = (70, 200, 150, 42, width - 70 - 200 - 150 - 42)

    def header() -> None:
        pdf.set_font(FAMILY, "B", 9)
        pdf.set_x(margin)
        titles = (
            translate("TranscriptExport", "Date"),
            translate("TranscriptExport", "Session"),
            translate("TranscriptExport", "Collaborative"),
            translate("TranscriptExport", "Hours"),
            translate("TranscriptExport", "Credits"),
        )
        for w, text, align in zip(cols, titles, "LLLRR", strict=True):
            pdf.cell(w, 16, text, border="B", align=align)
        pdf.ln(18)

    def fitted(text: str, w: float) -> str:
        text = printable(text)
        if pdf.get_string_width(text) <= w - 4:
            return text
        while text and pdf.get_string_width(text + "\u2026") > w - 4:
            text = text[:-1]
        return text + "\u2026"

    pdf.add_page()
    pdf.set_xy(margin, margin)
    pdf.set_font(FAMILY, "B", 18)
    pdf.cell(width, 24, translate("TranscriptExport", "Transcript of attendance"))
    pdf.ln(30)
    pdf.set_font(FAMILY, "", 11)
    facts = (
        (translate("TranscriptExport", "Name"), t.person_name),
        (translate("TranscriptExport", "E-mail"), t.email),
        (translate("TranscriptExport", "Organisation"), t.organization),
        (translate("TranscriptExport", "Period"), _period(t)),
        (translate("TranscriptExport", "Issued"), format_day(t.issued_on)),
    )
    for label, value in facts:
        if not value:
            continue
        pdf.set_x(margin)
        pdf.set_font(FAMILY, "B", 10)
        pdf.cell(90, 15, label)
        pdf.set_font(FAMILY, "", 10)
        pdf.cell(width - 90, 15, fitted(value, width - 90))
        pdf.ln(15)
    pdf.ln(10)
    header()
    pdf.set_font(FAMILY, "", 9)
    for line in t.lines:
        if pdf.get_y() > pdf.h - margin - 40:
            pdf.add_page()
            pdf.set_xy(margin, margin)
            header()
            pdf.set_font(FAMILY, "", 9)
        pdf.set_x(margin)
        credits = "" if line.credits is None else format_hours(line.credits)
        for w, text, align in zip(
            cols,
            (line.day.isoformat(), line.title, line.collaborative, format_hours(line.hours),
             credits),
            "LLLRR",
            strict=True,
        ):  # fmt: skip
            pdf.cell(w, 14, fitted(text, w), align=align)
        pdf.ln(14)
    pdf.set_x(margin)
    pdf.set_font(FAMILY, "B", 10)
    pdf.cell(cols[0] + cols[1] + cols[2], 18, _total_text(len(t.lines)), border="T")
    pdf.cell(cols[3], 18, format_hours(t.hours), border="T", align="R")
    pdf.cell(cols[4], 18, "", border="T")
    pdf.ln(20)
    for credit_type, total in t.credits_by_type().items():
        pdf.set_x(margin)
        pdf.set_font(FAMILY, "", 10)
        pdf.cell(width, 14, fitted(f"{format_hours(total)} {credit_type}", width))
        pdf.ln(14)
    return bytes(pdf.output())
