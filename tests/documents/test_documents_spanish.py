"""Certificates and transcripts printed in Spanish: fixed words, dates and hours as Spanish writes them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from document_pdfs import pdf_text
from spanish import in_spanish

from collab_desktop.domain.email_templates import DEFAULT_TEMPLATES
from collab_desktop.services.documents.certificates import CertificateScope, issue_certificates
from collab_desktop.services.documents.email_drafts import session_draft
from collab_desktop.services.documents.transcripts import export_transcript

REMINDER_BODY = DEFAULT_TEMPLATES["reminder"].body
SPANISH = {
    ("CertificatePdf", "CERTIFICATE OF ATTENDANCE"): "CERTIFICADO DE ASISTENCIA",
    ("CertificatePdf", "This certifies that"): "Se certifica que",
    ("CertificatePdf", "attended"): "asistió a",
    ("CertificatePdf", "{attended} of %n sessions"): [
        "{attended} de %n sesión",
        "{attended} de %n sesiones",
    ],
    ("CertificatePdf", "{hours} hours of attendance"): "{hours} horas de asistencia",
    ("CertificatePdf", "Issued {day}"): "Emitido el {day}",
    ("CertificatePdf", "Verification code"): "Código de verificación",
    ("TranscriptExport", "Transcript of attendance"): "Historial de asistencia",
    ("TranscriptExport", "Total: %n sessions"): ["Total: %n sesión", "Total: %n sesiones"],
    ("TranscriptExport", "Period"): "Periodo",
    ("TranscriptExport", "Hours"): "Horas",
}


def test_spanish_certificate_text(db, year, tmp_path: Path, clock) -> None:  # noqa: ANN001
    with in_spanish(SPANISH):
        batch = issue_certificates(db, CertificateScope(series_id=year.series_id), tmp_path)
    (text,) = pdf_text(Path(batch.files[0].file))
    for part in (
        "CERTIFICADO DE ASISTENCIA",
        "Se certifica que",
        "Ana Lopez-Ñúñez",
        "asistió a",
        "LHS learning seminar",  # the series' title as typed
        "13 de enero – 10 de marzo de 2026",
        "3 de 3 sesiones",
        "4 horas de asistencia",
        "Emitido el",
        "Código de verificación",
    ):
        assert part in text, (part, text)
    assert "CERTIFICATE" not in text and "January" not in text


def test_spanish_transcript_pdf(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "historial.pdf"
    with in_spanish(SPANISH):
        export_transcript(
            db, out, email="ana@example.org", start=date(2026, 2, 1), end=date(2026, 3, 31)
        )
    (text,) = pdf_text(out)
    for part in (
        "Historial de asistencia",
        "Periodo",
        "1 de febrero – 31 de marzo de 2026",
        "Total: 2 sesiones",
        "2,5",
    ):
        assert part in text, (part, text)


def test_spanish_reminder_draft(db, year) -> None:  # noqa: ANN001
    entries = {
        ("EmailTemplates", "Reminder: {title}, {date}"): "Recordatorio: {title}, {date}",
        ("EmailTemplates", REMINDER_BODY): "Hola:\n\nCuándo: {date}, {time}\nDónde: {location}\n",
        ("CalendarExport", "Collab Desktop sessions"): "Sesiones de Collab Desktop",
    }
    with in_spanish(entries):
        draft = session_draft(db, year.future_id, "reminder")
    assert draft.subject == "Recordatorio: LHS learning seminar, martes, 12 de enero de 2027"
    assert "Cuándo: martes, 12 de enero de 2027, 12:00–13:00 (America/New_York)" in draft.body
    # Back in English, the built-in template is English again (it is not stored translated).
    assert session_draft(db, year.future_id, "reminder").subject.startswith("Reminder: ")
