"""Transcripts: one person's attended sessions across collaboratives, as Excel and as PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from document_pdfs import pdf_text
from openpyxl import load_workbook

from collab_desktop.domain.document_records import CertificateSettingsRecord
from collab_desktop.services.documents.certificate_settings import save_certificate_settings
from collab_desktop.services.documents.transcripts import export_transcript
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.store.models import Registration


def _attend_gathering(db, year, key: str) -> None:  # noqa: ANN001
    with db.session() as s:
        row = (
            s.query(Registration)
            .filter_by(session_id=year.gathering_id, contact_id=year.people[key])
            .one()
        )
        row.status = "attended"


def test_transcript_as_excel_spans_collaboratives(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    save_certificate_settings(
        db,
        CertificateSettingsRecord(year.collaborative_id, credit_rate=1.0, credit_type="CE hours"),
    )
    _attend_gathering(db, year, "formula")
    out = tmp_path / "t.xlsx"
    t = export_transcript(db, out, email="F@EXAMPLE.org")
    assert [(line.day, line.hours, line.credits) for line in t.lines] == [
        (date(2026, 3, 10), 1.0, 1.0),
        (date(2026, 10, 15), 8.0, None),  # the gathering belongs to no collaborative's rate
    ]
    ws = load_workbook(out).active
    name = ws["B2"]
    # The formula-looking name stays text (PITFALLS: formula injection).
    assert name.value == '=HYPERLINK("http://x","click") Ng' and name.data_type == "s"
    assert name.quotePrefix
    assert [c.value for c in ws[8]] == [
        "Date", "Session", "Collaborative", "Kind", "Hours", "Credits", "Credit type"
    ]  # fmt: skip
    assert ws["C10"].value == "All collaboratives" and ws["E10"].value == 8.0
    assert ws["E11"].value == 9.0 and ws["F11"].value == 1.0 and ws["G11"].value == "CE hours"


def test_transcript_as_pdf_with_dates(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "t.pdf"
    t = export_transcript(
        db, out, email="ana@example.org", start=date(2026, 2, 1), end=date(2026, 3, 31)
    )
    assert len(t.lines) == 2 and t.hours == 2.5
    (text,) = pdf_text(out)
    for part in ("Transcript of attendance", "Ana Lopez-Ñúñez", "2026-02-10", "2026-03-10",
                 "LHS learning seminar", "Total: 2 sessions", "2.5", "1 February – 31 March 2026"):  # fmt: skip
        assert part in text, part


def test_transcript_bad_input(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError):
        export_transcript(db, tmp_path / "t.pdf", email="nobody@example.org")
    with pytest.raises(ValidationError, match=r"\.xlsx or \.pdf"):
        export_transcript(db, tmp_path / "t.csv", email="ana@example.org")
    with pytest.raises(ValidationError, match="attended no session"):
        export_transcript(db, tmp_path / "t.pdf", email="ana@example.org", end=date(2025, 1, 1))
    assert not list(tmp_path.glob("t.*"))


def test_transcript_command(db_path: Path, year, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from collab_desktop.cli import parse_args, run_command

    out = tmp_path / "bob.pdf"
    code = run_command(
        parse_args(["--db", str(db_path), "transcript", str(out), "--email", "bob@example.org"])
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "2 sessions, 3 hours" in printed.out and out.is_file()
