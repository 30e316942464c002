"""Adding members, editing a membership, registering people and walk-ins: undo and redo exactly."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from huddle_data import PAST, huddle

from collab_desktop.domain import clock
from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership, update_membership
from collab_desktop.services.errors import ConflictError
from collab_desktop.services.sessions.registrations import list_registrations, set_status
from collab_desktop.services.sessions.series import create_series
from collab_desktop.services.sessions.signup_sheets import AttendancePreview, WalkIn
from collab_desktop.services.undo import links as undo_links
from collab_desktop.store.models import LearningSession
from collab_desktop.store.record_stamps import STAMP_COLUMNS

FUTURE = datetime(2031, 2, 4, 17, 0, tzinfo=UTC)
TABLES = ("contacts", "memberships", "registrations", "series_registrations", "trash_items")


def rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of the tables these actions touch, exactly as stored but for the version stamps
    (every write, an undo or redo too, moves those on)."""
    out = {}
    with sqlite3.connect(path) as conn:
        for t in TABLES:
            cursor = conn.execute(f"SELECT * FROM {t} ORDER BY id")
            names = [d[0] for d in cursor.description]
            keep = [i for i, n in enumerate(names) if n not in STAMP_COLUMNS]
            out[t] = [tuple(r[i] for i in keep) for r in cursor.fetchall()]
    return out


def person(db, first: str, last: str) -> int:  # noqa: ANN001
    record = ContactRecord(first_name=first, last_name=last, email=f"{first}.{last}@example.org")
    return save_contact(db, record).id


def test_add_members_undo_removes_exactly_them_and_redo_keeps_ids(db, db_path) -> None:  # noqa: ANN001
    ana, ben = person(db, "Ana", "Ruiz"), person(db, "Ben", "Okafor")
    before = rows(db_path)
    added, change = undo_links.add_members_with_undo(
        db, 4, [ana, ben], "scientist", date(2026, 1, 5)
    )
    assert change.text == "add 2 members to LHS E-STaR"
    after = rows(db_path)
    assert len(after["memberships"]) == len(before["memberships"]) + 2

    assert sorted(change.undo(db)) == sorted(m.id for m in added)
    assert rows(db_path) == before  # the lead contact's membership untouched, nothing in trash
    assert sorted(change.redo(db)) == sorted(m.id for m in added)
    assert rows(db_path) == after  # same ids, roles, dates and stamps
    change.undo(db)
    assert rows(db_path) == before


def test_one_member_added_reads_as_a_name(db) -> None:  # noqa: ANN001
    ana = person(db, "Ana", "Ruiz")
    _added, change = undo_links.add_members_with_undo(db, 2, [ana])
    assert change.text == "add Ana Ruiz to Universal Skills"


def test_undo_refuses_when_the_added_membership_was_edited(db, db_path) -> None:  # noqa: ANN001
    ana = person(db, "Ana", "Ruiz")
    (added,), change = undo_links.add_members_with_undo(db, 4, [ana])
    update_membership(db, added.id, "scientist", added.joined_on, True)
    edited = rows(db_path)
    with pytest.raises(ConflictError, match="Ana Ruiz in LHS E-STaR.* was changed after this step"):
        change.undo(db)
    assert rows(db_path) == edited


def test_redo_takes_a_new_id_when_the_old_one_was_reused(db, db_path) -> None:  # noqa: ANN001
    ana, ben = person(db, "Ana", "Ruiz"), person(db, "Ben", "Okafor")
    (added,), change = undo_links.add_members_with_undo(db, 4, [ana])
    change.undo(db)
    other = add_membership(db, ben, 4)
    assert other.id == added.id  # SQLite hands the freed id out again
    (new_id,) = change.redo(db)
    assert new_id != added.id
    assert {m[1] for m in rows(db_path)["memberships"] if m[2] == 4} == {4, ana, ben}
    change.undo(db)  # the next undo finds the row under its new id
    assert {m[1] for m in rows(db_path)["memberships"] if m[2] == 4} == {4, ben}


def test_edit_membership_undo_gives_back_role_date_and_active(db, db_path) -> None:  # noqa: ANN001
    before = rows(db_path)
    saved, change = undo_links.edit_membership_with_undo(db, 5, "scientist", None, False)
    assert change.text == "edit membership of Megan Holthoff"
    assert (saved.role, saved.joined_on, saved.active) == ("scientist", None, False)
    after = rows(db_path)
    assert change.undo(db) == [5]
    assert rows(db_path) == before
    change.redo(db)
    assert rows(db_path) == after
    assert undo_links.edit_membership_with_undo(db, 5, "scientist", None, False)[1] is None


def test_whole_collaborative_undo_leaves_earlier_registrations(db, db_path) -> None:  # noqa: ANN001
    ana = person(db, "Ana", "Ruiz")
    add_membership(db, ana, 2)
    # Chris is registered already, Joanne cancelled earlier (revived), Ana is new.
    session_id = huddle(db, {2: "registered", 3: "cancelled"})
    before = rows(db_path)
    result, change = undo_links.register_collaborative_with_undo(db, session_id, 2)
    assert (result.added, result.already) == (2, 1)
    assert change.text == "register 2 people for Huddle 2026-03-03"
    assert {r.status for r in list_registrations(db, session_id)} == {"registered"}
    after = rows(db_path)

    change.undo(db)
    assert rows(db_path) == before  # Joanne cancelled again (same stamp), Chris untouched
    change.redo(db)
    assert rows(db_path) == after


def test_nothing_to_add_is_no_undo_step(db) -> None:  # noqa: ANN001
    session_id = huddle(db, {2: "registered", 3: "attended"})
    result, change = undo_links.register_collaborative_with_undo(db, session_id, 2)
    assert (result.added, change) == (0, None)


def test_undo_refuses_after_a_registration_was_marked(db, db_path) -> None:  # noqa: ANN001
    session_id = huddle(db, {})
    change = undo_links.register_with_undo(db, session_id, [2, 3])
    assert change.text == "register 2 people for Huddle 2026-03-03"
    chris = next(r for r in list_registrations(db, session_id) if r.contact_id == 2)
    set_status(db, chris.id, "attended")
    marked = rows(db_path)
    with pytest.raises(
        ConflictError, match=r"Chris Hubble for Huddle 2026-03-03 .*\(now attended\)"
    ):
        change.undo(db)
    assert rows(db_path) == marked


def test_register_is_all_or_none(db, db_path) -> None:  # noqa: ANN001
    session_id = huddle(db, {3: "registered"})
    before = rows(db_path)
    with pytest.raises(ConflictError):
        undo_links.register_with_undo(db, session_id, [2, 3])
    assert rows(db_path) == before


def test_series_sign_up_undoes_completely(db, db_path) -> None:  # noqa: ANN001
    ana = person(db, "Ana", "Ruiz")
    record = SessionRecord(
        collaborative_id=4, title="Seminar", start=FUTURE, end=FUTURE + timedelta(hours=1)
    )
    series = create_series(db, record, "FREQ=MONTHLY;BYDAY=1TU;COUNT=3")
    first = series.sessions[0].id
    before = rows(db_path)
    change = undo_links.register_with_undo(db, first, [ana], whole_series=True)
    assert change.text == "register Ana Ruiz for the series Seminar"
    after = rows(db_path)
    assert len(after["series_registrations"]) == len(before["series_registrations"]) + 1
    assert len(after["registrations"]) == len(before["registrations"]) + 3

    change.undo(db)
    assert rows(db_path) == before
    change.redo(db)
    assert rows(db_path) == after
    change.undo(db)
    assert rows(db_path) == before


def test_series_sign_up_from_a_past_occurrence_registers_it_too(db, db_path) -> None:  # noqa: ANN001
    record = SessionRecord(
        collaborative_id=4, title="Seminar", start=PAST, end=PAST + timedelta(hours=1)
    )
    series = create_series(db, record, "FREQ=YEARLY;COUNT=8")
    past = series.sessions[0].id
    before = rows(db_path)
    change = undo_links.register_with_undo(db, past, [1], whole_series=True)
    added = rows(db_path)["registrations"][len(before["registrations"]) :]
    assert past in {r[1] for r in added} and len(added) == 1 + sum(
        1 for s in series.sessions if s.start > clock.now()
    )
    change.undo(db)
    assert rows(db_path) == before


def test_walk_ins_and_marks_from_a_sheet_undo_together(db, db_path) -> None:  # noqa: ANN001
    session_id = huddle(db, {2: "registered", 3: "registered"})
    regs = {r.contact_id: r.id for r in list_registrations(db, session_id)}
    preview = AttendancePreview(session_id, "huddle.xlsx", attended={regs[2]: "Chris"})
    preview.absent = {regs[3]: "Joanne"}
    preview.walk_ins = [
        WalkIn(20, "Dana", "Scully", "dana@example.org", "FBI"),  # new contact
        WalkIn(21, "Alice", "Kennedy", "alice.m.kennedy@dartmouth.edu", "", contact_id=1),
    ]
    before = rows(db_path)
    counts, change = undo_links.apply_attendance_with_undo(db, preview)
    assert counts["walk_ins_added"] == 2 and counts["contacts_created"] == 1
    assert change.text == "import attendance for Huddle 2026-03-03" and change.also == ("contact",)
    after = rows(db_path)
    assert len(after["contacts"]) == len(before["contacts"]) + 1

    change.undo(db)
    assert rows(db_path) == before  # marks back, walk-ins and the new contact gone
    change.redo(db)
    assert rows(db_path) == after


def test_walk_in_contact_used_since_is_not_taken_away(db, db_path) -> None:  # noqa: ANN001
    session_id = huddle(db, {})
    preview = AttendancePreview(session_id, "huddle.xlsx")
    preview.walk_ins = [WalkIn(20, "Dana", "Scully", "dana@example.org", "FBI")]
    _counts, change = undo_links.apply_attendance_with_undo(db, preview)
    dana = rows(db_path)["contacts"][-1][0]
    add_membership(db, dana, 1)
    used = rows(db_path)
    with pytest.raises(ConflictError, match="Dana Scully was used after this step"):
        change.undo(db)
    assert rows(db_path) == used


def test_outside_the_role_needs_a_yes_and_undoes_the_same(db, db_path) -> None:  # noqa: ANN001
    from collab_desktop.services.sessions.role_restrictions import OutsideRoleError, role_problems

    ana = person(db, "Ana", "Ruiz")
    add_membership(db, ana, 4, "scientist")
    with db.session() as s:
        row = LearningSession(
            collaborative_id=4, title="Private", start_at=FUTURE,
            end_at=FUTURE + timedelta(hours=1), restricted_role="scientist",
        )  # fmt: skip
        s.add(row)
        s.flush()
        session_id = row.id
    assert list(role_problems(db, session_id, [ana, 4])) == [4]  # Megan is the lead contact
    before = rows(db_path)
    with pytest.raises(OutsideRoleError):
        undo_links.register_with_undo(db, session_id, [ana, 4])
    assert rows(db_path) == before  # nobody registered: all or none
    change = undo_links.register_with_undo(db, session_id, [ana, 4], any_role=True)
    assert change.text == "register 2 people for Private 2031-02-04"
    change.undo(db)
    assert rows(db_path) == before


def test_redo_refuses_when_the_contact_is_gone(db, db_path) -> None:  # noqa: ANN001
    from collab_desktop.services.directory.contacts import delete_contacts

    ana = person(db, "Ana", "Ruiz")
    _added, change = undo_links.add_members_with_undo(db, 4, [ana])
    change.undo(db)
    delete_contacts(db, [ana])
    gone = rows(db_path)
    with pytest.raises(ConflictError, match="a record it belongs to was deleted"):
        change.redo(db)
    assert rows(db_path) == gone
