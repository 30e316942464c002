"""Importing the same roster again writes nothing but the history entry; change order is stable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.domain.records import ContactRecord
from collab_desktop.io.roster_reader import read_roster
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.rosters.roster_import import import_roster
from collab_desktop.services.rosters.roster_plan import plan_import
from collab_desktop.services.rosters.saved_mappings import mapping_for


def _xlsx(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _rows(db_path: Path, table: str) -> list[tuple]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()  # noqa: S608
    finally:
        con.close()


def test_unchanged_reimport_writes_only_the_history_entry(
    db, db_path: Path, tmp_path: Path
) -> None:
    collab = list_collaboratives(db)[0]
    path = _xlsx(
        tmp_path / "r.xlsx",
        [
            ["First Name", "Last Name", "Email", "Phone"],
            ["Ana", "Lee", "ana@x.org", "+1 603 555 0100"],
            ["Bo", "Ng", "bo@x.org", ""],
        ],
    )
    options = ImportOptions(collaborative_id=collab.id)
    import_roster(db, path, options)
    before = {t: _rows(db_path, t) for t in ("contacts", "memberships", "import_changes")}
    batches = len(_rows(db_path, "import_batches"))
    _plan, again = import_roster(db, path, options)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert {t: _rows(db_path, t) for t in before} == before
    assert len(_rows(db_path, "import_batches")) == batches + 1


def test_overwrite_changes_follow_the_field_order_not_the_columns(db, tmp_path: Path) -> None:
    save_contact(db, ContactRecord(first_name="Ana", last_name="Lee", email="ana@x.org"))
    path = _xlsx(
        tmp_path / "r.xlsx",
        [["Organization", "Email", "Phone", "First Name"], ["Mercy", "ana@x.org", "555", "Anna"]],
    )
    table = read_roster(path)
    plan = plan_import(db, table, mapping_for(db, table), ImportOptions(policy="overwrite"))
    assert list(plan.rows[0].changes) == ["first_name", "phone", "organization"]


def test_one_word_full_name_again_is_unchanged(db, tmp_path: Path) -> None:
    save_contact(db, ContactRecord(first_name="Cher", last_name="", email="cher@x.org"))
    path = _xlsx(tmp_path / "r.xlsx", [["Name", "Email"], ["Cher", "cher@x.org"]])
    table = read_roster(path)
    plan = plan_import(db, table, mapping_for(db, table), ImportOptions())
    assert plan.rows[0].outcome == "unchanged"
    assert plan.rows[0].changes == {}
