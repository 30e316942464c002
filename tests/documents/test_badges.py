"""Name badges: both sheet layouts, long and right-to-left names, and the colour bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from document_pdfs import pdf_text, render_png
from pypdf import PdfReader

from collab_desktop.cli import parse_args, run_command
from collab_desktop.services.documents.badges import export_badges, session_badges, type_colour
from collab_desktop.services.errors import ServiceError
from collab_desktop.store.models import Collaborative, Membership


def _join(db, year, key: str, short: str) -> None:  # noqa: ANN001
    with db.session() as s:
        collab = (
            s.query(Collaborative).filter_by(short_name=short).first()
            or s.query(Collaborative).filter(Collaborative.name.like(f"{short}%")).one()
        )
        s.add(Membership(contact_id=year.people[key], collaborative_id=collab.id))


def test_gathering_badges_on_letter_and_a4(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    _join(db, year, "ana", "LHS E-STaR")
    badges = session_badges(db, year.gathering_id)
    assert [b.name for b in badges][:2] == ["Ana Lopez-Ñúñez", '=HYPERLINK("http://x","click") Ng']
    ana = badges[0]
    assert ana.collaborative.startswith("LHS E-STaR") and ana.organization == "Riverside Clinic"
    assert ana.colour == type_colour("Patient partner") != ""
    salma = next(b for b in badges if b.organization == "مستشفى الأمل")
    assert salma.name == "سلمى الحسيني" and salma.colour == ""

    letter = tmp_path / "letter.pdf"
    assert export_badges(db, letter, year.gathering_id) == 5
    reader = PdfReader(letter)
    assert len(reader.pages) == 1
    assert (float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)) == (
        612,
        792,
    )
    (text,) = pdf_text(letter)
    for part in ("Ana Lopez-Ñúñez", "Riverside Clinic", "PATIENT PARTNER", "Bob Smith",
                 "الحسيني", '=HYPERLINK("http://x","click")', "Wojciechowska-Szczepańska"):  # fmt: skip
        assert part in text, part

    a4 = tmp_path / "a4.pdf"
    export_badges(db, a4, year.gathering_id, "a4-8", colour_bar=False)
    page = PdfReader(a4).pages[0]
    assert round(float(page.mediabox.width)) == 595 and "PATIENT PARTNER" not in pdf_text(a4)[0]
    pages = render_png(letter, tmp_path / "letter")
    assert len(pages) == 1 and pages[0].stat().st_size > 5_000


def test_seven_badges_take_two_letter_pages(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.io.badge_pdf import badges_pdf

    badges = session_badges(db, year.gathering_id)
    out = tmp_path / "b.pdf"
    out.write_bytes(badges_pdf(badges + badges[:2], "letter-6"))
    assert len(PdfReader(out).pages) == 2


def test_badges_bad_input(db, year, tmp_path: Path, db_path: Path, capsys) -> None:  # noqa: ANN001
    with db.session() as s:
        from collab_desktop.store.models import Registration

        s.query(Registration).filter_by(session_id=year.gathering_id).delete()
    with pytest.raises(ServiceError, match="Nobody is registered"):
        export_badges(db, tmp_path / "none.pdf", year.gathering_id)
    assert not (tmp_path / "none.pdf").exists()
    code = run_command(parse_args(["--db", str(db_path), "badges", str(tmp_path / "x.pdf"),
                                   "--session", str(year.session_ids[0]), "--layout", "a4-8"]))  # fmt: skip
    assert code == 0 and "Wrote 5 badges" in capsys.readouterr().out
