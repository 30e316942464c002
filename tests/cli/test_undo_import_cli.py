"""``undo-import`` refuses in one line when another coordinator changed an imported contact."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from cli_run import cli, one_error_line

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.services.directory.contacts import contact_by_email
from collab_desktop.services.rosters.import_history import list_imports
from collab_desktop.services.rosters.roster_import import import_roster


def _import(db, tmp_path: Path) -> int:  # noqa: ANN001
    wb = openpyxl.Workbook()
    for row in (["First Name", "Last Name", "Email"], ["Cy", "Ray", "cy@x.org"]):
        wb.active.append(row)
    wb.save(tmp_path / "r.xlsx")
    _plan, result = import_roster(db, tmp_path / "r.xlsx", ImportOptions(collaborative_id=4))
    return result.batch_id


def test_undo_import_after_someone_elses_edit_is_one_error_line(
    db, db_target: str, clock, tmp_path: Path
) -> None:  # noqa: ANN001
    batch_id = _import(db, tmp_path)
    cy = contact_by_email(db, "cy@x.org")
    edit = cli(
        "--user", "dana", "edit-contact", str(cy.id), "--set", "phone=555-0199", db=db_target
    )  # fmt: skip
    assert edit.returncode == 0, edit.stderr

    line = one_error_line(cli("undo-import", str(batch_id), db=db_target))
    assert line == "error: Cannot undo: Cy Ray was changed since, by dana"
    assert contact_by_email(db, "cy@x.org").phone == "555-0199"
    assert next(b for b in list_imports(db) if b.id == batch_id).undone_at is None


def test_undo_import_goes_through_without_such_an_edit(db, db_target: str, tmp_path: Path) -> None:  # noqa: ANN001
    batch_id = _import(db, tmp_path)
    result = cli("undo-import", str(batch_id), db=db_target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"undid import {batch_id} (r.xlsx)"
    assert next(b for b in list_imports(db) if b.id == batch_id).undone_at is not None
