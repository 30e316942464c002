"""Trash and undo: deletes keep everything that went with a record, and come back whole."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory import contacts
from collab_desktop.services.errors import ConflictError, NotFoundError
from collab_desktop.services.safety import trash
from collab_desktop.services.safety.backups import list_backups
from collab_desktop.services.undo import undo
from collab_desktop.store.models import (
    ImportBatch,
    LearningSession,
    Membership,
    Registration,
    SeriesRegistration,
    SessionSeries,
)
from collab_desktop.store.record_stamps import STAMP_COLUMNS

START = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)


def snapshot(db) -> dict[str, list[tuple]]:  # noqa: ANN001
    """Every row of every table except the trash and the history log (on either database)."""
    from sqlalchemy import inspect, text

    with db.engine.connect() as conn:
        names = [
            n
            for n in inspect(conn).get_table_names()
            if n not in ("trash_items", "record_changes", "alembic_version", "sqlite_sequence")
        ]
        out = {}
        for n in names:
            # Without the version stamps: putting back is a change too, with a new version.
            result = conn.execute(text(f"SELECT * FROM {n} ORDER BY 1"))
            keep = [i for i, c in enumerate(result.keys()) if c not in STAMP_COLUMNS]
            out[n] = [tuple(r[i] for i in keep) for r in result]
        return out


@pytest.fixture
def world(db):  # noqa: ANN001, ANN201
    """Seed data plus sessions, a series, registrations and links across collaboratives."""
    with db.session() as s:
        a_id, b_id = (1, 2)
        series = SessionSeries(id="series-1", collaborative_id=a_id, title="Huddles")
        s.add(series)
        s.flush()
        a1 = LearningSession(
            collaborative_id=a_id,
            title="A1",
            start_at=START,
            end_at=START + timedelta(hours=1),
            series_id="series-1",
        )
        a2 = LearningSession(
            collaborative_id=a_id,
            title="A2",
            start_at=START + timedelta(days=7),
            end_at=START + timedelta(days=7, hours=1),
        )
        b1 = LearningSession(
            collaborative_id=b_id,
            title="B1",
            start_at=START,
            end_at=START + timedelta(hours=1),
            series_id="series-1",
        )
        s.add_all([a1, a2, b1])
        s.flush()
        a2.followup_of_id = a1.id
        b1.followup_of_id = a1.id
        for contact_id in (1, 2, 3):
            s.add(Registration(session_id=a1.id, contact_id=contact_id, status="attended"))
            s.add(Registration(session_id=b1.id, contact_id=contact_id))
        s.add(SeriesRegistration(series_id="series-1", contact_id=1))
        s.add(ImportBatch(file_name="r.xlsx", collaborative_id=a_id))
    return db


def test_delete_contact_to_trash_and_restore_everything(world) -> None:  # noqa: ANN001
    db = world
    before = snapshot(db)
    entry = contacts.delete_contact(db, 1)
    assert entry.kind == "contact" and entry.counts["contacts"] == 1
    assert entry.counts["registrations"] == 2 and entry.counts["series_registrations"] == 1
    with db.session() as s:
        assert s.query(Membership).filter_by(contact_id=1).count() == 0
        assert s.query(Registration).filter_by(contact_id=1).count() == 0
    assert [e.id for e in trash.list_trash(db)] == [entry.id]

    restored = trash.restore_from_trash(db, entry.id)

    assert restored.ids == [1] and restored.skipped == 0
    assert snapshot(db) == before
    assert trash.list_trash(db) == []


def test_delete_collaborative_restores_sessions_series_and_nulled_links(world) -> None:  # noqa: ANN001
    db = world
    before = snapshot(db)
    entry = trash.delete_to_trash(db, "collaborative", [1])
    assert entry.counts["learning_sessions"] == 2 and entry.counts["session_series"] == 1
    with db.session() as s:
        b1 = s.query(LearningSession).filter_by(title="B1").one()
        # The other collaborative's session lost its links to the deleted ones...
        assert b1.followup_of_id is None and b1.series_id is None
        assert s.query(ImportBatch).one().collaborative_id is None
    assert snapshot(db) != before

    trash.restore_from_trash(db, entry.id)

    # ...and gets them back, without counting as an edit (updated_at unchanged).
    assert snapshot(db) == before


@pytest.mark.sqlite_only("PostgreSQL's sequences never hand out a freed id again")
def test_restore_takes_new_id_when_the_old_one_was_reused(db) -> None:  # noqa: ANN001
    newest = contacts.save_contact(db, ContactRecord(first_name="Last", email="last@x.org"))
    from collab_desktop.services.directory.memberships import add_membership

    add_membership(db, newest.id, 3)
    entry = contacts.delete_contact(db, newest.id)
    other = contacts.save_contact(db, ContactRecord(first_name="Newer", email="newer@x.org"))
    assert other.id == newest.id  # SQLite hands out the freed highest id again

    restored = trash.restore_from_trash(db, entry.id)

    (new_id,) = restored.ids
    assert new_id != newest.id
    assert contacts.get_contact(db, new_id).email == "last@x.org"
    assert contacts.get_contact(db, other.id).email == "newer@x.org"
    with db.session() as s:
        assert s.query(Membership).filter_by(contact_id=new_id, collaborative_id=3).count() == 1


def test_restore_refused_when_email_now_belongs_to_someone_else(db) -> None:  # noqa: ANN001
    victim = contacts.get_contact(db, 2)
    entry = contacts.delete_contact(db, 2)
    contacts.save_contact(db, ContactRecord(first_name="Taken", email=victim.email.upper()))
    before = snapshot(db)
    with pytest.raises(ConflictError, match="same email"):
        trash.restore_from_trash(db, entry.id)
    assert snapshot(db) == before
    assert [e.id for e in trash.list_trash(db)] == [entry.id]


def test_restore_skips_links_to_records_deleted_separately(db) -> None:  # noqa: ANN001
    with db.session() as s:
        collab_id = s.query(Membership).filter_by(contact_id=1).first().collaborative_id
    contact_entry = contacts.delete_contact(db, 1)
    trash.delete_to_trash(db, "collaborative", [collab_id])
    restored = trash.restore_from_trash(db, contact_entry.id)
    assert restored.skipped >= 1
    assert contacts.get_contact(db, 1).id == 1


@pytest.mark.sqlite_only("the backup before a bulk delete is a copy of the database file")
def test_bulk_delete_is_one_trash_item_with_a_backup(world) -> None:  # noqa: ANN001
    db = world
    before = snapshot(db)
    entry = contacts.delete_contacts(db, [1, 2, 3])
    assert len(trash.list_trash(db)) == 1
    assert entry.label.startswith("3 contacts: ") and entry.counts["contacts"] == 3
    assert "3 contacts" in entry.describe() and "registrations" in entry.describe()
    assert [b.reason for b in list_backups(db.path)] == ["before-bulk-delete"]
    assert list_backups(db.path)[0].contacts == 4
    assert len(contacts.list_contacts(db)) == 1
    trash.restore_from_trash(db, entry.id)
    assert snapshot(db) == before


def test_empty_trash_and_missing_items(db) -> None:  # noqa: ANN001
    first = contacts.delete_contact(db, 1)
    second = contacts.delete_contact(db, 2)
    assert [e.id for e in trash.list_trash(db)] == [second.id, first.id]
    assert trash.empty_trash(db, [first.id]) == 1
    assert trash.empty_trash(db) == 1
    assert trash.trash_count(db) == 0
    with pytest.raises(NotFoundError, match="emptied"):
        trash.restore_from_trash(db, first.id)
    with pytest.raises(NotFoundError):
        trash.delete_to_trash(db, "contact", [999])


def test_undo_redo_edit(db) -> None:  # noqa: ANN001
    before = contacts.get_contact(db, 1)
    edited = contacts.get_contact(db, 1)
    edited.phone = "555-9999"
    edited.last_name = "Renamed"
    saved, change = undo.save_with_undo(db, "contact", edited)
    assert saved.last_name == "Renamed"
    assert change.undo(db) == [1]
    back = contacts.get_contact(db, 1)
    assert (back.last_name, back.phone) == (before.last_name, before.phone)
    change.redo(db)
    again = contacts.get_contact(db, 1)
    assert (again.last_name, again.phone) == ("Renamed", "555-9999")


def test_undo_redo_create(db) -> None:  # noqa: ANN001
    saved, change = undo.save_with_undo(
        db, "contact", ContactRecord(first_name="New", email="n@x.org")
    )
    change.undo(db)
    with pytest.raises(NotFoundError):
        contacts.get_contact(db, saved.id)
    change.redo(db)
    assert contacts.get_contact(db, saved.id).email == "n@x.org"


def test_undo_redo_delete_and_bulk_delete(world) -> None:  # noqa: ANN001
    db = world
    before = snapshot(db)
    one = undo.delete_with_undo(db, "session", [1])
    bulk = undo.delete_with_undo(db, "contact", [1, 2, 3, 4])
    assert bulk.text == "delete 4 contacts"
    assert contacts.list_contacts(db) == []
    bulk.undo(db)
    one.undo(db)
    assert snapshot(db) == before
    one.redo(db)
    bulk.redo(db)
    assert contacts.list_contacts(db) == []
    bulk.undo(db)
    one.undo(db)
    assert snapshot(db) == before
    assert trash.list_trash(db) == []


def test_cli_trash_list_and_restore(db_path, capsys) -> None:  # noqa: ANN001
    import json

    from collab_desktop.app import main
    from collab_desktop.store.open import open_database

    db, _ = open_database(db_path)
    entry = contacts.delete_contacts(db, [1, 2])
    db.dispose()
    assert main(["--db", str(db_path), "trash", "list", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["id"] == entry.id and item["counts"]["contacts"] == 2
    assert main(["--db", str(db_path), "trash", "restore", str(entry.id)]) == 0
    assert "Put back 2 contacts" in capsys.readouterr().out
    assert main(["--db", str(db_path), "trash", "restore", str(entry.id)]) == 1
    assert capsys.readouterr().err.startswith("error: Nothing in the trash")


def test_undo_redo_edit_of_session_and_collaborative(world) -> None:  # noqa: ANN001
    from collab_desktop.services.directory.collaboratives import get_collaborative
    from collab_desktop.services.sessions.sessions import get_session

    db = world
    session = get_session(db, 1)
    moved = get_session(db, 1)
    moved.start = session.start + timedelta(days=1)
    moved.end = session.end + timedelta(days=1)
    moved.title = "Moved"
    _saved, change = undo.save_with_undo(db, "session", moved)
    original_sponsor = get_collaborative(db, 2).sponsor
    collab = get_collaborative(db, 2)
    collab.sponsor = "New sponsor"
    _saved, collab_change = undo.save_with_undo(db, "collaborative", collab)

    collab_change.undo(db)
    change.undo(db)
    back = get_session(db, 1)
    assert (back.title, back.start, back.end) == (session.title, session.start, session.end)
    assert get_collaborative(db, 2).sponsor == original_sponsor != "New sponsor"
    change.redo(db)
    assert get_session(db, 1).start == session.start + timedelta(days=1)
