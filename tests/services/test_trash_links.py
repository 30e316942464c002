"""Removing a membership or a registration goes to the trash and comes back exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from collab_desktop.services.directory import contacts, memberships
from collab_desktop.services.errors import ConflictError
from collab_desktop.services.safety import trash
from collab_desktop.services.safety.backups import list_backups
from collab_desktop.services.sessions import registrations
from collab_desktop.services.undo import undo
from collab_desktop.store.models import LearningSession, Membership, Registration

START = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)


def rows(db, table: str) -> list[tuple]:  # noqa: ANN001
    """The table's rows without their version stamps (every write, an undo too, moves those on)."""
    from sqlalchemy import text

    from collab_desktop.store.record_stamps import STAMP_COLUMNS

    with db.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))
        keep = [i for i, name in enumerate(result.keys()) if name not in STAMP_COLUMNS]
        return [tuple(r[i] for i in keep) for r in result]


@pytest.fixture
def world(db):  # noqa: ANN001, ANN201
    """Ana Ruiz, a scientist in LHS E-STaR since 2024, registered for one session."""
    from collab_desktop.domain.records import ContactRecord

    ana = contacts.save_contact(
        db, ContactRecord(first_name="Ana", last_name="Ruiz", email="ana@x.org")
    )
    membership = memberships.add_membership(db, ana.id, 4, "scientist", date(2024, 5, 1), False)
    with db.session() as s:
        session = LearningSession(
            collaborative_id=4, title="Huddle", start_at=START, end_at=START + timedelta(hours=1)
        )
        s.add(session)
        s.flush()
        regs = [
            Registration(session_id=session.id, contact_id=contact_id, status="attended")
            for contact_id in (ana.id, 1, 2)
        ]
        s.add_all(regs)
        s.flush()
        session_id, reg_ids = session.id, [r.id for r in regs]
    return db, ana.id, membership.id, session_id, reg_ids


def test_removed_membership_is_in_the_trash_and_comes_back_identical(world) -> None:  # noqa: ANN001
    db, _ana, membership_id, _sid, _regs = world
    before = rows(db, "memberships")
    entry = memberships.remove_membership(db, membership_id)
    assert entry.kind == "membership"
    assert entry.label == "Ana Ruiz in LHS E-STaR (scientist)"
    assert entry.describe() == "1 membership"
    assert rows(db, "memberships") != before
    (listed,) = trash.list_trash(db)
    assert (listed.id, listed.kind, listed.label) == (entry.id, "membership", entry.label)

    restored = trash.restore_from_trash(db, entry.id)

    assert restored.kind == "membership" and restored.ids == [membership_id]
    assert rows(db, "memberships") == before  # role, joined date, active flag, stamps
    assert trash.list_trash(db) == []


def test_removed_registrations_come_back_identical(world) -> None:  # noqa: ANN001
    db, _ana, _mid, session_id, reg_ids = world
    before = rows(db, "registrations")
    one = registrations.remove_registration(db, reg_ids[0])
    assert one.kind == "registration"
    assert one.label == "Ana Ruiz at Huddle (2026-03-03, attended)"
    several = registrations.remove_registrations(db, reg_ids[1:])
    assert several.label.startswith("2 registrations: ")
    assert registrations.list_registrations(db, session_id) == []

    trash.restore_from_trash(db, several.id)
    trash.restore_from_trash(db, one.id)

    assert rows(db, "registrations") == before


def test_restore_refused_while_the_contact_is_gone_then_works_after_it(world) -> None:  # noqa: ANN001
    db, ana, membership_id, _sid, _regs = world
    before = rows(db, "memberships")
    removal = memberships.remove_membership(db, membership_id)
    contact_entry = contacts.delete_contact(db, ana)

    with pytest.raises(ConflictError, match="the contact it belongs to has been deleted"):
        trash.restore_from_trash(db, removal.id)
    assert removal.id in {e.id for e in trash.list_trash(db)}  # still there to try again

    trash.restore_from_trash(db, contact_entry.id)
    trash.restore_from_trash(db, removal.id)
    assert rows(db, "memberships") == before


def test_restore_refused_while_the_session_is_gone(world) -> None:  # noqa: ANN001
    db, _ana, _mid, session_id, reg_ids = world
    removal = registrations.remove_registration(db, reg_ids[0])
    trash.delete_to_trash(db, "session", [session_id])
    with pytest.raises(ConflictError, match="the session it belongs to has been deleted"):
        trash.restore_from_trash(db, removal.id)


def test_restore_refused_when_the_membership_was_added_again(world) -> None:  # noqa: ANN001
    db, ana, membership_id, _sid, _regs = world
    removal = memberships.remove_membership(db, membership_id)
    memberships.add_membership(db, ana, 4, "member")
    with pytest.raises(ConflictError, match="in that collaborative again"):
        trash.restore_from_trash(db, removal.id)
    assert [m.role for m in memberships.list_memberships_of_contact(db, ana)] == ["member"]


def test_undo_redo_of_removing_several_members_is_one_step(world) -> None:  # noqa: ANN001
    db, _ana, membership_id, _sid, _regs = world
    with db.session() as s:
        ids = [membership_id, *s.query(Membership.id).filter_by(collaborative_id=3).all()[0]]
    before = rows(db, "memberships")

    change = undo.delete_with_undo(db, "membership", ids)

    assert change.kind == "membership" and change.text == "remove 2 memberships"
    assert len(trash.list_trash(db)) == 1
    if db.path is not None:
        assert list_backups(db.path) == []  # links are kept by the trash, no full backup
    change.undo(db)
    assert rows(db, "memberships") == before
    assert trash.list_trash(db) == []
    change.redo(db)
    assert {m[0] for m in rows(db, "memberships")}.isdisjoint(ids)
    change.undo(db)
    assert rows(db, "memberships") == before


def test_undo_of_marks_gives_back_each_status_and_time(world) -> None:  # noqa: ANN001
    db, _ana, _mid, _sid, reg_ids = world
    registrations.set_status(db, reg_ids[1], "absent")
    before = rows(db, "registrations")

    change = undo.set_status_with_undo(db, reg_ids, "cancelled")

    assert change.text == "mark 3 registrations cancelled"
    assert {r[3] for r in rows(db, "registrations")} == {"cancelled"}
    after = rows(db, "registrations")
    assert change.undo(db) == reg_ids
    assert rows(db, "registrations") == before
    change.redo(db)
    assert rows(db, "registrations") == after


def test_cli_trash_lists_and_restores_a_membership(world, capsys) -> None:  # noqa: ANN001
    import json

    from collab_desktop.app import main

    db, _ana, membership_id, _sid, _regs = world
    entry = memberships.remove_membership(db, membership_id)
    db.dispose()
    assert main(["--db", db.url, "trash", "list"]) == 0
    listing = capsys.readouterr().out
    assert "membership" in listing and "Ana Ruiz in LHS E-STaR (scientist)" in listing
    assert main(["--db", db.url, "trash", "list", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["kind"] == "membership" and item["counts"] == {"memberships": 1}
    assert main(["--db", db.url, "trash", "restore", str(entry.id)]) == 0
    assert "Put back Ana Ruiz in LHS E-STaR (scientist)" in capsys.readouterr().out
    assert [m[0] for m in rows(db, "memberships")].count(membership_id) == 1


@pytest.mark.sqlite_only("PostgreSQL's sequences never hand out a freed id again")
def test_restore_never_links_to_a_newer_record_that_took_the_id(world) -> None:  # noqa: ANN001
    from collab_desktop.domain.records import ContactRecord

    db, ana, membership_id, session_id, reg_ids = world
    removal = memberships.remove_membership(db, membership_id)
    session_entry = trash.delete_to_trash(db, "session", [session_id])
    contact_entry = contacts.delete_contact(db, ana)
    newcomer = contacts.save_contact(db, ContactRecord(first_name="Ben", email="ben@x.org"))
    assert newcomer.id == ana  # SQLite gives the freed highest id to the next contact

    with pytest.raises(ConflictError, match="the contact it belonged to was deleted, and a newer"):
        trash.restore_from_trash(db, removal.id)
    restored = trash.restore_from_trash(db, session_entry.id)
    assert restored.skipped == 1  # Ana's registration is not handed to Ben
    assert {r.contact_id for r in registrations.list_registrations(db, session_id)} == {1, 2}
    assert memberships.list_memberships_of_contact(db, newcomer.id) == []

    back = trash.restore_from_trash(db, contact_entry.id)
    assert back.ids != [ana]  # Ana comes back with a new id; Ben keeps his
    assert contacts.get_contact(db, newcomer.id).email == "ben@x.org"
    with pytest.raises(ConflictError):
        trash.restore_from_trash(db, removal.id)
    assert memberships.list_memberships_of_contact(db, newcomer.id) == []
