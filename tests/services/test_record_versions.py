"""No lost update: every write moves a record's version on and names who made it; a save based on
an old version is refused with who changed it, when, and both versions. Two Database objects on
one file or server act as two coordinators."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.services.directory import collaboratives, contacts, memberships
from collab_desktop.services.errors import ConflictError, StaleRecord
from collab_desktop.services.safety import trash
from collab_desktop.services.sessions import registrations, sessions
from collab_desktop.services.sessions.attendance import check_in
from collab_desktop.services.undo import undo
from collab_desktop.store import acting_user
from collab_desktop.store.open import open_database

ZONE = ZoneInfo("America/New_York")


@pytest.fixture
def as_user():  # noqa: ANN201
    """Act as a named coordinator (``--user``); back to the default afterwards."""
    yield acting_user.set_user
    acting_user.set_user(None)


@pytest.fixture
def other_db(db_target: str):  # noqa: ANN201 - Database
    """A second window on the same database file or server."""
    database, _ = open_database(db_target)
    yield database
    database.dispose()


def new_contact(db, email: str = "ana.ruiz@example.org") -> ContactRecord:  # noqa: ANN001
    return contacts.save_contact(db, ContactRecord(first_name="Ana", last_name="Ruiz", email=email))


def test_create_and_edit_are_stamped(db, clock, as_user) -> None:  # noqa: ANN001
    as_user("ana")
    created = new_contact(db)
    assert (created.version, created.created_by, created.updated_by) == (1, "ana", "ana")
    as_user("dana")
    clock.set(clock.moment + timedelta(hours=4, minutes=3))
    edited = contacts.save_contact(db, replace(created, phone="555-0100"))
    assert (edited.version, edited.created_by, edited.updated_by) == (2, "ana", "dana")
    assert edited.created_at == created.created_at < edited.updated_at


def test_stale_contact_save_is_refused_with_who_and_when(db, other_db, clock, as_user) -> None:  # noqa: ANN001
    as_user("ana")
    form = new_contact(db)  # what ana's form holds: version 1
    as_user("dana")
    clock.set(datetime(2026, 12, 2, 14, 3, tzinfo=ZONE))
    theirs = contacts.save_contact(other_db, replace(form, phone="555-0199"))
    assert theirs.version == 2
    as_user("ana")
    with pytest.raises(StaleRecord) as refused:
        contacts.save_contact(db, replace(form, job_title="Nurse"))
    exc = refused.value
    assert str(exc) == f"contact {form.id} was changed by dana at 14:03 (version 2; you had 1)"
    assert isinstance(exc, ConflictError)
    assert (exc.stored_version, exc.your_version, exc.changed_by) == (2, 1, "dana")
    assert exc.current.phone == "555-0199" and exc.current.job_title == ""
    stored = contacts.get_contact(db, form.id)
    assert (stored.version, stored.phone, stored.job_title) == (2, "555-0199", "")
    # Saved against the version now stored, the merge goes through.
    merged = contacts.save_contact(db, replace(exc.current, job_title="Nurse"))
    assert (merged.version, merged.phone, merged.job_title) == (3, "555-0199", "Nurse")


def test_the_message_names_the_day_when_it_was_not_today(db, other_db, clock, as_user) -> None:  # noqa: ANN001
    form = new_contact(db)
    as_user("dana")
    clock.set(datetime(2026, 12, 2, 9, 30, tzinfo=ZONE))
    contacts.save_contact(other_db, replace(form, phone="1"))
    clock.set(datetime(2026, 12, 3, 8, 0, tzinfo=ZONE))
    with pytest.raises(
        StaleRecord, match=r"changed by dana on 2 Dec 2026 at 09:30 \(version 2; you had 1\)"
    ):
        contacts.save_contact(db, replace(form, phone="2"))


def test_stale_collaborative_session_and_membership(db, other_db, clock, as_user) -> None:  # noqa: ANN001
    as_user("ana")
    collab = collaboratives.save_collaborative(db, CollaborativeRecord(name="Sepsis Huddle"))
    as_user("dana")
    collaboratives.save_collaborative(other_db, replace(collab, sponsor="Quality office"))
    with pytest.raises(StaleRecord, match=rf"^collaborative {collab.id} was changed by dana"):
        collaboratives.save_collaborative(db, replace(collab, description="weekly"))

    start = datetime(2026, 12, 9, 12, 0, tzinfo=ZONE)
    session = sessions.save_session(
        db,
        SessionRecord(
            collaborative_id=collab.id, title="Huddle", start=start, end=start + timedelta(hours=1)
        ),
    )
    assert (session.version, session.created_by) == (1, "dana")
    sessions.save_session(other_db, replace(session, location="Room 4"))
    with pytest.raises(StaleRecord, match=r"\(version 2; you had 1\)$"):
        sessions.save_session(db, replace(session, title="Huddle (moved)"))
    assert sessions.get_session(db, session.id).location == "Room 4"

    person = new_contact(db)
    member = memberships.add_membership(db, person.id, collab.id, joined_on=date(2026, 1, 5))
    memberships.update_membership(other_db, member.id, "lead", member.joined_on, True, version=1)
    with pytest.raises(StaleRecord, match=rf"^membership {member.id} was changed"):
        memberships.update_membership(db, member.id, "member", None, False, version=1)
    assert memberships.get_membership(db, member.id).role == "lead"


def test_registration_marks_and_check_in_on_a_changed_registration(
    db,
    other_db,
    clock,
    as_user,  # noqa: ANN001
) -> None:
    as_user("ana")
    start = datetime(2026, 12, 9, 12, 0, tzinfo=ZONE)
    session = sessions.save_session(
        db, SessionRecord(title="Seminar", start=start, end=start + timedelta(hours=1))
    )
    person = new_contact(db)
    shown = registrations.register(db, session.id, person.id)
    assert shown.version == 1
    as_user("dana")
    clock.set(datetime(2026, 12, 2, 14, 3, tzinfo=ZONE))
    registrations.set_status(other_db, shown.id, "excused", version=1)
    as_user("ana")
    with pytest.raises(
        StaleRecord, match=rf"^registration {shown.id} was changed by dana at 14:03"
    ):
        undo.set_status_with_undo(db, [shown.id], "absent", {shown.id: 1})
    assert registrations.list_registrations(db, session.id)[0].status == "excused"
    # The person is in the room: a check-in takes the latest row and says so.
    done = check_in(db, shown.id, version=1)
    assert done.previous == "excused"
    assert done.note == (
        "Ana Ruiz's registration was changed by dana at 14:03; checked in on the latest"
    )
    latest = registrations.list_registrations(db, session.id)[0]
    assert (latest.status, latest.version, latest.updated_by) == ("attended", 3, "ana")
    assert check_in(db, shown.id, version=3).note == ""


def test_undo_of_an_edit_does_not_undo_someone_elses_later_change(db, other_db, as_user) -> None:  # noqa: ANN001
    as_user("ana")
    form = new_contact(db)
    saved, change = undo.save_with_undo(db, "contact", replace(form, phone="1"))
    change.undo(db)
    change.redo(db)
    assert contacts.get_contact(db, form.id).phone == "1"
    as_user("dana")
    contacts.save_contact(other_db, replace(contacts.get_contact(other_db, form.id), phone="2"))
    with pytest.raises(ConflictError, match="by dana"):  # the step's check names who
        change.undo(db)
    assert contacts.get_contact(db, form.id).phone == "2"


def test_trash_restore_is_a_new_version(db, clock, as_user) -> None:  # noqa: ANN001
    as_user("ana")
    form = new_contact(db)
    edited = contacts.save_contact(db, replace(form, phone="1"))
    entry = contacts.delete_contact(db, form.id)
    as_user("dana")
    restored = trash.restore_from_trash(db, entry.id)
    back = contacts.get_contact(db, restored.ids[0])
    assert (back.version, back.created_by, back.updated_by) == (3, "ana", "dana")
    # A form still holding version 2 (from before the delete) cannot overwrite it unseen.
    with pytest.raises(StaleRecord):
        contacts.save_contact(db, replace(edited, phone="3"))


def test_roster_import_stamps_and_moves_versions(db, tmp_path, as_user) -> None:  # noqa: ANN001
    from openpyxl import Workbook

    from collab_desktop.services.rosters.roster_import import import_roster

    as_user("ana")
    existing = new_contact(db)
    book = Workbook()
    sheet = book.active
    sheet.append(["First name", "Last name", "Email", "Phone"])
    sheet.append(["Ana", "Ruiz", "ana.ruiz@example.org", "555-0101"])
    sheet.append(["Ben", "Okafor", "ben.okafor@example.org", ""])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    as_user("dana")
    import_roster(db, path)
    by_email = {c.email: c for c in contacts.list_contacts(db)}
    updated, added = by_email["ana.ruiz@example.org"], by_email["ben.okafor@example.org"]
    assert (updated.phone, updated.version, updated.updated_by) == ("555-0101", 2, "dana")
    assert updated.created_by == "ana"
    assert (added.version, added.created_by, added.updated_by) == (1, "dana", "dana")
    with pytest.raises(StaleRecord):
        contacts.save_contact(db, replace(existing, notes="x"))


def test_a_stale_orm_flush_raises_and_a_copied_back_version_is_not_reused(db, other_db) -> None:  # noqa: ANN001
    from sqlalchemy.orm.exc import StaleDataError

    from collab_desktop.store.models import Contact

    form = new_contact(db)
    with pytest.raises(StaleDataError), db.session() as s:
        row = s.get(Contact, form.id)
        contacts.save_contact(other_db, replace(form, phone="1"))  # committed meanwhile
        row.phone = "2"
        s.flush()
    assert contacts.get_contact(db, form.id).phone == "1"
    with db.session() as s:
        row = s.get(Contact, form.id)
        row.version, row.notes = 1, "undo copies every column back"
    assert contacts.get_contact(db, form.id).version == 3


def test_a_save_overtaken_between_its_read_and_its_write_is_refused_the_same_way(
    db,
    other_db,
    monkeypatch: pytest.MonkeyPatch,
    as_user,  # noqa: ANN001
) -> None:
    form = new_contact(db)
    checked = contacts.check_version

    def someone_saves_right_after_the_check(*args, **kwargs) -> None:  # noqa: ANN002, ANN003
        checked(*args, **kwargs)
        monkeypatch.setattr(contacts, "check_version", checked)  # dana's own save: checked as usual
        as_user("dana")
        contacts.save_contact(other_db, replace(form, phone="555-0199"))
        as_user("ana")

    monkeypatch.setattr(contacts, "check_version", someone_saves_right_after_the_check)
    with pytest.raises(
        StaleRecord, match=rf"^contact {form.id} was changed by dana .*you had 1\)$"
    ):
        contacts.save_contact(db, replace(form, phone="555-0100"))
    stored = contacts.get_contact(db, form.id)
    assert (stored.phone, stored.version) == ("555-0199", 2)


def test_roster_import_refuses_contacts_changed_after_its_preview(
    db,
    other_db,
    tmp_path,
    clock,
    as_user,  # noqa: ANN001
) -> None:
    from openpyxl import Workbook

    from collab_desktop.domain.import_records import ImportOptions
    from collab_desktop.services.rosters.roster_import import apply_import, import_roster

    def preview_import(db, path):  # noqa: ANN001, ANN202
        return import_roster(db, path, ImportOptions(policy="overwrite"), dry_run=True)[0]

    as_user("ana")
    existing = new_contact(db)
    book = Workbook()
    book.active.append(["First name", "Last name", "Email", "Phone"])
    book.active.append(["Ana", "Ruiz", "ana.ruiz@example.org", "555-0101"])
    book.active.append(["Ben", "Okafor", "ben.okafor@example.org", ""])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    plan = preview_import(db, path)
    as_user("dana")
    clock.set(datetime(2026, 12, 2, 14, 3, tzinfo=ZONE))
    contacts.save_contact(other_db, replace(existing, phone="555-0199"))
    as_user("ana")
    with pytest.raises(ConflictError) as refused:
        apply_import(db, plan)
    assert str(refused.value).startswith(
        "Ana Ruiz was changed by dana at 14:03 after the preview, so nothing was imported"
    )
    assert [c.email for c in contacts.list_contacts(db) if c.last_name == "Okafor"] == []
    assert contacts.get_contact(db, existing.id).phone == "555-0199"
    # A change to a field the import does not touch is no reason to refuse.
    contacts.save_contact(other_db, replace(contacts.get_contact(db, existing.id), phone=""))
    contacts.save_contact(other_db, replace(contacts.get_contact(db, existing.id), notes="x"))
    apply_import(db, preview_import(db, path))
    assert contacts.get_contact(db, existing.id).phone == "555-0101"
