"""Names in scripts DejaVu lacks (Chinese, Japanese) print from a fallback font of the computer."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from document_pdfs import pdf_text, render_png
from missing_tool import missing_tool
from pypdf import PdfReader

from collab_desktop.io import pdf_fonts
from collab_desktop.io.pdf_text import REPLACEMENT, font_file, printable
from collab_desktop.services.documents.badges import export_badges
from collab_desktop.services.documents.certificates import CertificateScope, issue_certificates
from collab_desktop.store.models import Contact, Registration

CHINESE, JAPANESE = "王小明", "山田 花子"


def needs_cjk_font() -> None:
    """Skip where no Chinese/Japanese font is installed; CI installs one, so there it fails."""
    if pdf_fonts.font_for(ord("王")) is None or pdf_fonts.font_for(ord("花")) is None:
        missing_tool("no Chinese/Japanese font installed (Debian: fonts-droid-fallback)")


def font_names(pdf: Path) -> set[str]:
    """The base names of the fonts embedded in every page."""
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def add_cjk_people(db, session_id: int) -> None:  # noqa: ANN001
    with db.session() as s:
        for first, last, email in (("小明", "王", "wang@example.org"),
                                   ("花子", "山田", "yamada@example.org")):  # fmt: skip
            person = Contact(first_name=first, last_name=last, email=email, email_key=email)
            s.add(person)
            s.flush()
            s.add(Registration(session_id=session_id, contact_id=person.id, status="attended"))


def test_chinese_and_japanese_names_come_back_from_certificate_and_badges(
    db,
    year,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    needs_cjk_font()
    session_id = year.session_ids[2]
    add_cjk_people(db, session_id)
    batch = issue_certificates(db, CertificateScope(session_id=session_id), tmp_path / "c")
    by_name = {f.name: Path(f.file) for f in batch.files}
    assert set(by_name) >= {"小明 王", "花子 山田"}
    [wang] = pdf_text(by_name["小明 王"])
    assert "小明 王" in wang and REPLACEMENT not in wang
    assert len(font_names(by_name["小明 王"]) - {"DejaVuSansBook", "DejaVuSansBold"}) == 1
    [latin] = [f for n, f in by_name.items() if n.startswith("Ana")]
    assert font_names(latin) <= {"DejaVuSansBook", "DejaVuSansBold"}, "no fallback font embedded"

    badges = tmp_path / "badges.pdf"
    export_badges(db, badges, session_id)
    text = "\n".join(pdf_text(badges))
    assert "小明 王" in text and "花子 山田" in text
    assert all(p.stat().st_size > 3_000 for p in render_png(badges, tmp_path / "badge"))


def test_an_emoji_in_a_name_prints_from_a_symbol_font(db, year, tmp_path: Path) -> None:  # noqa: ANN001
    if pdf_fonts.font_for(ord("🌷")) is None:
        missing_tool("no font with emoji installed (Debian: fonts-symbola)")
    batch = issue_certificates(db, CertificateScope(session_id=year.session_ids[0]), tmp_path)
    [long] = [Path(f.file) for f in batch.files if f.name.startswith("Maria")]
    [text] = pdf_text(long)
    assert "Wojciechowska-Szczepańska 🌷" in text


def test_a_character_no_font_has_is_a_box_logged_once(caplog) -> None:  # noqa: ANN001
    unknown = "\U0010fffd"  # private use: no font has it
    with caplog.at_level(logging.WARNING, logger="collab_desktop.io.pdf_fonts"):
        assert printable(f"Ana {unknown}{unknown} Lee") == f"Ana {REPLACEMENT} Lee"
        assert printable(f"{unknown}") == REPLACEMENT
    said = [r.getMessage() for r in caplog.records if "U+10FFFD" in r.getMessage()]
    assert len(said) == 1 and "print as a box" in said[0]


def test_fonts_named_in_the_environment_come_first(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    monkeypatch.setenv(
        pdf_fonts.ENV_FONTS, os.pathsep.join([str(tmp_path / "missing.ttf"), font_file(bold=True)])
    )
    files = pdf_fonts.candidate_files()
    assert files[0] == font_file(bold=True)
    assert str(tmp_path / "missing.ttf") not in files
    assert len(files) == len(set(files))
