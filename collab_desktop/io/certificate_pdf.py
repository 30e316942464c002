"""Certificates of attendance as PDF: one landscape Letter page per certificate."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from datetime import UTC, datetime, time

from fpdf import FPDF

from collab_desktop.domain.document_records import (
    Certificate,
    date_range_text,
    format_day,
    format_hours,
)
from collab_desktop.domain.translation import translate
from collab_desktop.io.pdf_text import FAMILY, fit_size, new_pdf, printable, split_in_two

INK = (33, 33, 33)
MUTED = (97, 97, 97)
ACCENT = (21, 101, 192)


def _centred(pdf: FPDF, y: float, text: str, size: float, style: str = "", colour=INK) -> None:
    width = pdf.w - 2 * 90
    fitted = fit_size(pdf, text, width, size, min(size, 9), style)
    pdf.set_font(FAMILY, style, fitted)
    pdf.set_text_color(*colour)
    pdf.set_xy(90, y)
    pdf.cell(width, fitted * 1.3, text, align="C")


def _name(pdf: FPDF, y: float, name: str) -> None:
    """The person's name, large: one line down to 24 pt, else two lines (a long name)."""
    width = pdf.w - 2 * 90
    if fit_size(pdf, name, width, 34, 24, "B") > 24 or pdf.get_string_width(name) <= width:
        _centred(pdf, y, name, 34, "B")
        return
    first, second = split_in_two(name)
    size = min(fit_size(pdf, first, width, 22, 9, "B"), fit_size(pdf, second, width, 22, 9, "B"))
    for i, line in enumerate((first, second)):
        _centred(pdf, y - 4 + i * size * 1.2, line, size, "B")


def _page(pdf: FPDF, cert: Certificate) -> None:
    pdf.add_page()
    w, h = pdf.w, pdf.h
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(4)
    pdf.rect(28, 28, w - 56, h - 56)
    pdf.set_line_width(0.8)
    pdf.rect(38, 38, w - 76, h - 76)

    _centred(pdf, 70, translate("CertificatePdf", "CERTIFICATE OF ATTENDANCE"), 26, "B", ACCENT)
    if cert.provider:
        _centred(pdf, 108, printable(cert.provider), 14, "", MUTED)
    _centred(pdf, 150, translate("CertificatePdf", "This certifies that"), 13, "", MUTED)
    _name(pdf, 174, printable(cert.person_name) or " ")
    _centred(pdf, 226, translate("CertificatePdf", "attended"), 13, "", MUTED)
    _centred(pdf, 248, printable(cert.activity), 20, "B")
    if cert.collaborative and cert.collaborative != cert.activity:
        _centred(pdf, 276, printable(cert.collaborative), 13)
    dates = date_range_text(cert.first_date, cert.last_date)
    total = cert.sessions_total  # a plain name: lupdate skips a call whose count is an attribute
    if total > 1:
        sessions = translate("CertificatePdf", "{attended} of %n sessions", None, total).format(
            attended=cert.sessions_attended
        )
    else:
        sessions = translate("CertificatePdf", "1 session")
    _centred(pdf, 304, f"{dates}  \u00b7  {sessions}", 13)
    hours = format_hours(cert.hours)
    if cert.hours == 1:
        hours_text = translate("CertificatePdf", "{hours} hour of attendance")
    else:
        hours_text = translate("CertificatePdf", "{hours} hours of attendance")
    _centred(pdf, 334, hours_text.format(hours=hours), 16, "B")
    if cert.credits is not None:
        credit_type = printable(cert.credit_type) or translate("CertificatePdf", "credits")
        _centred(pdf, 360, f"{format_hours(cert.credits)} {credit_type}", 14, "", ACCENT)

    # The signature block, left of centre; the verification code to the right.
    line_y = h - 130
    left = 110
    if cert.signature_image:
        try:
            picture = io.BytesIO(base64.b64decode(cert.signature_image))
            pdf.image(picture, x=left, y=line_y - 52, h=48, keep_aspect_ratio=True, w=220)
        except Exception:  # noqa: BLE001 - a damaged picture leaves the line blank
            pass
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8)
    pdf.line(left, line_y, left + 230, line_y)
    pdf.set_text_color(*INK)
    if cert.signatory_name:
        size = fit_size(pdf, printable(cert.signatory_name), 230, 12, 8, "B")
        pdf.set_font(FAMILY, "B", size)
        pdf.set_xy(left, line_y + 4)
        pdf.cell(230, 16, printable(cert.signatory_name))
    if cert.signatory_title:
        pdf.set_text_color(*MUTED)
        size = fit_size(pdf, printable(cert.signatory_title), 230, 11, 7)
        pdf.set_font(FAMILY, "", size)
        pdf.set_xy(left, line_y + 20)
        pdf.cell(230, 14, printable(cert.signatory_title))

    right = w - 110 - 230
    pdf.set_text_color(*MUTED)
    pdf.set_font(FAMILY, "", 10)
    pdf.set_xy(right, line_y + 4)
    pdf.cell(
        230,
        14,
        translate("CertificatePdf", "Issued {day}").format(day=format_day(cert.issued_on)),
        align="R",
    )
    pdf.set_xy(right, line_y + 20)
    pdf.cell(230, 14, translate("CertificatePdf", "Verification code"), align="R")
    pdf.set_font(FAMILY, "B", 12)
    pdf.set_text_color(*INK)
    pdf.set_xy(right, line_y + 36)
    pdf.cell(230, 16, cert.code, align="R")


def certificates_pdf(certificates: Sequence[Certificate], created: datetime | None = None) -> bytes:
    """The PDF bytes of the certificates, one page each, in the order given.

    The file's creation date is the first certificate's issue day unless ``created`` is given,
    so the same certificate made again gives the same bytes.
    """
    if not certificates:
        raise ValueError("no certificates to write")
    if created is None:
        created = datetime.combine(certificates[0].issued_on, time(12), tzinfo=UTC)
    pdf = new_pdf("landscape", "letter", created)
    if len(certificates) == 1:
        pdf.set_title(translate("CertificatePdf", "Certificate of attendance"))
    else:
        pdf.set_title(translate("CertificatePdf", "Certificates"))
    pdf.set_author(printable(certificates[0].provider) or "Collab Desktop")
    for cert in certificates:
        _page(pdf, cert)
    return bytes(pdf.output())
