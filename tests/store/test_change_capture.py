"""Every committed write reports what it changed (a real SQLite file, no mocks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from collab_desktop.domain.changes import MANY_LIMIT, ChangeSet, Kind
from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.changes import reporting, run_reporting
from collab_desktop.services.directory import contacts, memberships
from collab_desktop.services.errors import ValidationError
from collab_desktop.store.models import Contact


def test_change_set_helpers() -> None:
    one = ChangeSet.of(Kind.CONTACT, [1, 2])
    assert one.ids(Kind.CONTACT) == {1, 2} and one.touches(Kind.CONTACT)
    assert not one.touches(Kind.MEMBERSHIP) and not one.is_many(Kind.CONTACT)
    assert not ChangeSet() and one
    merged = one | ChangeSet.of(Kind.CONTACT, [3]) | ChangeSet.many_of(Kind.MEMBERSHIP)
    assert merged.ids(Kind.CONTACT) == {1, 2, 3} and merged.is_many(Kind.MEMBERSHIP)
    assert merged.kinds == {Kind.CONTACT, Kind.MEMBERSHIP}
    # Ids of a kind that is also "many" are dropped: the view reloads that kind anyway.
    assert (merged | ChangeSet.many_of(Kind.CONTACT)).ids(Kind.CONTACT) == set()
    big = ChangeSet.of(Kind.CONTACT, range(MANY_LIMIT + 1))
    assert big.is_many(Kind.CONTACT) and big.ids(Kind.CONTACT) == set()
    assert (one | ChangeSet.of(Kind.CONTACT, range(10, MANY_LIMIT + 10))).is_many(Kind.CONTACT)
    everything = ChangeSet.everything()
    assert everything.is_everything() and all(everything.is_many(k) for k in Kind)
    assert not merged.is_everything()
    assert ChangeSet.of(Kind.CONTACT, [1]) == ChangeSet.of(Kind.CONTACT, [1])
    assert len({one, ChangeSet.of(Kind.CONTACT, [2, 1])}) == 1
    assert "contact=[1, 2]" in repr(one)


def test_saving_a_contact_reports_exactly_that_contact(db) -> None:  # noqa: ANN001
    saved, changes = run_reporting(
        contacts.save_contact, db, ContactRecord(first_name="Ana", email="ana@x.org")
    )
    assert changes == ChangeSet.of(Kind.CONTACT, [saved.id])

    saved.phone = "555"
    _, changes = run_reporting(contacts.save_contact, db, saved)
    assert changes == ChangeSet.of(Kind.CONTACT, [saved.id])


def test_adding_a_membership_reports_the_membership_only(db) -> None:  # noqa: ANN001
    contact = contacts.save_contact(db, ContactRecord(first_name="Ana", email="ana@x.org"))
    added, changes = run_reporting(memberships.add_membership, db, contact.id, 1)
    assert changes == ChangeSet.of(Kind.MEMBERSHIP, [added.id])
    assert not changes.touches(Kind.CONTACT, Kind.COLLABORATIVE)


def test_a_rolled_back_transaction_reports_nothing(db) -> None:  # noqa: ANN001
    with reporting() as captured:
        with pytest.raises(ValidationError):
            contacts.save_contact(db, ContactRecord())  # refused before any write
        with pytest.raises(RuntimeError), db.session() as s:
            s.add(Contact(first_name="Gone", email="gone@x.org", email_key="gone@x.org"))
            s.flush()
            raise RuntimeError("after the flush, before the commit")
    assert not captured.changes
    assert "gone@x.org" not in [c.email for c in contacts.list_contacts(db)]


def test_changes_committed_before_an_error_are_still_reported(db) -> None:  # noqa: ANN001
    def two_steps() -> None:
        contacts.save_contact(db, ContactRecord(first_name="Kept", email="kept@x.org"))
        raise RuntimeError("second step fails")

    with reporting() as captured, pytest.raises(RuntimeError):
        two_steps()
    assert captured.changes.touches(Kind.CONTACT)


def test_delete_to_trash_reports_the_ids_and_what_cascades(db) -> None:  # noqa: ANN001
    entry, changes = run_reporting(contacts.delete_contacts, db, [1])
    assert changes.ids(Kind.CONTACT) == {1}
    assert changes.ids(Kind.TRASH) == {entry.id}
    # The database removes the contact's memberships and registrations by foreign key.
    assert changes.is_many(Kind.MEMBERSHIP) and changes.is_many(Kind.REGISTRATION)
    assert not changes.touches(Kind.COLLABORATIVE, Kind.SESSION)


def test_putting_back_from_the_trash_reports_the_rows_by_id(db) -> None:  # noqa: ANN001
    from collab_desktop.services.safety.trash import restore_from_trash

    kept = {m.id for c in (1, 2) for m in memberships.list_memberships_of_contact(db, c)}
    entry = contacts.delete_contacts(db, [1, 2])
    restored, changes = run_reporting(restore_from_trash, db, entry.id)
    assert sorted(restored.ids) == [1, 2]
    assert changes.ids(Kind.CONTACT) == {1, 2}
    assert kept and changes.ids(Kind.MEMBERSHIP) == kept
    assert changes.ids(Kind.TRASH) == {entry.id}


def _roster(path: Path, rows: int) -> Path:
    lines = ["First Name,Last Name,Email"] + [f"P{i},Q,p{i}@x.org" for i in range(rows)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_bulk_roster_import_reports_many(db, tmp_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.domain.import_records import ImportOptions
    from collab_desktop.services.rosters.roster_import import import_roster

    (_plan, result), changes = run_reporting(
        import_roster,
        db,
        _roster(tmp_path / "big.csv", MANY_LIMIT + 5),
        ImportOptions(collaborative_id=1),
    )
    assert result.added == MANY_LIMIT + 5
    assert changes.is_many(Kind.CONTACT) and changes.is_many(Kind.MEMBERSHIP)
    assert changes.ids(Kind.IMPORT_BATCH) == {result.batch_id}
    assert changes.is_many(Kind.IMPORT_CHANGE) or changes.touches(Kind.IMPORT_CHANGE)


def test_a_small_roster_import_reports_the_new_ids(db, tmp_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.services.rosters.roster_import import import_roster

    before = {c.id for c in contacts.list_contacts(db)}
    (_plan, result), changes = run_reporting(import_roster, db, _roster(tmp_path / "s.csv", 3))
    added = {c.id for c in contacts.list_contacts(db)} - before
    assert result.added == 3 and changes.ids(Kind.CONTACT) == added


def test_core_update_of_many_rows_is_many(db) -> None:  # noqa: ANN001
    from sqlalchemy import update

    with reporting() as captured, db.session() as s:
        s.execute(update(Contact).values(notes="all"))
    assert captured.changes == ChangeSet.many_of(Kind.CONTACT)

    with reporting() as captured, db.session() as s:
        s.execute(update(Contact).where(Contact.id == 2).values(notes="two"))
        s.execute(update(Contact).where(Contact.id.in_([3, 4])).values(notes="more"))
    assert captured.changes == ChangeSet.of(Kind.CONTACT, [2, 3, 4])


def test_commit_listeners_hear_each_commit_and_reads_are_silent(db) -> None:  # noqa: ANN001
    heard: list[ChangeSet] = []
    remove = db.on_commit(heard.append)
    contacts.list_contacts(db)
    assert heard == []
    saved = contacts.save_contact(db, ContactRecord(first_name="Ana", email="ana@x.org"))
    assert heard == [ChangeSet.of(Kind.CONTACT, [saved.id])]
    remove()
    contacts.save_contact(db, ContactRecord(first_name="Bo", email="bo@x.org"))
    assert len(heard) == 1


def test_a_failing_listener_does_not_undo_the_commit(db) -> None:  # noqa: ANN001
    def broken(_changes: ChangeSet) -> None:
        raise RuntimeError("listener bug")

    db.on_commit(broken)
    saved = contacts.save_contact(db, ContactRecord(first_name="Ana", email="ana@x.org"))
    assert contacts.get_contact(db, saved.id).first_name == "Ana"
