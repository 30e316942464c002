"""A session deleted and put back: the follow-up that pointed at it loses the link and gets it
back, and both are lines in the follow-up's History (by whom, when), on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.safety import trash
from collab_desktop.services.safety.history import record_history
from collab_desktop.services.sessions import sessions
from collab_desktop.store import acting_user

START = datetime(2026, 10, 14, 13, 0, tzinfo=UTC)
GATHERING = "October gathering (2026-10-14)"


def _pair(db) -> tuple[SessionRecord, SessionRecord]:  # noqa: ANN001
    first = sessions.save_session(
        db, SessionRecord(title="October gathering", start=START, end=START + timedelta(hours=2))
    )
    later = START + timedelta(days=7)
    followup = sessions.save_session(
        db,
        SessionRecord(
            title="Follow-up call",
            start=later,
            end=later + timedelta(hours=1),
            followup_of_id=first.id,
        ),
    )
    return first, followup


def _link_lines(db, session_id: int) -> list:  # noqa: ANN001
    return [e for e in record_history(db, "session", session_id) if e.field == "followup_of_id"]


def test_the_follow_up_link_going_and_coming_back_is_in_its_history(db, clock) -> None:  # noqa: ANN001
    first, followup = _pair(db)
    clock.advance(timedelta(hours=1))
    entry = sessions.delete_session(db, first.id)
    assert sessions.get_session(db, followup.id).followup_of_id is None
    clock.advance(timedelta(hours=1))
    acting_user.set_user("dana")
    try:
        trash.restore_from_trash(db, entry.id)
    finally:
        acting_user.set_user(None)

    assert sessions.get_session(db, followup.id).followup_of_id == first.id
    deleted, restored = _link_lines(db, followup.id)
    assert (deleted.old, deleted.new, deleted.at) == (
        GATHERING,
        None,
        clock.moment - timedelta(hours=1),
    )
    assert (restored.old, restored.new, restored.user, restored.at) == (
        None,
        GATHERING,
        "dana",
        clock.moment,
    )
    # The restored session's own history ends with its coming back, not the follow-up's line.
    assert [e.field for e in record_history(db, "session", first.id)][-1] == "restored"


def test_a_link_set_again_meanwhile_is_left_alone_and_not_recorded(db, clock) -> None:  # noqa: ANN001
    first, followup = _pair(db)
    other = sessions.save_session(
        db, SessionRecord(title="Kickoff", start=START, end=START + timedelta(hours=1))
    )
    entry = sessions.delete_session(db, first.id)
    # Someone points the follow-up at another session before the restore.
    sessions.save_session(
        db, replace(sessions.get_session(db, followup.id), followup_of_id=other.id)
    )
    trash.restore_from_trash(db, entry.id)

    assert sessions.get_session(db, followup.id).followup_of_id == other.id
    assert [(e.old, e.new) for e in _link_lines(db, followup.id)] == [
        (GATHERING, None),
        (None, "Kickoff (2026-10-14)"),
    ]


def test_a_session_deleted_with_its_follow_up_brings_no_extra_line(db, clock) -> None:  # noqa: ANN001
    first, followup = _pair(db)
    entry = trash.delete_to_trash(db, "session", [first.id, followup.id])
    trash.restore_from_trash(db, entry.id)
    assert sessions.get_session(db, followup.id).followup_of_id == first.id
    assert _link_lines(db, followup.id) == []
