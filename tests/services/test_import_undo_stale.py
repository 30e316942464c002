"""Undoing an import from the import history refuses, changing nothing, when someone else changed
what it imported since; without such a change it goes through. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.services.directory import memberships
from collab_desktop.services.directory.contacts import contact_by_email, save_contact
from collab_desktop.services.errors import NotFoundError
from collab_desktop.services.rosters.import_history import list_imports, undo_import
from collab_desktop.services.rosters.roster_import import import_roster
from collab_desktop.services.safety.stale_refusal import StaleStep
from collab_desktop.services.undo.undo import RosterImportChange
from collab_desktop.store.acting_user import set_user
from collab_desktop.store.open import open_database


@pytest.fixture
def other(db_target: str) -> Iterator:
    """A second coordinator's Database on the same file or server, saving as dana."""
    database = open_database(db_target)[0]
    yield database
    database.dispose()


def _import(db, tmp_path: Path) -> tuple:  # noqa: ANN001
    wb = openpyxl.Workbook()
    for row in (
        ["First Name", "Last Name", "Email"],
        ["Cy", "Ray", "cy@x.org"],
        ["Di", "Fox", "di@x.org"],
    ):
        wb.active.append(row)
    wb.save(tmp_path / "r.xlsx")
    return import_roster(db, tmp_path / "r.xlsx", ImportOptions(collaborative_id=4))


def _as_dana_edit(other, clock, email: str) -> None:  # noqa: ANN001
    clock.advance(timedelta(minutes=1))
    theirs = contact_by_email(other, email)
    theirs.phone = "555-0199"
    set_user("dana")
    try:
        save_contact(other, theirs)
    finally:
        set_user(None)


def test_undo_from_the_import_history_is_refused_after_someone_elses_edit(
    db, other, clock, tmp_path: Path
) -> None:  # noqa: ANN001
    _plan, result = _import(db, tmp_path)
    _as_dana_edit(other, clock, "cy@x.org")

    with pytest.raises(StaleStep, match="^Cannot undo: Cy Ray was changed since, by dana$"):
        undo_import(db, result.batch_id)
    # Nothing changed: both people and their memberships are still there, the import not undone.
    assert contact_by_email(db, "cy@x.org").phone == "555-0199"
    di = contact_by_email(db, "di@x.org")
    assert len(memberships.list_memberships_of_contact(db, di.id)) == 1
    [batch] = [b for b in list_imports(db) if b.id == result.batch_id]
    assert batch.undone_at is None


def test_a_membership_changed_since_refuses_too(db, other, clock, tmp_path: Path) -> None:  # noqa: ANN001
    _plan, result = _import(db, tmp_path)
    clock.advance(timedelta(minutes=1))
    di = contact_by_email(other, "di@x.org")
    [m] = memberships.list_memberships_of_contact(other, di.id)
    set_user("dana")
    try:
        memberships.update_membership(other, m.id, "coach", m.joined_on, True)
    finally:
        set_user(None)
    with pytest.raises(StaleStep, match="^Cannot undo: Di Fox in .+ was changed since, by dana$"):
        undo_import(db, result.batch_id)
    assert contact_by_email(db, "di@x.org").first_name == "Di"


def test_undo_goes_through_when_nobody_changed_the_rows(db, other, clock, tmp_path: Path) -> None:  # noqa: ANN001
    _plan, result = _import(db, tmp_path)
    clock.advance(timedelta(minutes=1))
    undone = undo_import(db, result.batch_id)
    assert undone.undone_at == clock.moment
    for email in ("cy@x.org", "di@x.org"):
        with pytest.raises(NotFoundError):
            contact_by_email(db, email)


def test_edit_undo_of_an_import_is_refused_by_the_same_check(
    db, other, clock, tmp_path: Path
) -> None:  # noqa: ANN001
    plan, result = _import(db, tmp_path)
    step = RosterImportChange(plan, result)
    _as_dana_edit(other, clock, "di@x.org")
    with pytest.raises(StaleStep, match="^Cannot undo: Di Fox was changed since, by dana$"):
        step.undo(db)
    assert not step.undone


def test_two_coordinators_undoing_the_same_import_at_once(
    db, other, clock, tmp_path: Path, database_kind: str
) -> None:  # noqa: ANN001
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from collab_desktop.services.errors import ConflictError

    _plan, result = _import(db, tmp_path)
    start = Barrier(2)

    def undo(database) -> str:  # noqa: ANN001
        start.wait(timeout=30)
        try:
            undo_import(database, result.batch_id)
        except ConflictError as exc:
            return f"refused: {exc}"
        return "undone"

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(undo, (db, other)))
    assert outcomes[1] == "undone"
    # The second waited for the first (the batch row is locked) and is told plainly.
    assert outcomes[0] == f"refused: Import {result.batch_id} (r.xlsx) was already undone."
    assert next(b for b in list_imports(db) if b.id == result.batch_id).undone_at is not None
