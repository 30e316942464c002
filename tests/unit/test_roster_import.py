"""Roster import service: preview outcomes, policies, matching, one transaction, undo, history."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.domain.records import ContactRecord
from collab_desktop.io.roster_export import write_rejected_rows
from collab_desktop.io.roster_reader import read_roster
from collab_desktop.services.directory.collaboratives import (
    collaborative_by_name,
    list_collaboratives,
)
from collab_desktop.services.directory.contacts import contact_by_email, list_contacts, save_contact
from collab_desktop.services.directory.memberships import list_members
from collab_desktop.services.errors import ConflictError, ValidationError
from collab_desktop.services.rosters.import_history import list_imports, undo_import
from collab_desktop.services.rosters.roster_import import (
    ImportCancelled,
    apply_import,
    import_roster,
)
from collab_desktop.services.rosters.roster_plan import fast_email_problem, plan_import
from collab_desktop.services.rosters.saved_mappings import (
    mapping_for,
    remember_mapping,
    remembered_mapping,
)


def _xlsx(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _fingerprint(db_path: Path) -> str:
    """A digest of every user table's rows, to show a database is unchanged."""
    con = sqlite3.connect(db_path)
    try:
        digest = hashlib.sha256()
        for table in ("contacts", "memberships", "import_batches", "import_changes"):
            for row in con.execute(f"SELECT * FROM {table} ORDER BY 1"):  # noqa: S608
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        con.close()


HEADER = ["First Name", "Last Name", "Email", "Organization", "Phone"]


def test_preview_outcomes(db, tmp_path: Path) -> None:
    save_contact(db, ContactRecord(first_name="Ana", last_name="Lee", email="Ana@X.org"))
    save_contact(db, ContactRecord(first_name="Bo", last_name="Ng", organization="Mercy"))
    path = _xlsx(
        tmp_path / "r.xlsx",
        [
            HEADER,
            ["Ana", "Lee", " ana@x.ORG ", "Valley", ""],  # same email: fills organization
            ["Bo", "Ng", "", "Other", "555"],  # no email, unique name: fills phone only
            ["Cy", "Ray", "cy@x.org", "", ""],  # new
            ["Cy", "Ray", "CY@x.org", "", ""],  # duplicate within the file
            ["", "", "", "Lonely Org", ""],  # error: no name, no email
            ["Di", "Lo", "di@", "", ""],  # error: invalid email
            ["Alice", "Kennedy", "alice.m.kennedy@dartmouth.edu", "", ""],  # unchanged
        ],
    )
    table = read_roster(path)
    plan = plan_import(db, table, mapping_for(db, table), ImportOptions())
    outcomes = [(r.row, r.outcome) for r in plan.rows]
    assert outcomes == [
        (2, "update"),
        (3, "update"),
        (4, "new"),
        (5, "duplicate"),
        (6, "error"),
        (7, "error"),
        (8, "unchanged"),
    ]
    assert plan.rows[0].changes == {"organization": ("", "Valley")}
    assert plan.rows[1].changes == {"phone": ("", "555")}
    assert plan.rows[4].message == "No name and no email."
    assert "valid email" in plan.rows[5].message
    assert "organization: (empty) -> Valley" in plan.rows[0].describe()


def test_policies(db, tmp_path: Path) -> None:
    save_contact(
        db,
        ContactRecord(first_name="Ana", last_name="Lee", email="ana@x.org", organization="Mercy"),
    )
    path = _xlsx(tmp_path / "r.xlsx", [HEADER, ["Ana", "Leigh", "ana@x.org", "Valley", "1"]])
    table = read_roster(path)
    mapping = mapping_for(db, table)
    fill = plan_import(db, table, mapping, ImportOptions(policy="fill")).rows[0]
    assert fill.changes == {"phone": ("", "1")}
    over = plan_import(db, table, mapping, ImportOptions(policy="overwrite")).rows[0]
    assert over.changes == {
        "last_name": ("Lee", "Leigh"),
        "organization": ("Mercy", "Valley"),
        "phone": ("", "1"),
    }
    skip = plan_import(db, table, mapping, ImportOptions(policy="skip")).rows[0]
    assert skip.outcome == "unchanged"
    with pytest.raises(ValidationError):
        plan_import(db, table, mapping, ImportOptions(policy="merge"))


def test_same_name_twice_is_new_and_flagged(db, tmp_path: Path) -> None:
    for email in ("sam1@x.org", "sam2@x.org"):
        save_contact(db, ContactRecord(first_name="Sam", last_name="Poe", email=email))
    path = _xlsx(tmp_path / "r.xlsx", [["Name", "Organization"], ["Sam Poe", "Mercy"]])
    table = read_roster(path)
    row = plan_import(db, table, mapping_for(db, table), ImportOptions()).rows[0]
    assert row.outcome == "new"
    assert "Several contacts are called Sam Poe" in row.message


def test_import_twice_adds_nobody(db, tmp_path: Path) -> None:
    collab = list_collaboratives(db)[0]
    path = _xlsx(
        tmp_path / "r.xlsx",
        [HEADER, ["Zoë", "D'Arcy", "zoe@x.org", "", ""], ["Kenji", "Sato", "", "Mercy", ""]],
    )
    options = ImportOptions(collaborative_id=collab.id, role="coach")
    _plan, first = import_roster(db, path, options)
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    count = len(list_contacts(db))
    members = len(list_members(db, collab.id))
    _plan, second = import_roster(db, path, options)
    assert (second.added, second.updated, second.unchanged) == (0, 0, 2)
    assert len(list_contacts(db)) == count
    assert len(list_members(db, collab.id)) == members
    zoe = contact_by_email(db, "ZOE@x.org")
    assert (zoe.first_name, zoe.last_name) == ("Zoë", "D'Arcy")
    assert [m.role for m in list_members(db, collab.id) if m.contact_id == zoe.id] == ["coach"]


def test_membership_rows_per_collaborative(db, tmp_path: Path) -> None:
    names = [c.name for c in list_collaboratives(db)][:2]
    path = _xlsx(
        tmp_path / "r.xlsx",
        [
            ["Email", "Last name", "Collaborative", "Role", "Joined"],
            ["kim@x.org", "Kim", names[0], "coach", "2024-02-01"],
            ["kim@x.org", "Kim", names[1], "member", "2024-03-01"],
            ["kim@x.org", "Kim", names[1], "member", ""],
            ["lu@x.org", "Lu", "No such group", "", ""],
        ],
    )
    plan, result = import_roster(db, path)
    assert [r.outcome for r in plan.rows] == ["new", "update", "duplicate", "error"]
    assert "No collaborative called 'No such group'" in plan.rows[3].message
    kim = contact_by_email(db, "kim@x.org")
    assert sorted(kim.collaboratives) == sorted(names)
    first = collaborative_by_name(db, names[0])
    joined = [m.joined_on.isoformat() for m in list_members(db, first.id) if m.contact_id == kim.id]
    assert joined == ["2024-02-01"]
    assert result.added == 1


def test_undo_restores_fields_and_removes_added(db, db_path: Path, tmp_path: Path) -> None:
    save_contact(
        db,
        ContactRecord(first_name="Ana", last_name="Lee", email="ana@x.org", organization="Mercy"),
    )
    collab = list_collaboratives(db)[0]
    before = _fingerprint(db_path)
    path = _xlsx(
        tmp_path / "r.xlsx",
        [
            HEADER,
            ["Ana", "Leigh", "ana@x.org", "Valley", "1"],
            ["New", "Person", "np@x.org", "", ""],
        ],
    )
    _plan, result = import_roster(
        db, path, ImportOptions(policy="overwrite", collaborative_id=collab.id)
    )
    ana = contact_by_email(db, "ana@x.org")
    assert (ana.last_name, ana.organization, ana.phone) == ("Leigh", "Valley", "1")
    batch = undo_import(db, result.batch_id)
    assert batch.undone_at is not None
    ana = contact_by_email(db, "ana@x.org")
    assert (ana.last_name, ana.organization, ana.phone) == ("Lee", "Mercy", "")
    assert ana.collaboratives == []
    assert all(c.email != "np@x.org" for c in list_contacts(db))
    with pytest.raises(ConflictError, match="already undone"):
        undo_import(db, result.batch_id)
    history = list_imports(db)
    assert history[0].id == result.batch_id and history[0].added == 1
    # Only the batch records remain as a trace; the people are as they were.
    con = sqlite3.connect(db_path)
    contacts_now = con.execute(
        "SELECT first_name, last_name, email, phone FROM contacts ORDER BY id"
    ).fetchall()
    con.close()
    assert before != _fingerprint(db_path)
    assert ("Ana", "Lee", "ana@x.org", "") in contacts_now


@pytest.mark.parametrize("how", ["false", "raise"])
def test_cancelled_import_changes_nothing(db, db_path: Path, tmp_path: Path, how: str) -> None:
    path = tmp_path / "big.csv"
    lines = [",".join(HEADER)] + [f"P{i},Q,p{i}@x.org,," for i in range(5000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    table = read_roster(path)
    plan = plan_import(db, table, mapping_for(db, table), ImportOptions(collaborative_id=1))
    before = _fingerprint(db_path)
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        if done >= 2000:
            if how == "raise":
                raise RuntimeError("disk full")
            return False
        return True

    with pytest.raises(ImportCancelled if how == "false" else RuntimeError):
        apply_import(db, plan, progress)
    assert calls[0][1] == 10000
    assert _fingerprint(db_path) == before


def test_errors_workbook_can_be_fixed_and_imported(db, tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "r.xlsx",
        [HEADER, ["Ok", "Row", "ok@x.org", "", ""], ["Bad", "Mail", "bad@@x", "+cmd()", ""]],
    )
    plan, result = import_roster(db, path)
    assert [r for r, _m in result.errors] == [3]
    out = tmp_path / "errors.xlsx"
    assert write_rejected_rows(plan, out) == 1
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == (*HEADER, "Reason")
    assert rows[1][:4] == ("Bad", "Mail", "bad@@x", "+cmd()")
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    ws.cell(row=2, column=3, value="bad@x.org")
    wb = ws.parent
    wb.save(out)
    _plan, again = import_roster(db, out)
    assert (again.added, again.errors) == (1, [])


def test_remembered_mapping(db, tmp_path: Path) -> None:
    headers = ["Who", "Address"]
    assert remembered_mapping(db, headers) is None
    remember_mapping(db, headers, ["full_name", "email"])
    remember_mapping(db, headers, ["full_name", "email"])
    assert remembered_mapping(db, headers) == ["full_name", "email"]
    path = _xlsx(tmp_path / "r.xlsx", [headers, ["Ana Lee", "ana@x.org"]])
    with pytest.raises(Exception, match="No header row"):
        read_roster(path)
    table = read_roster(path, header_row=0)
    assert mapping_for(db, table) == ["full_name", "email"]


def test_dry_run_changes_nothing(db, db_path: Path, tmp_path: Path) -> None:
    before = _fingerprint(db_path)
    path = _xlsx(tmp_path / "r.xlsx", [HEADER, ["A", "B", "ab@x.org", "", ""]])
    _plan, result = import_roster(db, path, dry_run=True)
    assert result.added == 1 and result.batch_id is None
    assert _fingerprint(db_path) == before


def test_fast_email_check_agrees_with_validator() -> None:
    from collab_desktop.domain.validation import email_problem

    for email in (
        "a@x.org",
        "a.b+c@sub.example.co.uk",
        "a..b@x.org",
        "a@localhost",
        "a@x",
        "é@x.org",
        "a@-x.org",
    ):
        assert (fast_email_problem(email) is None) == (email_problem(email) is None), email


def test_fast_email_check_agrees_on_unicode() -> None:
    from collab_desktop.domain.validation import email_problem

    for email in ("zoë.müller@x.org", "李@x.org", "a\u200bb@x.org", "ab\u0301@x.org"):
        assert (fast_email_problem(email) is None) == (email_problem(email) is None), email
