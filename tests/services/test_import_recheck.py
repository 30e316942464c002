"""The preview checked again at Import: a contact someone else added meanwhile is matched."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.domain.records import ContactRecord
from collab_desktop.io.roster_reader import read_roster
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.directory.contacts import contact_by_email, save_contact
from collab_desktop.services.directory.memberships import list_members
from collab_desktop.services.errors import ConflictError
from collab_desktop.services.rosters.import_history import undo_import
from collab_desktop.services.rosters.roster_import import apply_import, rematched_message
from collab_desktop.services.rosters.roster_plan import plan_import
from collab_desktop.services.rosters.saved_mappings import mapping_for
from collab_desktop.store.models import Contact
from collab_desktop.store.open import open_database


def _plan(db, tmp_path: Path, rows: list[list], options: ImportOptions | None = None):  # noqa: ANN001, ANN202
    wb = openpyxl.Workbook()
    for row in [["First Name", "Last Name", "Email", "Organization"], *rows]:
        wb.active.append(row)
    wb.save(tmp_path / "r.xlsx")
    table = read_roster(tmp_path / "r.xlsx")
    return plan_import(db, table, mapping_for(db, table), options or ImportOptions())


def _count(db, **where: str) -> int:  # noqa: ANN001
    with db.session() as s:
        stmt = select(func.count()).select_from(Contact)
        for column, value in where.items():
            stmt = stmt.where(func.lower(getattr(Contact, column)) == value.lower())
        return s.scalar(stmt)


def test_contacts_added_after_the_preview_are_matched_not_duplicated(
    db, db_target: str, tmp_path: Path
) -> None:  # noqa: ANN001
    collab = collaborative_by_name(db, "LHS E-STaR")
    options = ImportOptions(collaborative_id=collab.id)
    plan = _plan(
        db,
        tmp_path,
        [
            ["Ana", "Ruiz", "ana.ruiz@x.org", "Mercy"],
            ["Bo", "Ng", "", "Valley"],
            ["Cy", "Ray", "cy@x.org", "North"],
        ],
        options,
    )
    assert len(plan.new_contacts) == 3
    other = open_database(db_target)[0]  # a second coordinator, on the same database
    try:
        save_contact(
            other, ContactRecord(first_name="Ana", last_name="Ruiz", email="ANA.Ruiz@X.org")
        )
        save_contact(other, ContactRecord(first_name="bo", last_name="NG", organization="Kept"))
    finally:
        other.dispose()

    result = apply_import(db, plan)

    assert result.rematched == 2
    assert result.added == 1
    assert result.updated == 1  # Ana's empty organization filled ("fill" policy)
    assert result.unchanged == 1  # Bo's organization was not empty: left as it is
    assert _count(db, email="ana.ruiz@x.org") == 1
    assert _count(db, first_name="bo", last_name="ng") == 1
    assert contact_by_email(db, "ana.ruiz@x.org").organization == "Mercy"
    members = {m.contact_email or m.contact_name for m in list_members(db, collab.id)}
    assert {"ANA.Ruiz@X.org", "cy@x.org"} <= members
    assert rematched_message(result.rematched) == (
        "2 contacts had been added by someone else meanwhile and were matched"
    )
    # Undo takes back only what the import did: the re-matched contacts stay, as they were.
    undo_import(db, result.batch_id)
    assert _count(db, email="ana.ruiz@x.org") == 1
    assert contact_by_email(db, "ana.ruiz@x.org").organization == ""
    assert _count(db, email="cy@x.org") == 0


def test_a_membership_someone_else_made_meanwhile_is_not_made_twice(
    db, db_target: str, tmp_path: Path
) -> None:  # noqa: ANN001
    from collab_desktop.services.directory.memberships import add_membership

    collab = collaborative_by_name(db, "LHS E-STaR")
    plan = _plan(
        db, tmp_path, [["Di", "Fox", "di@x.org", ""]], ImportOptions(collaborative_id=collab.id)
    )
    other = open_database(db_target)[0]
    try:
        di = save_contact(other, ContactRecord(first_name="Di", last_name="Fox", email="di@x.org"))
        add_membership(other, di.id, collab.id, "member")
    finally:
        other.dispose()

    result = apply_import(db, plan)

    assert (result.rematched, result.added, result.unchanged) == (1, 0, 1)
    assert [m.contact_id for m in list_members(db, collab.id)].count(di.id) == 1


def test_an_edit_made_after_the_preview_is_neither_overwritten_nor_lost(
    db, db_target: str, tmp_path: Path
) -> None:  # noqa: ANN001
    ana = save_contact(db, ContactRecord(first_name="Ana", last_name="Ruiz", email="ana@x.org"))
    fill = _plan(db, tmp_path, [["Ana", "Ruiz", "ana@x.org", "Mercy"]])
    assert fill.contact_updates == {ana.id: {"organization": "Mercy"}}
    other = open_database(db_target)[0]
    try:
        theirs = contact_by_email(other, "ana@x.org")
        theirs.organization = "Valley"
        save_contact(other, theirs)
        # "fill" fills only what is still empty: their Valley stays.
        apply_import(db, fill)
        assert contact_by_email(db, "ana@x.org").organization == "Valley"

        overwrite = _plan(
            db, tmp_path, [["Ana", "Ruiz", "ana@x.org", "North"]], ImportOptions(policy="overwrite")
        )
        theirs = contact_by_email(other, "ana@x.org")
        theirs.organization = "South"
        save_contact(other, theirs)
        # "overwrite" would replace their South unseen: nothing is imported, preview again.
        with pytest.raises(ConflictError, match="after the preview, so nothing was imported"):
            apply_import(db, overwrite)
        assert contact_by_email(db, "ana@x.org").organization == "South"
        overwrite = _plan(
            db, tmp_path, [["Ana", "Ruiz", "ana@x.org", "North"]], ImportOptions(policy="overwrite")
        )
        result = apply_import(db, overwrite)
        assert contact_by_email(db, "ana@x.org").organization == "North"
        # Undo gives back what the import replaced, not what the preview saw.
        undo_import(db, result.batch_id)
        assert contact_by_email(db, "ana@x.org").organization == "South"
    finally:
        other.dispose()
