"""Undo and redo refuse, changing nothing, a step whose records someone else changed since."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.domain.records import ContactRecord
from collab_desktop.io.roster_reader import read_roster
from collab_desktop.services.directory.contacts import contact_by_email, get_contact, save_contact
from collab_desktop.services.rosters.roster_import import apply_import
from collab_desktop.services.rosters.roster_plan import plan_import
from collab_desktop.services.rosters.saved_mappings import mapping_for
from collab_desktop.services.safety.trash import empty_trash, list_trash, restore_from_trash
from collab_desktop.services.undo.stale import StaleStep
from collab_desktop.services.undo.undo import (
    RosterImportChange,
    delete_with_undo,
    save_with_undo,
)
from collab_desktop.store.acting_user import set_user
from collab_desktop.store.open import open_database


@pytest.fixture
def other(db_target: str):  # noqa: ANN201 - Database
    """A second coordinator's Database on the same file or server."""
    database = open_database(db_target)[0]
    yield database
    database.dispose()


@contextmanager
def as_dana() -> Iterator[None]:
    """Changes made inside are stamped as dana's (the other coordinator)."""
    set_user("dana")
    try:
        yield
    finally:
        set_user(None)


def _ana(db) -> ContactRecord:  # noqa: ANN001
    return save_contact(db, ContactRecord(first_name="Ana", last_name="Ruiz", email="ana@x.org"))


def test_an_edit_is_not_undone_over_someone_elses_change(db, other, clock) -> None:  # noqa: ANN001
    ana = _ana(db)
    ana.phone = "555-0100"
    _saved, step = save_with_undo(db, "contact", ana)
    clock.advance(timedelta(minutes=5))
    theirs = get_contact(other, ana.id)
    theirs.organization = "Mercy"
    with as_dana():
        theirs = save_contact(other, theirs)

    with pytest.raises(StaleStep, match="^Cannot undo: Ana Ruiz was changed since, by dana$"):
        step.undo(db)
    now = get_contact(db, ana.id)
    assert (now.phone, now.organization) == ("555-0100", "Mercy")  # nothing changed

    # Put back as the step left it: the step goes through again.
    theirs.organization = ""
    save_contact(other, theirs)
    step.undo(db)
    assert get_contact(db, ana.id).phone == ""
    # And the redo refuses once the record moved on from where the undo left it.
    theirs = get_contact(other, ana.id)
    theirs.first_name = "Anna"
    save_contact(other, theirs)
    with pytest.raises(StaleStep, match="^Cannot redo: Ana Ruiz was changed since"):
        step.redo(db)
    assert get_contact(db, ana.id).phone == ""


def test_a_new_record_deleted_by_someone_else_is_not_undone(db, other) -> None:  # noqa: ANN001
    _saved, step = save_with_undo(db, "contact", ContactRecord(first_name="Bo", last_name="Ng"))
    from collab_desktop.services.directory.contacts import delete_contacts

    delete_contacts(other, [step.record_id])
    with pytest.raises(StaleStep, match="^Cannot undo: Bo Ng was deleted since, by someone else$"):
        step.undo(db)


def test_a_delete_is_not_undone_once_its_trash_item_is_gone(db, other) -> None:  # noqa: ANN001
    ana = _ana(db)
    step = delete_with_undo(db, "contact", [ana.id])
    # The other coordinator sees the item in the shared trash and puts it back.
    [item] = [t for t in list_trash(other) if t.id == step.trash_id]
    restore_from_trash(other, item.id)
    with pytest.raises(StaleStep, match="^Cannot undo: Ana Ruiz is no longer in the trash"):
        step.undo(db)
    assert get_contact(db, ana.id).email == "ana@x.org"  # there once, not twice

    step2 = delete_with_undo(db, "contact", [ana.id])
    empty_trash(other)
    with pytest.raises(StaleStep):
        step2.undo(db)


def test_an_import_is_not_undone_over_someone_elses_change(
    db, other, clock, tmp_path: Path
) -> None:  # noqa: ANN001
    wb = openpyxl.Workbook()
    for row in (["First Name", "Last Name", "Email"], ["Cy", "Ray", "cy@x.org"]):
        wb.active.append(row)
    wb.save(tmp_path / "r.xlsx")
    table = read_roster(tmp_path / "r.xlsx")
    plan = plan_import(db, table, mapping_for(db, table), ImportOptions())
    step = RosterImportChange(plan, apply_import(db, plan))
    clock.advance(timedelta(minutes=1))
    cy = contact_by_email(other, "cy@x.org")
    cy.phone = "555-0199"
    with as_dana():
        save_contact(other, cy)

    with pytest.raises(StaleStep, match="^Cannot undo: Cy Ray was changed since, by dana$"):
        step.undo(db)
    assert contact_by_email(db, "cy@x.org").phone == "555-0199"
    assert not step.undone


def test_an_import_is_not_undone_once_someone_signed_up_its_people(
    db, other, tmp_path: Path
) -> None:  # noqa: ANN001
    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.services.sessions.registrations import list_registrations, register
    from collab_desktop.services.sessions.sessions import save_session

    wb = openpyxl.Workbook()
    for row in (["First Name", "Last Name", "Email"], ["Di", "Fox", "di@x.org"]):
        wb.active.append(row)
    wb.save(tmp_path / "r.xlsx")
    table = read_roster(tmp_path / "r.xlsx")
    plan = plan_import(db, table, mapping_for(db, table), ImportOptions())
    step = RosterImportChange(plan, apply_import(db, plan))
    start = datetime(2027, 3, 2, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    session = save_session(
        other,
        SessionRecord(
            collaborative_id=4, title="Huddle", start=start, end=start + timedelta(hours=1)
        ),
    )
    register(other, session.id, contact_by_email(other, "di@x.org").id)

    with pytest.raises(StaleStep, match="^Cannot undo: Di Fox was signed up or added to a"):
        step.undo(db)
    assert [r.email for r in list_registrations(db, session.id)] == ["di@x.org"]


def test_edits_of_sessions_and_collaboratives_go_back_and_forth_when_nobody_else_came(
    db, other, clock
) -> None:  # noqa: ANN001
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.services.directory.collaboratives import (
        get_collaborative,
        save_collaborative,
    )
    from collab_desktop.services.sessions.sessions import get_session, save_session

    start = datetime(2027, 3, 2, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=4, title="Huddle", start=start, end=start + timedelta(hours=1)
        ),
    )
    session.location = "Room 4"
    _saved, step = save_with_undo(db, "session", session)
    collab = get_collaborative(db, 4)
    sponsor = collab.sponsor
    collab.sponsor = "Dr. Lee"
    _saved, collab_step = save_with_undo(db, "collaborative", collab)
    for _ in range(2):
        step.undo(db)
        collab_step.undo(db)
        assert get_session(db, session.id).location == ""
        assert get_collaborative(db, 4).sponsor == sponsor
        step.redo(db)
        collab_step.redo(db)
        assert get_session(db, session.id).location == "Room 4"
        assert get_collaborative(db, 4).sponsor == "Dr. Lee"
    theirs = get_collaborative(other, 4)
    theirs.description = "Changed elsewhere"
    with as_dana():
        save_collaborative(other, theirs)
    with pytest.raises(StaleStep, match="^Cannot undo: .* was changed since, by dana$"):
        collab_step.undo(db)
