"""History: every change to a contact, collaborative or session is recorded field by field, with
who and when, in the same transaction; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from collab_desktop.domain.import_records import ImportOptions
from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.services.directory import collaboratives, contacts, memberships
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.services.rosters.import_history import undo_import
from collab_desktop.services.rosters.roster_import import import_roster
from collab_desktop.services.safety import trash
from collab_desktop.services.safety.history import HistoryEntry, record_history
from collab_desktop.services.sessions import registrations, sessions
from collab_desktop.services.undo.undo import EditChange
from collab_desktop.store import acting_user
from collab_desktop.store.models import RecordChange

START = datetime(2026, 10, 14, 13, 0, tzinfo=UTC)


@pytest.fixture
def dana():  # noqa: ANN201
    """Changes are made by "dana" (as --user would say)."""
    acting_user.set_user("dana")
    yield "dana"
    acting_user.set_user(None)


def fields(entries: list[HistoryEntry]) -> list[tuple[str, str | None, str | None]]:
    return [(e.field, e.old, e.new) for e in entries]


def new_contact(db, **values) -> ContactRecord:  # noqa: ANN001
    return contacts.save_contact(
        db, ContactRecord(first_name="Ann", last_name="Lee", email="ann@example.org", **values)
    )


def test_an_edit_records_each_changed_field_with_who_and_when(db, clock, dana) -> None:  # noqa: ANN001
    ann = new_contact(db)
    clock.advance(timedelta(hours=2))
    ann.phone, ann.consent, ann.email = "603 555 0100", True, "ann.lee@example.org"
    contacts.save_contact(db, ann)

    history = record_history(db, "contact", ann.id)

    assert fields(history) == [
        ("created", None, "Ann Lee"),
        ("email", "ann@example.org", "ann.lee@example.org"),
        ("phone", None, "603 555 0100"),
        ("consent", "no", "yes"),
    ]
    assert {e.user for e in history} == {"dana"}
    assert history[0].at == clock.moment - timedelta(hours=2)
    assert history[1].at == clock.moment and history[1].at.tzinfo is not None


def test_saving_without_a_change_records_nothing(db, clock) -> None:  # noqa: ANN001
    ann = new_contact(db)
    contacts.save_contact(db, ann)
    assert fields(record_history(db, "contact", ann.id)) == [("created", None, "Ann Lee")]


def test_collaborative_and_session_values_are_readable(db, clock) -> None:  # noqa: ANN001
    collab = collaboratives.list_collaboratives(db)[0]
    other = collaboratives.list_collaboratives(db)[1]
    was = collab.start_date
    collab.start_date = date(2026, 1, 5)
    collaboratives.save_collaborative(db, collab)
    assert fields(record_history(db, "collaborative", collab.id))[-1] == (
        "start_date",
        was and was.isoformat(),
        "2026-01-05",
    )

    saved = sessions.save_session(
        db,
        SessionRecord(
            collaborative_id=collab.id,
            title="October gathering",
            start=START,
            end=START + timedelta(hours=2),
        ),
    )
    saved.start = START + timedelta(days=1)
    saved.end = START + timedelta(days=1, hours=2)
    saved.cancelled = True
    saved.collaborative_id = other.id
    sessions.save_session(db, saved)

    changed = dict((f, (o, n)) for f, o, n in fields(record_history(db, "session", saved.id)))
    assert changed["created"] == (None, "October gathering (2026-10-14)")
    assert changed["start_at"] == ("2026-10-14T13:00:00+00:00", "2026-10-15T13:00:00+00:00")
    assert changed["cancelled"] == ("no", "yes")
    assert changed["collaborative_id"] == (collab.name, other.name)
    # Moving to the workstation's zone and back is no change.
    again = sessions.get_session(db, saved.id)
    sessions.save_session(db, again)
    assert len(record_history(db, "session", saved.id)) == len(changed)


def test_memberships_and_registrations_show_in_the_contact_and_session(db, clock) -> None:  # noqa: ANN001
    ann = new_contact(db)
    collab = collaboratives.list_collaboratives(db)[0]
    m = memberships.add_membership(db, ann.id, collab.id, "member", date(2026, 2, 1))
    memberships.update_membership(db, m.id, "coach", date(2026, 2, 1), False)
    memberships.remove_membership(db, m.id)
    session = sessions.save_session(
        db, SessionRecord(title="October gathering", start=START, end=START + timedelta(hours=1))
    )
    reg = registrations.register(db, session.id, ann.id)
    registrations.set_status(db, reg.id, "attended")

    member = f"membership: {collab.name}"
    registration = "registration: October gathering (2026-10-14)"
    assert fields(record_history(db, "contact", ann.id))[1:] == [
        (member, None, "member, joined 2026-02-01"),
        (member, "member, joined 2026-02-01", "coach, joined 2026-02-01, inactive"),
        (member, "coach, joined 2026-02-01, inactive", None),
        (registration, None, "registered"),
        (registration, "registered", "attended"),
    ]
    assert fields(record_history(db, "session", session.id))[1:] == [
        ("registration: Ann Lee", None, "registered"),
        ("registration: Ann Lee", "registered", "attended"),
    ]


def test_trash_delete_and_restore(db, clock) -> None:  # noqa: ANN001
    ann = new_contact(db)
    collab = collaboratives.list_collaboratives(db)[0]
    memberships.add_membership(db, ann.id, collab.id, "member", date(2026, 2, 1))
    entry = contacts.delete_contact(db, ann.id)
    # Deleted: the history stays readable (the record is in the trash).
    member = f"membership: {collab.name}"
    assert fields(record_history(db, "contact", ann.id))[-2:] == [
        ("deleted", "Ann Lee", None),
        (member, "member, joined 2026-02-01", None),
    ]
    restored = trash.restore_from_trash(db, entry.id)
    assert restored.ids == [ann.id]
    assert fields(record_history(db, "contact", ann.id))[-2:] == [
        ("restored", None, "Ann Lee"),
        (member, None, "member, joined 2026-02-01"),
    ]


def test_a_deleted_collaborative_tells_its_sessions_and_members(db, clock) -> None:  # noqa: ANN001
    ann = new_contact(db)
    collab = collaboratives.list_collaboratives(db)[0]
    memberships.add_membership(db, ann.id, collab.id, "member", date(2026, 2, 1))
    session = sessions.save_session(
        db,
        SessionRecord(
            collaborative_id=collab.id, title="Huddle", start=START, end=START + timedelta(hours=1)
        ),
    )
    trash.delete_to_trash(db, "collaborative", [collab.id])
    assert fields(record_history(db, "collaborative", collab.id))[-1] == (
        "deleted",
        collab.name,
        None,
    )
    assert fields(record_history(db, "session", session.id))[-1] == (
        "deleted",
        "Huddle (2026-10-14)",
        None,
    )
    assert fields(record_history(db, "contact", ann.id))[-1] == (
        f"membership: {collab.name}",
        "member, joined 2026-02-01",
        None,
    )


def test_undo_of_an_edit_records_the_change_back(db, clock, dana) -> None:  # noqa: ANN001
    before = new_contact(db)
    after = contacts.get_contact(db, before.id)
    after.organization = "Mercy Clinic"
    change = EditChange("contact", before, contacts.save_contact(db, after))
    clock.advance(timedelta(minutes=5))
    change.undo(db)
    assert fields(record_history(db, "contact", before.id))[-2:] == [
        ("organization", None, "Mercy Clinic"),
        ("organization", "Mercy Clinic", None),
    ]


def _xlsx(path: Path, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def test_a_roster_import_records_new_contacts_changes_and_memberships(
    db, clock, dana, tmp_path: Path
) -> None:  # noqa: ANN001
    ann = new_contact(db, organization="Valley Hospital")
    collab = collaboratives.list_collaboratives(db)[0]
    roster = _xlsx(
        tmp_path / "roster.xlsx",
        [
            ["First Name", "Last Name", "Email", "Company"],
            ["Ann", "Lee", "ann@example.org", "Mercy Clinic"],
            ["Bo", "Chen", "bo@example.org", "Northern Health"],
        ],
    )
    clock.advance(timedelta(days=1))
    _plan, result = import_roster(
        db, roster, ImportOptions(policy="overwrite", collaborative_id=collab.id)
    )
    assert result.added == 1 and result.updated == 1
    member = f"membership: {collab.name}"
    joined = _joined_on(db, ann.id)
    ann_history = record_history(db, "contact", ann.id)
    assert fields(ann_history)[1:] == [
        ("organization", "Valley Hospital", "Mercy Clinic"),
        (member, None, f"member, joined {_joined_on(db, ann.id)}"),
    ]
    assert {(e.user, e.at) for e in ann_history[1:]} == {("dana", clock.moment)}
    bo = contacts.contact_by_email(db, "bo@example.org")
    assert fields(record_history(db, "contact", bo.id)) == [
        ("created", None, "Bo Chen"),
        (member, None, f"member, joined {_joined_on(db, bo.id)}"),
    ]

    bo_joined = _joined_on(db, bo.id)
    # Undoing the import puts the field back and takes the people out again: recorded too.
    undo_import(db, result.batch_id)
    assert fields(record_history(db, "contact", ann.id))[-2:] == [
        ("organization", "Mercy Clinic", "Valley Hospital"),
        (member, f"member, joined {joined}", None),
    ]
    assert fields(record_history(db, "contact", bo.id))[-2:] == [
        ("deleted", "Bo Chen", None),
        (member, f"member, joined {bo_joined}", None),
    ]


def _joined_on(db, contact_id: int) -> str:  # noqa: ANN001
    (m,) = memberships.list_memberships_of_contact(db, contact_id)
    return m.joined_on.isoformat()


def test_history_is_written_in_the_transaction_of_the_change(db, clock) -> None:  # noqa: ANN001
    from collab_desktop.store.models import Contact

    ann = new_contact(db)

    def count() -> int:
        with db.session() as s:
            return s.scalar(
                select(func.count()).where(
                    RecordChange.kind == "contact", RecordChange.record_id == ann.id
                )
            )

    with pytest.raises(RuntimeError), db.session() as s:
        s.get(Contact, ann.id).phone = "603 555 0100"
        s.flush()
        with db.engine.connect() as other:  # written, but not visible outside the transaction
            assert other.scalar(select(func.count()).where(RecordChange.record_id == ann.id)) == 1
        assert s.scalar(select(func.count()).where(RecordChange.record_id == ann.id)) == 2
        raise RuntimeError("the rest of the change failed")
    assert count() == 1  # only "created": the rolled-back edit left no line


def test_unknown_record_and_kind(db) -> None:  # noqa: ANN001
    with pytest.raises(NotFoundError):
        record_history(db, "contact", 999_999)
    with pytest.raises(ValidationError):
        record_history(db, "membership", 1)


def test_who_is_the_server_user_or_the_login(db, database_kind: str) -> None:  # noqa: ANN001
    from sqlalchemy import text

    acting_user.set_user(None)
    ann = new_contact(db)
    (created,) = record_history(db, "contact", ann.id)
    if database_kind == "postgresql":
        with db.engine.connect() as conn:
            assert created.user == conn.execute(text("SELECT current_user")).scalar()
    else:
        assert created.user == acting_user.login_name()


def test_emptying_the_trash_forgets_the_history_of_what_was_in_it(db, clock) -> None:  # noqa: ANN001
    ann = new_contact(db)
    bo = contacts.save_contact(db, ContactRecord(first_name="Bo", email="bo@example.org"))
    session = sessions.save_session(
        db, SessionRecord(title="October gathering", start=START, end=START + timedelta(hours=1))
    )
    registrations.register(db, session.id, ann.id)
    registrations.register(db, session.id, bo.id)
    contacts.delete_contact(db, ann.id)
    assert record_history(db, "contact", ann.id)  # in the trash: still there to read

    trash.empty_trash(db)

    with pytest.raises(NotFoundError):
        record_history(db, "contact", ann.id)
    # The session keeps its own lines and Bo's, and forgets Ann's registration.
    assert fields(record_history(db, "session", session.id)) == [
        ("created", None, "October gathering (2026-10-14)"),
        ("registration: Bo", None, "registered"),
    ]
    assert len(record_history(db, "contact", bo.id)) == 2


def test_a_record_put_back_under_a_new_id_keeps_its_history(db, clock) -> None:  # noqa: ANN001
    from collab_desktop.store.models import Contact

    ann = new_contact(db, phone="603 555 0100")
    ann.phone = "603 555 0111"
    contacts.save_contact(db, ann)
    entry = contacts.delete_contact(db, ann.id)
    with db.session() as s:  # a newer contact gets Ann's id meanwhile (SQLite gives ids again)
        s.add(Contact(id=ann.id, first_name="Bo", email="bo@example.org"))
    restored = trash.restore_from_trash(db, entry.id)
    (new_id,) = restored.ids
    assert new_id != ann.id
    assert fields(record_history(db, "contact", new_id)) == [
        ("created", None, "Ann Lee"),
        ("phone", "603 555 0100", "603 555 0111"),
        ("deleted", "Ann Lee", None),
        ("restored", None, "Ann Lee"),
    ]
    assert fields(record_history(db, "contact", ann.id)) == [("created", None, "Bo")]
