"""Roster export: layout, real dates, hidden id column, no formulas, and the round trip back in."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.domain.records import ContactRecord
from collab_desktop.io.roster_export import ROSTER_HEADERS, emails_for_clipboard
from collab_desktop.io.roster_reader import read_roster
from collab_desktop.io.xlsx_safe import safe_cell_value
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.directory.contacts import get_contact, save_contact
from collab_desktop.services.directory.memberships import add_membership, list_members
from collab_desktop.services.rosters.roster_export import export_roster
from collab_desktop.services.rosters.roster_import import import_roster
from collab_desktop.services.rosters.roster_plan import plan_import
from collab_desktop.services.rosters.saved_mappings import mapping_for


def test_layout_of_one_collaborative(db, tmp_path: Path) -> None:
    collab = list_collaboratives(db)[0]
    evil = save_contact(
        db,
        ContactRecord(
            first_name='=HYPERLINK("http://x","click")', last_name="-Minus", email="e@x.org"
        ),
    )
    add_membership(db, evil.id, collab.id, "coach", date(2024, 5, 6))
    out = tmp_path / "roster.xlsx"
    count = export_roster(db, out, collab.id)
    assert count == len(list_members(db, collab.id))
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws.title == collab.name[:31]
    assert [c.value for c in ws[1]] == list(ROSTER_HEADERS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref == f"A1:M{count + 1}"
    assert ws.column_dimensions["A"].hidden
    assert ws.column_dimensions["D"].width > 10
    assert str(ws.data_validations.dataValidation[0].sqref) == f"A2:A{count + 1}"
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    evil_row = rows[evil.id]
    assert evil_row[1].value == '=HYPERLINK("http://x","click")'
    assert evil_row[1].data_type == "s" and evil_row[1].quotePrefix
    assert evil_row[2].value == "-Minus" and evil_row[2].quotePrefix
    assert evil_row[10].value == "coach"
    assert evil_row[11].value == datetime(2024, 5, 6)
    assert evil_row[11].is_date
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_export_everyone_includes_people_without_membership(db, tmp_path: Path) -> None:
    loner = save_contact(db, ContactRecord(first_name="Solo", email="solo@x.org"))
    out = tmp_path / "all.xlsx"
    export_roster(db, out)
    ids = [r[0] for r in openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True)]
    assert loner.id in ids


def test_edit_in_excel_then_import_shows_exact_changes(db, tmp_path: Path) -> None:
    collab = list_collaboratives(db)[0]
    out = tmp_path / "roster.xlsx"
    export_roster(db, out, collab.id)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    contact_id = ws.cell(row=2, column=1).value
    before = get_contact(db, contact_id)
    ws.cell(row=2, column=3, value="Renamed")
    ws.cell(row=2, column=4, value="renamed@new.org")
    wb.save(out)
    table = read_roster(out)
    plan = plan_import(
        db, table, mapping_for(db, table), ImportOptions("overwrite", collaborative_id=collab.id)
    )
    changed = [r for r in plan.rows if r.outcome != "unchanged"]
    assert len(changed) == 1
    assert changed[0].contact_id == contact_id
    assert changed[0].changes == {
        "last_name": (before.last_name, "Renamed"),
        "email": (before.email, "renamed@new.org"),
    }


_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=25
).filter(lambda s: s.strip())
_counter = itertools.count()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(st.tuples(_names, _names), min_size=1, max_size=3),
    new_last=_names,
)
def test_round_trip_with_an_edit_keeps_odd_names(
    db, tmp_path: Path, people: list[tuple[str, str]], new_last: str
) -> None:
    """Export, change one last name in the workbook, import: exactly that field changes."""
    run = next(_counter)
    ids = [
        save_contact(
            db, ContactRecord(first_name=first, last_name=last, email=f"p{run}.{i}@x.org")
        ).id
        for i, (first, last) in enumerate(people)
    ]
    saved = {i: get_contact(db, i) for i in ids}
    out = tmp_path / f"round{run}.xlsx"
    export_roster(db, out)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    edited = ids[0]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == edited:
            safe_cell_value(row[2], new_last)
    wb.save(out)
    table = read_roster(out)
    plan = plan_import(db, table, mapping_for(db, table), ImportOptions(policy="overwrite"))
    changed = [r for r in plan.rows if r.outcome != "unchanged"]
    if new_last.strip() == saved[edited].last_name:
        assert changed == []
    else:
        assert {r.contact_id for r in changed} == {edited}
        assert all(
            r.changes == {"last_name": (saved[edited].last_name, new_last.strip())} for r in changed
        )
    _plan, result = import_roster(db, out, ImportOptions(policy="overwrite"))
    assert (result.added, result.errors) == (0, [])
    for contact_id, rec in saved.items():
        back = get_contact(db, contact_id)
        last = new_last.strip() if contact_id == edited else rec.last_name
        assert (back.first_name, back.last_name, back.email) == (rec.first_name, last, rec.email)


def test_emails_for_clipboard() -> None:
    assert emails_for_clipboard(["a@x.org", "", None, " B@x.org ", "A@X.org"]) == "a@x.org; B@x.org"
    assert emails_for_clipboard([]) == ""
