"""Exports can leave out contacts without recorded consent (roster, sign-up sheet, CLI, window)."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.timezones import localize
from collab_desktop.services.directory.contacts import contact_by_email, save_contact
from collab_desktop.services.rosters.roster_export import export_roster
from collab_desktop.services.sessions.registrations import register
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.services.sessions.signup_sheets import export_signup_sheet


def _give_consent(db, email: str) -> int:  # noqa: ANN001
    contact = contact_by_email(db, email)
    contact.consent = True
    return save_contact(db, contact).id


def _emails(path: Path) -> set[str]:
    ws = openpyxl.load_workbook(path).active
    return {
        c.value
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and "@" in c.value
    }


def test_roster_leaves_out_contacts_without_consent(db, tmp_path: Path) -> None:  # noqa: ANN001
    _give_consent(db, "joanne.reid@hitchcock.org")
    everyone, consented = tmp_path / "all.xlsx", tmp_path / "consented.xlsx"
    assert export_roster(db, everyone) == 5
    assert export_roster(db, consented, include_without_consent=False) == 1
    assert len(_emails(everyone)) == 4
    assert _emails(consented) == {"Joanne.Reid@hitchcock.org"}


def test_signup_sheet_leaves_out_people_without_consent(db, tmp_path: Path) -> None:  # noqa: ANN001
    start = localize(datetime(2027, 5, 11, 12, 0))
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=2, title="Working session", start=start, end=start.replace(hour=13)
        ),
    )
    chris = contact_by_email(db, "christopher.l.hubble@hitchcock.org").id
    joanne = _give_consent(db, "joanne.reid@hitchcock.org")
    register(db, session.id, chris)
    register(db, session.id, joanne)
    out = tmp_path / "sheet.xlsx"
    export_signup_sheet(db, session.id, out, include_without_consent=False)
    assert _emails(out) == {"Joanne.Reid@hitchcock.org"}
    export_signup_sheet(db, session.id, out)
    assert _emails(out) == {"Joanne.Reid@hitchcock.org", "Christopher.L.Hubble@hitchcock.org"}


def test_cli_consented_only(db, db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    _give_consent(db, "megan.m.holthoff@dartmouth.edu")
    db.dispose()
    out = tmp_path / "roster.xlsx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "collab_desktop",
            "--db",
            str(db_path),
            "export-roster",
            str(out),
            "--consented-only",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert _emails(out) == {"Megan.M.Holthoff@dartmouth.edu"}
