"""Certificates of attendance: eligibility, hours, files, the record kept, and issuing again."""

from __future__ import annotations

import base64
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from document_pdfs import pdf_text, render_png

from collab_desktop.domain.document_records import CertificateSettingsRecord
from collab_desktop.domain.file_names import safe_stem
from collab_desktop.services.documents.certificate_settings import (
    certificate_settings,
    save_certificate_settings,
    signature_from_file,
)
from collab_desktop.services.documents.certificates import (
    CertificateScope,
    issue_certificates,
    issued_certificates,
    reissue_certificate,
)
from collab_desktop.services.errors import ServiceError, ValidationError


def _signature_png() -> bytes:
    from PIL import Image, ImageDraw

    picture = Image.new("RGBA", (300, 80), (255, 255, 255, 0))
    ImageDraw.Draw(picture).line([(10, 60), (80, 10), (150, 70), (290, 20)], fill="navy", width=4)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def test_a_series_gives_certificates_to_those_who_attended_every_session(
    db, year, tmp_path: Path, db_path: Path
) -> None:  # noqa: ANN001
    save_certificate_settings(
        db,
        CertificateSettingsRecord(
            year.collaborative_id,
            provider="The Center for Learning Health System Sciences",
            signatory_name="Megan Holthoff",
            signatory_title="Program coordinator",
            signature_image=signature_from_file(_signature_png()),
            credit_rate=1.0,
            credit_type="CE contact hours",
        ),
    )
    out = tmp_path / "out"
    batch = issue_certificates(db, CertificateScope(series_id=year.series_id), out)

    # Bob attended two of three; the cancelled and the future session do not count.
    names = [f.name for f in batch.files]
    assert names == [
        "Ana Lopez-Ñúñez",
        "Maria-Magdalena Anastasia Wojciechowska-Szczepańska 🌷",
        "سلمى الحسيني",
    ]
    assert [f.hours for f in batch.files] == [4.0, 4.0, 4.0]
    assert [f.email for f in batch.files] == ["ana@example.org", "mm@example.org", None]
    assert len({f.code for f in batch.files}) == 3
    assert all(f.code.startswith("CD-") and len(f.code) == 12 for f in batch.files)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [Path(f.file).name for f in batch.files] + ["LHS learning seminar - all certificates.pdf"]
    )

    ana = pdf_text(Path(batch.files[0].file))
    assert len(ana) == 1
    for text in (
        "Ana Lopez-Ñúñez",
        "LHS learning seminar",
        "13 January – 10 March 2026",
        "3 of 3 sessions",
        "4 hours",
        "4 CE contact hours",
        "Megan Holthoff",
        "The Center for Learning Health System Sciences",
        batch.files[0].code,
        "Issued 2 December 2026",
    ):
        assert text in ana[0], text
    combined = pdf_text(Path(batch.combined))
    assert len(combined) == 3 and batch.files[2].code in combined[2]
    assert "الحسيني" in combined[2]

    # What was issued is recorded, and issues again byte for byte.
    assert {r.code for r in issued_certificates(db)} == {f.code for f in batch.files}
    again = reissue_certificate(db, batch.files[1].code.lower(), tmp_path / "again")
    assert again.read_bytes() == Path(batch.files[1].file).read_bytes()
    with sqlite3.connect(db_path) as conn:
        content = conn.execute(
            "SELECT content FROM issued_certificates WHERE code = ?", (batch.files[0].code,)
        ).fetchone()[0]
    stored = json.loads(content)
    assert stored["inputs"] == {
        "scope": {"session_id": None, "series_id": year.series_id, "collaborative_id": None,
                  "from": None, "to": None},
        "min_attended": None,
    }  # fmt: skip
    assert stored["certificate"]["hours"] == 4.0


def test_min_attended_and_a_single_session(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    two = issue_certificates(db, CertificateScope(series_id=year.series_id), tmp_path / "a", 2)
    assert {f.name: f.hours for f in two.files}["Bob Smith"] == 3.0
    assert certificate_settings(db, year.collaborative_id).credit_rate is None
    assert "credits" not in pdf_text(Path(two.files[0].file))[0].lower()

    one = issue_certificates(db, CertificateScope(session_id=year.session_ids[2]), tmp_path / "b")
    formula = next(f for f in one.files if f.name.startswith("="))
    # The formula-looking name is printed as it is; its file name loses what Windows refuses.
    assert Path(formula.file).name == "=HYPERLINK( http x , click ) Ng.pdf"
    assert '=HYPERLINK("http://x","click") Ng' in pdf_text(Path(formula.file))[0]
    assert "1 hour of attendance" in pdf_text(Path(formula.file))[0]


def test_collaborative_over_dates(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    scope = CertificateScope(
        collaborative_id=year.collaborative_id, start=date(2026, 2, 1), end=date(2026, 12, 31)
    )
    batch = issue_certificates(db, scope, tmp_path / "c")
    # Bob missed the March seminar; the October gathering belongs to no one collaborative.
    assert [f.name for f in batch.files][:2] == [
        "Ana Lopez-Ñúñez",
        "Maria-Magdalena Anastasia Wojciechowska-Szczepańska 🌷",
    ]
    assert {f.hours for f in batch.files} == {2.5}
    text = pdf_text(Path(batch.files[0].file))[0]
    assert "LHS E-STaR: LHS Scientists Collaborative" in text and "2 of 2 sessions" in text


def test_nobody_eligible_writes_nothing(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "none"
    empty = CertificateScope(collaborative_id=year.collaborative_id, start=date(2025, 1, 1),
                             end=date(2025, 12, 31))  # fmt: skip
    with pytest.raises(ServiceError, match="No session held"):
        issue_certificates(db, empty, out)
    with pytest.raises(ServiceError, match="No session held"):
        issue_certificates(db, CertificateScope(session_id=year.future_id), out)
    with pytest.raises(ServiceError, match="Nobody attended all of the 1 session held"):
        issue_certificates(db, CertificateScope(session_id=year.gathering_id), out)
    with pytest.raises(ValidationError, match="between 1 and 3"):
        issue_certificates(db, CertificateScope(series_id=year.series_id), out, 4)
    assert not out.exists()
    assert issued_certificates(db) == []


def test_existing_files_are_kept(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "out"
    first = issue_certificates(db, CertificateScope(series_id=year.series_id), out)
    second = issue_certificates(db, CertificateScope(series_id=year.series_id), out)
    assert Path(second.files[0].file).name == "Ana Lopez-Ñúñez (2).pdf"
    assert Path(first.files[0].file).is_file()
    assert not {f.code for f in first.files} & {f.code for f in second.files}


def test_certificate_renders_to_a_picture(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    batch = issue_certificates(db, CertificateScope(series_id=year.series_id), tmp_path / "r")
    pages = render_png(Path(batch.combined), tmp_path / "page")
    assert len(pages) == 3
    assert all(p.stat().st_size > 5_000 for p in pages)


def test_signature_must_be_a_picture() -> None:
    with pytest.raises(ValidationError, match="PNG or JPEG"):
        signature_from_file(b"GIF89a....")
    assert base64.b64decode(signature_from_file(_signature_png())).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Ana Lopez", "Ana Lopez"),
        ('a<b>c:d"e/f\\g|h?i*j', "a b c d e f g h i j"),
        ("CON", "certificate CON"),
        ("nul.txt", "certificate nul.txt"),
        ("  trailing dots... ", "trailing dots"),
        ("", "certificate"),
        ("x" * 200, "x" * 80),
        ("Zoë\u200d\nN", "Zoë N"),
    ],
)
def test_windows_safe_file_names(text: str, stem: str) -> None:
    assert safe_stem(text, fallback="certificate") == stem


def test_progress_is_reported_and_a_stop_leaves_nothing(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    steps: list[tuple[int, int]] = []
    scope = CertificateScope(session_id=year.session_ids[2])
    batch = issue_certificates(
        db, scope, tmp_path / "all", progress=lambda d, t: steps.append((d, t))
    )
    total = len(batch.files) + 1  # and the combined PDF
    assert steps == [(n, total) for n in range(1, total + 1)]

    class Stop(Exception):
        pass

    def stop_at_two(done: int, _total: int) -> None:
        if done == 2:
            raise Stop

    before = issued_certificates(db)
    with pytest.raises(Stop):
        issue_certificates(db, scope, tmp_path / "stopped", progress=stop_at_two)
    assert not (tmp_path / "stopped").exists()
    assert issued_certificates(db) == before
