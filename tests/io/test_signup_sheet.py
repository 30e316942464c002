"""Sign-up sheet: print set-up read back with openpyxl, a filled-in sheet recorded as attendance."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from missing_tool import missing_tool
from openpyxl import load_workbook

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.io.signup_sheet import EMAIL_COL, HEADER_ROW, ID_COL, MARKER, NAME_COL, ORG_COL
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.directory.contacts import contact_by_email, save_contact
from collab_desktop.services.errors import ServiceError
from collab_desktop.services.sessions.registrations import list_registrations, register
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.services.sessions.signup_sheets import (
    apply_attendance,
    export_signup_sheet,
    preview_attendance,
    split_name,
)

NY = ZoneInfo("America/New_York")
LAST_NAMES = ["Young", "Abbott", "Murphy", "Chen", '=HYPERLINK("http://x","y")']


@pytest.fixture
def session_with_people(db):  # noqa: ANN001, ANN201
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=collaborative_by_name(db, "LHS E-STaR").id,
            title="LHS seminar",
            start=datetime(2030, 1, 8, 12, tzinfo=NY),
            end=datetime(2030, 1, 8, 13, tzinfo=NY),
            location="Auditorium E",
            presenters="Dr. Rivera",
        ),
    )
    for i, last in enumerate(LAST_NAMES):
        contact = save_contact(
            db,
            ContactRecord(
                first_name="" if last.startswith("=") else f"P{i}",
                last_name=last,
                email=f"p{i}@example.org",
            ),
        )
        register(db, session.id, contact.id)
    return session


def test_print_setup_and_table_read_back(db, session_with_people, tmp_path: Path) -> None:  # noqa: ANN001
    path = export_signup_sheet(db, session_with_people.id, tmp_path / "sheet.xlsx", blank_rows=7)
    ws = load_workbook(path).active
    assert ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 1
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert ws.page_margins.left == pytest.approx(0.4)
    assert "&P of &N" in ws.oddFooter.right.text and "LHS seminar" in ws.oddFooter.left.text
    assert ws.protection.sheet and ws.column_dimensions["G"].hidden
    assert ws.cell(1, ID_COL).value == MARKER and ws.cell(2, ID_COL).value == session_with_people.id
    assert ws.cell(2, 1).value == "LHS seminar"
    names = [ws.cell(r, 2).value for r in range(HEADER_ROW + 1, HEADER_ROW + 6)]
    # Sorted by last name; the formula-like name stays text.
    assert [n.split(" ")[-1] for n in names] == [n.split(" ")[-1] for n in sorted(LAST_NAMES)]
    formula_cell = ws.cell(HEADER_ROW + 1, 2)
    assert formula_cell.data_type == "s" and formula_cell.quotePrefix
    last_row = HEADER_ROW + 5 + 7
    assert ws.cell(last_row, 2).border.bottom.style == "thin"
    assert (
        not ws.cell(last_row, 2).protection.locked and ws.cell(HEADER_ROW + 1, 2).protection.locked
    )
    assert ws.print_area == f"'Sign-up sheet'!$A$1:$F${last_row}"


def test_long_names_shrink_to_fit_instead_of_losing_their_end(
    db, session_with_people, tmp_path: Path
) -> None:  # noqa: ANN001
    path = export_signup_sheet(db, session_with_people.id, tmp_path / "sheet.xlsx", blank_rows=2)
    ws = load_workbook(path).active
    for row in range(HEADER_ROW + 1, HEADER_ROW + 8):
        for col in (NAME_COL, ORG_COL, EMAIL_COL):
            assert ws.cell(row, col).alignment.shrink_to_fit, (row, col)


def test_long_list_flows_onto_more_pages(db, session_with_people, tmp_path: Path) -> None:  # noqa: ANN001
    path = export_signup_sheet(db, session_with_people.id, tmp_path / "s.xlsx", blank_rows=60)
    assert load_workbook(path).active.page_setup.fitToHeight == 0


def fill(path: Path, marks: dict[int, str], walk_ins: list[tuple[str, str, str]]) -> None:
    """Type into the sheet as a person would: ticks, signatures, walk-ins in blank rows."""
    wb = load_workbook(path)
    ws = wb.active
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        reg_id = ws.cell(r, ID_COL).value
        if reg_id in marks:
            ws.cell(r, 5 if marks[reg_id] == "x" else 6, marks[reg_id])
    blank = [r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, ID_COL).value is None]
    for r, (name, org, email) in zip(blank, walk_ins, strict=False):
        ws.cell(r, 2, name)
        ws.cell(r, 3, org)
        ws.cell(r, 4, email)
    wb.save(path)


def test_filled_sheet_read_back_and_applied(db, session_with_people, tmp_path: Path) -> None:  # noqa: ANN001
    regs = {r.last_name: r for r in list_registrations(db, session_with_people.id)}
    path = export_signup_sheet(db, session_with_people.id, tmp_path / "filled.xlsx")
    fill(
        path,
        {regs["Abbott"].id: "x", regs["Chen"].id: "Chen signature"},
        [
            ("Garcia, Maria", "Valley Clinic", "maria.garcia@example.org"),
            ("Pat Young", "", "P0@EXAMPLE.org"),  # already registered (as P0 Young)
            ("No Email Person", "", ""),
        ],
    )
    preview = preview_attendance(db, path, session_with_people.id)
    assert sorted(preview.attended.values()) == ["P1 Abbott", "P3 Chen"]
    assert len(preview.absent) == 2  # Murphy and the formula name; Young wrote herself in
    assert [w.display_name for w in preview.walk_ins] == ["Maria Garcia", "Pat Young"]
    assert any("no email" in p for p in preview.problems)
    counts = preview.counts()
    assert counts == {"attended": 3, "absent": 2, "walk_ins_added": 1, "contacts_created": 1}
    assert apply_attendance(db, preview) == counts
    statuses = {
        r.last_name: (r.status, r.walk_in) for r in list_registrations(db, preview.session_id)
    }
    assert statuses["Abbott"] == ("attended", False) and statuses["Murphy"] == ("absent", False)
    assert statuses["Young"] == ("attended", False)
    assert statuses["Garcia"] == ("attended", True)
    assert contact_by_email(db, "maria.garcia@example.org").organization == "Valley Clinic"


def test_sheet_of_another_session_or_not_a_sheet_is_refused(
    db,
    session_with_people,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    path = export_signup_sheet(db, session_with_people.id, tmp_path / "a.xlsx")
    other = session_with_people
    other.id = None
    other_id = save_session(db, other).id
    with pytest.raises(ServiceError, match="not of session"):
        preview_attendance(db, path, other_id)
    bogus = tmp_path / "bogus.xlsx"
    bogus.write_text("not a workbook")
    with pytest.raises(ServiceError, match="not an .xlsx"):
        preview_attendance(db, bogus, other_id)


def test_split_name() -> None:
    assert split_name("Garcia, Maria") == ("Maria", "Garcia")
    assert split_name(" Mary  Ann Lee ") == ("Mary Ann", "Lee")
    assert split_name("Cher") == ("Cher", "")


@pytest.mark.slow
def test_twenty_five_names_print_on_one_page(db, tmp_path: Path) -> None:  # noqa: ANN001
    """LibreOffice renders the sheet of 25 names and 10 walk-in rows as a single page."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdfinfo") is None:
        missing_tool("LibreOffice and poppler-utils are needed (Debian: libreoffice-calc-nogui)")
    session = save_session(
        db,
        SessionRecord(
            title="Full room",
            start=datetime(2030, 2, 12, 12, tzinfo=NY),
            end=datetime(2030, 2, 12, 13, tzinfo=NY),
        ),
    )
    for i in range(25):
        contact = save_contact(
            db,
            ContactRecord(
                first_name=f"Person{i}",
                last_name=f"Surname{i:02d}",
                email=f"person{i}@example.org",
                organization="Dartmouth Health, Department of Medicine",
            ),
        )
        register(db, session.id, contact.id)
    path = export_signup_sheet(db, session.id, tmp_path / "full.xlsx")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = subprocess.run(
        ["pdfinfo", str(tmp_path / "full.pdf")], check=True, capture_output=True, text=True
    ).stdout
    assert [line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")] == ["1"]


def test_each_formula_like_text_and_only_it_keeps_its_quote_prefix(tmp_path: Path) -> None:
    """Cells share their column's style; a quote prefix belongs to its own cell alone."""
    from collab_desktop.io.signup_sheet import SheetPerson, write_signup_sheet

    texts = ["Ann Avery", "=HYPERLINK(1)", "Bob Bell", "+1 555 0100", "Cy Cole", "@risk"]
    people = [
        SheetPerson(i, name, org, f"p{i}@example.org")
        for i, (name, org) in enumerate(zip(texts, reversed(texts), strict=True), start=1)
    ]
    start = datetime(2030, 1, 8, 12, tzinfo=ZoneInfo("America/New_York"))
    session = SessionRecord(id=1, title="Huddle", start=start, end=start.replace(hour=13))
    ws = load_workbook(write_signup_sheet(tmp_path / "s.xlsx", session, people)).active
    for offset, (name, org) in enumerate(zip(texts, reversed(texts), strict=True), start=1):
        row = HEADER_ROW + offset
        for col, text in ((NAME_COL, name), (ORG_COL, org)):
            cell = ws.cell(row, col)
            assert cell.value == text
            assert cell.quotePrefix == text.startswith(("=", "+", "@")), (row, col, text)
            assert cell.alignment.shrink_to_fit and cell.border.left.style == "thin"
