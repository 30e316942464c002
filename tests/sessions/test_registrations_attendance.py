"""Series sign-up, whole-collaborative add, statuses, check-in with undo, attendance history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.sessions.attendance import (
    attendance_history,
    check_in,
    shown_status,
    undo_check_in,
)
from collab_desktop.services.sessions.registrations import (
    capacity_text,
    list_registrations,
    register,
    register_collaborative,
    register_series,
    set_status,
    unregister_series,
)
from collab_desktop.services.sessions.series import create_series, series_sessions
from collab_desktop.services.sessions.series_edits import edit_whole_series
from collab_desktop.services.sessions.sessions import get_session, save_session

NY = ZoneInfo("America/New_York")


def person(db, first: str, last: str) -> int:  # noqa: ANN001
    return save_contact(
        db, ContactRecord(first_name=first, last_name=last, email=f"{first}.{last}@example.org")
    ).id


def working_session(db, start: datetime) -> SessionRecord:  # noqa: ANN001
    return SessionRecord(
        collaborative_id=collaborative_by_name(db, "LHS E-STaR").id,
        title="Working session",
        kind="working session",
        start=start,
        end=start + timedelta(hours=1),
        capacity=20,
    )


def test_series_signup_covers_future_and_later_occurrences(db) -> None:  # noqa: ANN001
    first = datetime(2031, 2, 4, 15, tzinfo=NY)
    result = create_series(db, working_session(db, first), "FREQ=MONTHLY;BYDAY=1TU;COUNT=3")
    ana = person(db, "Ana", "Lopez")
    assert register_series(db, result.series_id, ana) == 3
    assert register_series(db, result.series_id, ana) == 0  # twice is harmless
    longer = edit_whole_series(
        db, result.series_id, result.sessions[0], "FREQ=MONTHLY;BYDAY=1TU;COUNT=5"
    )
    assert len(longer.sessions) == 5
    for occurrence in longer.sessions:
        assert [r.contact_id for r in list_registrations(db, occurrence.id)] == [ana]
    assert get_session(db, longer.sessions[4].id).registered_count == 1
    assert unregister_series(db, result.series_id, ana) == 5
    assert {
        r.status
        for s in series_sessions(db, result.series_id)
        for r in list_registrations(db, s.id)
    } == {"cancelled"}


def test_add_whole_collaborative_by_role_and_capacity(db) -> None:  # noqa: ANN001
    estar = collaborative_by_name(db, "LHS E-STaR")
    ids = [person(db, f"P{i}", f"Member{i}") for i in range(4)]
    for i, cid in enumerate(ids):
        add_membership(db, cid, estar.id, role="scientist" if i % 2 == 0 else "member")
    session = save_session(db, working_session(db, datetime(2031, 3, 3, 15, tzinfo=NY)))
    scientists = register_collaborative(db, session.id, estar.id, role="scientist")
    assert scientists.added == 2 and scientists.already == 0
    everyone = register_collaborative(db, session.id, estar.id)
    assert everyone.already == 2 and everyone.added >= 2
    count = get_session(db, session.id).registered_count
    assert capacity_text(count, 20) == f"{count}/20" and capacity_text(3, None) == "3"
    gathering = save_session(
        db,
        SessionRecord(
            collaborative_id=None,
            title="October gathering",
            kind="annual learning session",
            start=datetime(2031, 10, 14, 9, tzinfo=NY),
            end=datetime(2031, 10, 14, 16, tzinfo=NY),
        ),
    )
    combined = register_collaborative(db, gathering.id, None)
    assert combined.added >= count  # members of every collaborative, each once
    assert len(set(combined.contact_ids)) == combined.added


def test_statuses_check_in_undo_and_history(db) -> None:  # noqa: ANN001
    past = save_session(db, working_session(db, datetime(2024, 5, 7, 15, tzinfo=NY)))
    later = save_session(db, working_session(db, datetime(2032, 5, 4, 15, tzinfo=NY)))
    ana, ben = person(db, "Ana", "Lopez"), person(db, "Ben", "Okafor")
    reg_ana = register(db, past.id, ana)
    reg_ben = register(db, past.id, ben)
    register(db, later.id, ana)
    assert check_in(db, reg_ana.id).previous == "registered"
    set_status(db, reg_ben.id, "absent")
    history = attendance_history(db, ana)
    assert [(h.session_id, h.status) for h in history] == [
        (later.id, "registered"),
        (past.id, "attended"),
    ]
    undo_check_in(db, reg_ana.id, "registered")
    assert attendance_history(db, ana)[1].status == "not yet marked"
    assert attendance_history(db, ben)[0].status == "absent"
    now = datetime(2024, 5, 7, 20, tzinfo=UTC)
    assert shown_status("registered", past.end, now) == "not yet marked"
    assert shown_status("registered", past.end, now - timedelta(hours=2)) == "registered"
