"""A collaborative's History lists its members joining, changing and leaving ("member: Ann Lee"),
whichever way the membership was written; emptying the trash forgets a person's lines there.
On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory import collaboratives, contacts, memberships
from collab_desktop.services.rosters.import_history import undo_import
from collab_desktop.services.rosters.roster_import import import_roster
from collab_desktop.services.safety import trash
from collab_desktop.services.safety.history import HistoryEntry, record_history
from collab_desktop.store import acting_user


def fields(entries: list[HistoryEntry]) -> list[tuple[str, str | None, str | None]]:
    return [(e.field, e.old, e.new) for e in entries]


def members(db, collaborative_id: int) -> list[tuple[str, str | None, str | None]]:  # noqa: ANN001
    """The collaborative's member lines of the people these tests add (not the sample data's)."""
    history = record_history(db, "collaborative", collaborative_id)
    return [f for f in fields(history) if f[0] in ("member: Ann Lee", "member: Bo Chen")]


def _person(db, first: str, last: str, email: str) -> ContactRecord:  # noqa: ANN001
    return contacts.save_contact(db, ContactRecord(first_name=first, last_name=last, email=email))


@pytest.fixture
def collab(db):  # noqa: ANN001, ANN201
    return collaboratives.list_collaboratives(db)[0]


def test_joining_changing_and_leaving_with_who(db, clock, collab) -> None:  # noqa: ANN001
    ann = _person(db, "Ann", "Lee", "ann@example.org")
    acting_user.set_user("dana")
    try:
        m = memberships.add_membership(db, ann.id, collab.id, "member", date(2026, 2, 1))
        clock.advance(timedelta(hours=1))
        memberships.update_membership(db, m.id, "coach", date(2026, 2, 1), False)
    finally:
        acting_user.set_user(None)
    memberships.remove_membership(db, m.id)

    history = record_history(db, "collaborative", collab.id)
    lines = [e for e in history if e.field == "member: Ann Lee"]
    assert fields(lines) == [
        ("member: Ann Lee", None, "member, joined 2026-02-01"),
        ("member: Ann Lee", "member, joined 2026-02-01", "coach, joined 2026-02-01, inactive"),
        ("member: Ann Lee", "coach, joined 2026-02-01, inactive", None),
    ]
    assert [e.user for e in lines[:2]] == ["dana", "dana"]
    assert lines[1].at == lines[0].at + timedelta(hours=1)


def test_a_contact_deleted_and_put_back_leaves_and_rejoins(db, clock, collab) -> None:  # noqa: ANN001
    ann = _person(db, "Ann", "Lee", "ann@example.org")
    memberships.add_membership(db, ann.id, collab.id, "member", date(2026, 2, 1))
    entry = contacts.delete_contact(db, ann.id)
    assert members(db, collab.id)[-1] == ("member: Ann Lee", "member, joined 2026-02-01", None)
    trash.restore_from_trash(db, entry.id)
    assert members(db, collab.id)[-1] == ("member: Ann Lee", None, "member, joined 2026-02-01")


def test_a_removed_membership_put_back_from_the_trash(db, clock, collab) -> None:  # noqa: ANN001
    ann = _person(db, "Ann", "Lee", "ann@example.org")
    m = memberships.add_membership(db, ann.id, collab.id, "member", date(2026, 2, 1))
    entry = memberships.remove_membership(db, m.id)
    trash.restore_from_trash(db, entry.id)
    assert [(old, new) for _f, old, new in members(db, collab.id)] == [
        (None, "member, joined 2026-02-01"),
        ("member, joined 2026-02-01", None),
        (None, "member, joined 2026-02-01"),
    ]


def _xlsx(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_a_roster_import_and_its_undo(db, clock, collab, tmp_path: Path) -> None:  # noqa: ANN001
    ann = _person(db, "Ann", "Lee", "ann@example.org")
    memberships.add_membership(db, ann.id, collab.id, "member", date(2026, 2, 1))
    roster = _xlsx(
        tmp_path / "roster.xlsx",
        [
            ["First Name", "Last Name", "Email", "Role"],
            ["Ann", "Lee", "ann@example.org", "coach"],
            ["Bo", "Chen", "bo@example.org", "member"],
        ],
    )
    clock.advance(timedelta(days=1))
    _plan, result = import_roster(
        db, roster, ImportOptions(policy="overwrite", collaborative_id=collab.id)
    )
    bo = contacts.contact_by_email(db, "bo@example.org")
    [bo_m] = memberships.list_memberships_of_contact(db, bo.id)
    joined = f"member, joined {bo_m.joined_on.isoformat()}"
    ann_after = memberships.list_memberships_of_contact(db, ann.id)[0]
    assert ann_after.role == "coach"
    assert sorted(members(db, collab.id)[1:]) == [
        ("member: Ann Lee", "member, joined 2026-02-01", "coach, joined 2026-02-01"),
        ("member: Bo Chen", None, joined),
    ]

    undo_import(db, result.batch_id)
    assert sorted(members(db, collab.id)[3:]) == [
        ("member: Ann Lee", "coach, joined 2026-02-01", "member, joined 2026-02-01"),
        ("member: Bo Chen", joined, None),
    ]


def test_deleting_the_collaborative_itself_lists_no_member_leaving(db, clock, collab) -> None:  # noqa: ANN001
    ann = _person(db, "Ann", "Lee", "ann@example.org")
    memberships.add_membership(db, ann.id, collab.id, "member", date(2026, 2, 1))
    entry = trash.delete_to_trash(db, "collaborative", [collab.id])
    trash.restore_from_trash(db, entry.id)
    assert fields(record_history(db, "collaborative", collab.id))[-3:] == [
        ("member: Ann Lee", None, "member, joined 2026-02-01"),
        ("deleted", collab.name, None),
        ("restored", None, collab.name),
    ]
    # The member's own history says it all the same.
    assert fields(record_history(db, "contact", ann.id))[-2:] == [
        (f"membership: {collab.name}", "member, joined 2026-02-01", None),
        (f"membership: {collab.name}", None, "member, joined 2026-02-01"),
    ]


def test_emptying_the_trash_forgets_a_persons_member_lines(db, clock) -> None:  # noqa: ANN001
    first, second = collaboratives.list_collaboratives(db)[:2]
    ann = _person(db, "Ann", "Lee", "ann@example.org")
    bo = _person(db, "Bo", "Chen", "bo@example.org")
    left = memberships.add_membership(db, ann.id, second.id, "member", date(2026, 1, 1))
    memberships.remove_membership(db, left.id)  # left before the deletion
    memberships.add_membership(db, ann.id, first.id, "member", date(2026, 2, 1))
    memberships.add_membership(db, bo.id, first.id, "member", date(2026, 2, 1))
    contacts.delete_contact(db, ann.id)

    trash.empty_trash(db)

    assert members(db, first.id) == [("member: Bo Chen", None, "member, joined 2026-02-01")]
    assert members(db, second.id) == []


def test_a_namesake_keeps_their_own_member_lines(db, clock) -> None:  # noqa: ANN001
    first, second = collaboratives.list_collaboratives(db)[:2]
    ann = _person(db, "Ann", "Lee", "ann@example.org")
    other_ann = _person(db, "Ann", "Lee", "ann.lee@example.org")
    memberships.add_membership(db, ann.id, first.id, "member", date(2026, 2, 1))
    memberships.add_membership(db, other_ann.id, second.id, "coach", date(2026, 3, 1))
    contacts.delete_contact(db, ann.id)

    trash.empty_trash(db)

    assert members(db, first.id) == []
    assert members(db, second.id) == [("member: Ann Lee", None, "coach, joined 2026-03-01")]
