"""Undo steps for putting trash items back and for a roster import, below the window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.services.directory import contacts
from collab_desktop.services.rosters.import_history import list_imports
from collab_desktop.services.rosters.roster_import import import_roster
from collab_desktop.services.safety import trash
from collab_desktop.services.undo.undo import RestoreChange, RosterImportChange
from collab_desktop.store.record_stamps import STAMP_COLUMNS


def snapshot(path: Path, stamps: bool = True) -> dict[str, list[tuple]]:
    """Every row of every table except the trash and the import history, without the version
    stamps (putting back and undoing are changes too, with a new version each).

    Without ``stamps`` the updated_at columns are left out: undoing an import puts the fields
    back, not the time they were last changed.
    """
    skip = (
        "trash_items",
        "record_changes",
        "import_batches",
        "import_changes",
        "alembic_version",
        "sqlite_sequence",
    )
    with sqlite3.connect(path) as conn:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if r[0] not in skip
        ]
        rows = {}
        for name in names:
            columns = [
                c[1]
                for c in conn.execute(f"PRAGMA table_info({name})")
                if (stamps or c[1] != "updated_at") and c[1] not in STAMP_COLUMNS
            ]
            query = f"SELECT {', '.join(columns)} FROM {name} ORDER BY 1"
            rows[name] = conn.execute(query).fetchall()
        return rows


def test_putting_back_several_items_is_one_step_both_ways(db, db_path: Path) -> None:  # noqa: ANN001
    start = snapshot(db_path)
    first = contacts.delete_contacts(db, [1])
    second = trash.delete_to_trash(db, "collaborative", [2])
    deleted = snapshot(db_path)
    change = RestoreChange(
        [trash.restore_from_trash(db, first.id), trash.restore_from_trash(db, second.id)]
    )
    assert snapshot(db_path) == start and trash.list_trash(db) == []
    assert change.text == "put back 2 items" and change.kind == "contact"
    assert "contact" not in change.also and {"membership", "collaborative"} <= set(change.also)

    assert change.undo(db) == [1]
    assert snapshot(db_path) == deleted
    assert [e.kind for e in trash.list_trash(db)] == ["collaborative", "contact"]  # newest first
    assert change.redo(db) == [1]
    assert snapshot(db_path) == start and trash.list_trash(db) == []
    label = contacts.get_contact(db, 1).display_name
    one = RestoreChange([trash.restore_from_trash(db, contacts.delete_contacts(db, [1]).id)])
    assert one.text == f"put back {label}"


def test_a_roster_import_undoes_and_imports_again(db, db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    known = contacts.get_contact(db, 1)
    path = tmp_path / "cohort.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["First Name", "Last Name", "Email", "Organization"])
    ws.append([known.first_name, known.last_name, known.email, "Moved Elsewhere"])
    ws.append(["Chidi", "Okafor", "chidi@valley.org", "Valley Hospital"])
    wb.save(path)
    start = snapshot(db_path, stamps=False)
    plan, result = import_roster(db, path, ImportOptions(policy="overwrite"))
    assert (result.added, result.updated) == (1, 1)
    imported = {c.email: c.organization for c in contacts.list_contacts(db)}
    change = RosterImportChange(plan, result)
    assert change.text == "import cohort.xlsx" and not change.undone

    assert change.undo(db) == [] and change.undone
    assert snapshot(db_path, stamps=False) == start
    assert change.redo(db) == [] and not change.undone
    assert {c.email: c.organization for c in contacts.list_contacts(db)} == imported
    assert change.result.batch_id != result.batch_id  # the history shows both
    assert [b.undone_at is None for b in list_imports(db)] == [True, False]
    change.undo(db)
    assert snapshot(db_path, stamps=False) == start
