"""A new rule for a whole series keeps registrations, past attendance and sign-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from collab_desktop.domain import clock
from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.safety.trash import list_trash, restore_from_trash
from collab_desktop.services.sessions.registrations import (
    list_registrations,
    register,
    register_series,
    set_status,
)
from collab_desktop.services.sessions.series import create_series, series_sessions
from collab_desktop.services.sessions.series_edits import edit_whole_series

NY = ZoneInfo("America/New_York")


def person(db, name: str) -> int:  # noqa: ANN001
    return save_contact(
        db, ContactRecord(first_name=name, last_name="Tester", email=f"{name}@example.org")
    ).id


def tuesday_weeks_ago(weeks: int) -> datetime:
    """Noon on the Tuesday some weeks before this one, by the app's clock (a series partly over)."""
    today = clock.now().astimezone(NY).date()
    monday = today - timedelta(days=today.weekday())
    day = monday + timedelta(days=1) - timedelta(weeks=weeks)
    return datetime(day.year, day.month, day.day, 12, tzinfo=NY)


def weekly(db, first: datetime, count: int):  # noqa: ANN001, ANN201
    template = SessionRecord(title="Working session", start=first, end=first + timedelta(hours=1))
    return create_series(db, template, f"FREQ=WEEKLY;BYDAY=TU;COUNT={count}")


def statuses(db, session_id: int) -> dict[int, str]:  # noqa: ANN001
    return {r.contact_id: r.status for r in list_registrations(db, session_id)}


# Around this week's Tuesday noon session and the Wednesday noon it moves to: before, during
# and after each, and the days around them. From Tuesday 13:00 to Wednesday noon (New York) the
# Tuesday is over and its Wednesday twin still to come: the hours the test once failed in.
INSTANTS = [
    datetime(2026, 11, 30, 9, tzinfo=NY),  # Monday
    datetime(2026, 12, 1, 11, tzinfo=NY),  # Tuesday, before the session
    datetime(2026, 12, 1, 12, 30, tzinfo=NY),  # Tuesday, during it
    datetime(2026, 12, 1, 13, 30, tzinfo=NY),  # Tuesday, after it
    datetime(2026, 12, 2, 7, 10, tzinfo=NY),  # Wednesday morning
    datetime(2026, 12, 2, 12, 30, tzinfo=NY),  # Wednesday, during the new session
    datetime(2026, 12, 3, 18, tzinfo=NY),  # Thursday evening
]


@pytest.mark.parametrize("now", INSTANTS, ids=lambda d: f"{d:%a-%H%M}")
def test_moving_the_weekday_keeps_past_attendance_and_registrations(db, clock, now) -> None:  # noqa: ANN001
    clock.set(now)
    result = weekly(db, tuesday_weeks_ago(3), 8)
    past, future = result.sessions[0], result.sessions[5]
    ana, ben, cleo = person(db, "ana"), person(db, "ben"), person(db, "cleo")
    set_status(db, register(db, past.id, ana).id, "attended")
    register(db, future.id, ben)
    register_series(db, result.series_id, cleo)

    template = series_sessions(db, result.series_id)[0]
    edit_whole_series(db, result.series_id, template, "FREQ=WEEKLY;BYDAY=WE;COUNT=8")
    rows = {s.id: s for s in series_sessions(db, result.series_id)}

    # The attended session is what happened: kept on its Tuesday, with its attendance, and no
    # new Wednesday occurrence is made beside it.
    assert rows[past.id].start == past.start and statuses(db, past.id) == {ana: "attended"}
    assert past.start.date() + timedelta(days=1) not in {s.start.date() for s in rows.values()}
    # A planned session moves to the Wednesday of its week with its registrations.
    assert rows[future.id].start.date() == future.start.date() + timedelta(days=1)
    assert statuses(db, future.id) == {ben: "registered", cleo: "registered"}
    upcoming = [s for s in rows.values() if s.start > now]
    assert upcoming and all(s.start.weekday() == 2 for s in upcoming)
    assert all(cleo in statuses(db, s.id) for s in upcoming)
    assert list_trash(db) == []


def test_dropped_occurrences_with_registrations_go_to_the_trash(db) -> None:  # noqa: ANN001
    first = datetime(2031, 3, 4, 12, tzinfo=NY)
    result = weekly(db, first, 5)
    last = result.sessions[4]
    dana = person(db, "dana")
    register(db, last.id, dana)

    template = series_sessions(db, result.series_id)[0]
    edit_whole_series(db, result.series_id, template, "FREQ=WEEKLY;BYDAY=TU;COUNT=3")
    assert [s.start.date() for s in series_sessions(db, result.series_id)] == [
        date(2031, 3, 4),
        date(2031, 3, 11),
        date(2031, 3, 18),
    ]
    [entry] = list_trash(db)
    restore_from_trash(db, entry.id)
    assert statuses(db, last.id) == {dana: "registered"}


def test_sign_ups_to_the_private_series_follow_a_split(db) -> None:  # noqa: ANN001
    from collab_desktop.domain.series_records import FollowupPlan
    from collab_desktop.services.directory.memberships import add_membership
    from collab_desktop.services.sessions.series_edits import edit_this_and_following
    from collab_desktop.services.sessions.sessions import list_sessions

    first = datetime(2031, 1, 14, 12, tzinfo=NY)
    template = SessionRecord(title="Seminar", start=first, end=first + timedelta(hours=1))
    result = create_series(db, template, "FREQ=MONTHLY;BYDAY=2TU;COUNT=4", FollowupPlan())
    sam = person(db, "sam")
    add_membership(db, sam, 1, role="scientist")
    register_series(db, result.followup_series_id, sam)
    third = result.sessions[2]
    split = edit_this_and_following(db, third.id, third, "FREQ=MONTHLY;BYDAY=2TU;COUNT=2")
    [later_part] = {
        s.series_id
        for s in list_sessions(db)
        if s.kind == "private session" and s.series_id != result.followup_series_id
    }
    assert len(split.sessions) == 2
    # Extend the later private part: its new session has Sam too.
    follow = series_sessions(db, later_part)[0]
    longer = edit_whole_series(db, later_part, follow, "FREQ=MONTHLY;BYDAY=2TU;COUNT=3")
    assert len(longer.sessions) == 3
    assert all(sam in statuses(db, s.id) for s in longer.sessions)


def test_private_sessions_follow_a_new_pattern_time_and_length(db) -> None:  # noqa: ANN001
    from collab_desktop.domain.series_records import FollowupPlan
    from collab_desktop.services.sessions.series import get_series
    from collab_desktop.services.sessions.series_edits import edit_occurrence

    first = datetime(2031, 1, 14, 12, tzinfo=NY)
    template = SessionRecord(title="Seminar", start=first, end=first + timedelta(hours=1))
    result = create_series(
        db, template, "FREQ=MONTHLY;BYDAY=2TU;COUNT=3", FollowupPlan(gap_minutes=15)
    )
    private = result.followup_sessions[1]
    private_note = "Bring the draft protocol"
    edit_occurrence(db, replace(private, notes=private_note))

    # Wednesdays from 10:00 to 11:30 (the first start keeps its date; the rule picks the days).
    moved = SessionRecord(
        title="Seminar",
        start=first.replace(hour=10),
        end=first.replace(hour=11, minute=30),
    )
    edited = edit_whole_series(db, result.series_id, moved, "FREQ=MONTHLY;BYDAY=2WE;COUNT=3")
    follow = series_sessions(db, result.followup_series_id)
    assert len(follow) == 3
    for main, after in zip(edited.sessions, follow, strict=True):
        assert after.start.date() == main.start.date() and main.start.weekday() == 2
        assert after.start == main.end + timedelta(minutes=15)  # the gap is kept
        assert after.end - after.start == timedelta(hours=1)  # its own length is kept
        assert after.followup_of_id == main.id and after.restricted_role == "scientist"
    # 2nd Wednesdays from 14 January on: February, March, April. February's private session
    # is the same row, a day later, with its notes.
    [kept] = [f for f in follow if f.id == private.id]
    assert kept.start.date() == private.start.date() + timedelta(days=1)
    assert kept.notes == private_note
    assert "BYDAY=2WE" in get_series(db, result.followup_series_id).rrule


def test_this_and_following_at_a_new_time_moves_the_later_private_sessions(db) -> None:  # noqa: ANN001
    from collab_desktop.domain.series_records import FollowupPlan
    from collab_desktop.services.sessions.series_edits import edit_this_and_following

    first = datetime(2031, 1, 14, 12, tzinfo=NY)
    template = SessionRecord(title="Seminar", start=first, end=first + timedelta(hours=1))
    result = create_series(db, template, "FREQ=MONTHLY;BYDAY=2TU;COUNT=4", FollowupPlan())
    third = result.sessions[2]
    later = replace(third, start=third.start.replace(hour=15), end=third.start.replace(hour=16))
    split = edit_this_and_following(db, third.id, later)
    assert [s.start.hour for s in split.sessions] == [15, 15]
    follow = sorted(
        (f for s in split.sessions for f in _followups_of(db, s.id)), key=lambda f: f.start
    )
    assert [(f.start.hour, f.start.date()) for f in follow] == [
        (16, s.start.date()) for s in split.sessions
    ]
    earlier = [f for s in result.sessions[:2] for f in _followups_of(db, s.id)]
    assert [f.start.hour for f in earlier] == [13, 13]  # before the split: unchanged


def _followups_of(db, session_id: int) -> list[SessionRecord]:  # noqa: ANN001
    from collab_desktop.services.sessions.sessions import list_sessions

    return [s for s in list_sessions(db) if s.followup_of_id == session_id]
