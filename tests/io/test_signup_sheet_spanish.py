"""A sign-up sheet printed in Spanish: title, headings and dates in Spanish; read back as any other."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook
from spanish import in_spanish

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.io.signup_sheet import HEADER_ROW, ID_COL
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.sessions.registrations import list_registrations, register
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.services.sessions.signup_sheets import export_signup_sheet, preview_attendance

NY = ZoneInfo("America/New_York")
SPANISH = {
    ("SignupSheet", "Sign-up sheet"): "Hoja de inscripción",
    ("SignupSheet", "Name"): "Nombre",
    ("SignupSheet", "Organization or role"): "Organización o función",
    ("SignupSheet", "Email"): "Correo electrónico",
    ("SignupSheet", "Here"): "Presente",
    ("SignupSheet", "Signature"): "Firma",
    ("SignupSheet", "Location: {location}"): "Lugar: {location}",
    ("SignupSheet", "Presenter: {presenter}"): "Presentador: {presenter}",
    ("SignupSheet", "Page &P of &N"): "Página &P de &N",
    ("SignupSheet", "Waitlist (in order)"): "Lista de espera (por orden)",
    ("Vocabulary", "Learning seminar"): "Seminario de aprendizaje",
}


def test_spanish_sheet_written_and_read_back(db, tmp_path: Path) -> None:  # noqa: ANN001
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=collaborative_by_name(db, "LHS E-STaR").id,
            title="LHS seminar",
            start=datetime(2030, 1, 8, 12, tzinfo=NY),
            end=datetime(2030, 1, 8, 13, 30, tzinfo=NY),
            location="Auditorium E",
            presenters="Dr. Rivera",
            capacity=1,
        ),
    )
    for i, last in enumerate(["Abbott", "Chen"]):
        person = save_contact(
            db, ContactRecord(first_name=f"P{i}", last_name=last, email=f"p{i}@example.org")
        )
        register(db, session.id, person.id)
    with in_spanish(SPANISH) as catalogue:
        path = export_signup_sheet(db, session.id, tmp_path / "hoja.xlsx", blank_rows=3)
    assert ("SignupSheet", "Sign-up sheet") in catalogue.asked
    wb = load_workbook(path)
    ws = wb.active
    assert ws.title == "Hoja de inscripción"
    assert ws.cell(3, 1).value == (
        "Seminario de aprendizaje · martes, 8 de enero de 2030, 12:00-13:30 (America/New_York)"
    )
    assert ws.cell(4, 1).value == "Lugar: Auditorium E"
    assert ws.cell(5, 1).value == "Presentador: Dr. Rivera"
    headings = [ws.cell(HEADER_ROW, c).value for c in range(2, 7)]
    assert headings == [
        "Nombre",
        "Organización o función",
        "Correo electrónico",
        "Presente",
        "Firma",
    ]
    assert ws.oddFooter.right.text == "Página &P de &N"
    waitlist_rows = [
        r
        for r in range(HEADER_ROW, ws.max_row + 1)
        if ws.cell(r, 2).value == "Lista de espera (por orden)"
    ]
    assert len(waitlist_rows) == 1  # capacity 1: Chen waits
    # Ticked by hand, then read back in English as the sheet of any language is.
    abbott = next(r for r in list_registrations(db, session.id) if r.last_name == "Abbott")
    row = next(
        r for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, ID_COL).value == abbott.id
    )
    ws.cell(row, 5, "x")
    ws.cell(HEADER_ROW + 3, 2, "Maria Garcia")
    ws.cell(HEADER_ROW + 3, 4, "maria.garcia@example.org")
    wb.save(path)
    preview = preview_attendance(db, path, session.id)
    assert list(preview.attended.values()) == ["P0 Abbott"]
    assert [w.display_name for w in preview.walk_ins] == ["Maria Garcia"]
