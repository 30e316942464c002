"""Whole-series sign-ups reach every occurrence a series edit makes, whatever the clock says.

The clock fixture stops the app's clock on Wednesday 2 December 2026, 10:00 New York time; each
series here starts weeks before it, so some occurrences are over and some are to come.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.domain.series_records import FollowupPlan
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.safety.trash import list_trash, restore_from_trash
from collab_desktop.services.sessions.calendar_export import calendar_events
from collab_desktop.services.sessions.registrations import (
    list_registrations,
    register,
    register_series,
    set_status,
)
from collab_desktop.services.sessions.series import create_series, series_sessions
from collab_desktop.services.sessions.series_edits import edit_this_and_following, edit_whole_series
from collab_desktop.services.sessions.sessions import delete_session, list_sessions

NY = ZoneInfo("America/New_York")
TUESDAY_NOON = datetime(2026, 11, 10, 12, tzinfo=NY)  # three weeks before the clock's Tuesday


def person(db, name: str) -> int:  # noqa: ANN001
    return save_contact(
        db, ContactRecord(first_name=name, last_name="Tester", email=f"{name}@example.org")
    ).id


def weekly(db, count: int, first: datetime = TUESDAY_NOON, followup: FollowupPlan | None = None):  # noqa: ANN001, ANN201
    template = SessionRecord(title="Working session", start=first, end=first + timedelta(hours=1))
    return create_series(db, template, f"FREQ=WEEKLY;BYDAY=TU;COUNT={count}", followup)


def people_at(db, session_id: int) -> set[int]:  # noqa: ANN001
    return {r.contact_id for r in list_registrations(db, session_id) if r.status != "cancelled"}


def upcoming(sessions, now: datetime) -> list:  # noqa: ANN001
    return [s for s in sessions if s.start > now and not s.cancelled]


def test_extending_by_count_gives_the_new_occurrences_the_sign_ups(db, clock) -> None:  # noqa: ANN001
    result = weekly(db, 5)
    cleo = person(db, "cleo")
    register_series(db, result.series_id, cleo)
    template = series_sessions(db, result.series_id)[0]
    longer = edit_whole_series(db, result.series_id, template, "FREQ=WEEKLY;BYDAY=TU;COUNT=9")
    assert len(longer.sessions) == 9
    to_come = upcoming(longer.sessions, clock.moment)
    assert len(to_come) == 5  # 8 December to 5 January
    assert all(cleo in people_at(db, s.id) for s in to_come)
    assert all(cleo not in people_at(db, s.id) for s in longer.sessions if s not in to_come)


def test_extending_by_until_gives_the_new_occurrences_the_sign_ups(db, clock) -> None:  # noqa: ANN001
    result = weekly(db, 5)
    cleo = person(db, "cleo")
    register_series(db, result.series_id, cleo)
    template = series_sessions(db, result.series_id)[0]
    rule = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270126T235959Z"
    longer = edit_whole_series(db, result.series_id, template, rule)
    assert longer.sessions[-1].start.date() == date(2027, 1, 26)
    assert all(cleo in people_at(db, s.id) for s in upcoming(longer.sessions, clock.moment))


def test_a_split_to_a_new_weekday_keeps_the_sign_ups_on_every_occurrence_to_come(db, clock) -> None:  # noqa: ANN001
    # Split at this week's Tuesday (over, nobody came) and move the rest to Wednesdays: this
    # week's row becomes today's Wednesday at noon, still to come, and must have Cleo.
    clock.set(datetime(2026, 12, 2, 10, tzinfo=NY))
    result = weekly(db, 8)
    cleo = person(db, "cleo")
    register_series(db, result.series_id, cleo)
    this_tuesday = result.sessions[3]
    assert this_tuesday.start.date() == date(2026, 12, 1)
    moved = SessionRecord(
        title="Working session",
        start=datetime(2026, 12, 2, 12, tzinfo=NY),
        end=datetime(2026, 12, 2, 13, tzinfo=NY),
    )
    split = edit_this_and_following(db, this_tuesday.id, moved, "FREQ=WEEKLY;BYDAY=WE;COUNT=6")
    assert len(split.sessions) == 6 and split.sessions[0].start.date() == date(2026, 12, 2)
    assert all(s.start.weekday() == 2 for s in split.sessions)
    assert all(cleo in people_at(db, s.id) for s in split.sessions)
    # The part before the split is untouched: no sign-up is added to what is over.
    assert all(cleo not in people_at(db, s.id) for s in series_sessions(db, result.series_id))


def test_a_split_with_a_longer_rule_signs_people_up_for_the_added_dates(db, clock) -> None:  # noqa: ANN001
    result = weekly(db, 6)
    ana = person(db, "ana")
    register_series(db, result.series_id, ana)
    later = result.sessions[4]  # 8 December, to come
    split = edit_this_and_following(db, later.id, later, "FREQ=WEEKLY;BYDAY=TU;COUNT=5")
    assert len(split.sessions) == 5
    assert all(ana in people_at(db, s.id) for s in split.sessions)


def test_an_occurrence_put_back_from_the_trash_gets_sign_ups_made_meanwhile(db, clock) -> None:  # noqa: ANN001
    result = weekly(db, 8)
    ana, ben = person(db, "ana"), person(db, "ben")
    register_series(db, result.series_id, ana)
    coming, over = result.sessions[5], result.sessions[1]
    delete_session(db, coming.id)
    delete_session(db, over.id)
    register_series(db, result.series_id, ben)  # while the two dates were skipped
    for entry in list_trash(db):
        restore_from_trash(db, entry.id)
    assert people_at(db, coming.id) == {ana, ben}
    assert people_at(db, over.id) == set()  # over: a sign-up covers what is to come only
    # The restored date is part of the series again: a whole-series edit keeps it.
    template = series_sessions(db, result.series_id)[0]
    edited = edit_whole_series(db, result.series_id, template)
    assert coming.id in {s.id for s in edited.sessions}


def test_a_follow_up_series_keeps_its_sign_ups_when_its_seminars_move(db, clock) -> None:  # noqa: ANN001
    clock.set(datetime(2026, 12, 2, 10, tzinfo=NY))
    result = weekly(db, 8, followup=FollowupPlan())
    sam = person(db, "sam")
    add_membership(db, sam, 1, role="scientist")
    register_series(db, result.followup_series_id, sam)
    template = series_sessions(db, result.series_id)[0]
    edit_whole_series(db, result.series_id, template, "FREQ=WEEKLY;BYDAY=WE;COUNT=8")
    follow = series_sessions(db, result.followup_series_id)
    to_come = upcoming(follow, clock.moment)
    # This week's private session (Tuesday 13:00, over) moved to today 13:00: Sam has it too.
    assert to_come[0].start == datetime(2026, 12, 2, 13, tzinfo=NY)
    assert len(to_come) == 5 and all(sam in people_at(db, s.id) for s in to_come)


@pytest.fixture
def held_tuesday(db, clock):  # noqa: ANN001, ANN201
    """A Tuesday series moved to Wednesdays on a Wednesday morning after Tuesday's session had
    attendance: the Tuesday stays as held, and the new Wednesday of the same week is made."""
    clock.set(datetime(2026, 12, 2, 10, tzinfo=NY))
    result = weekly(db, 8)
    ana, cleo = person(db, "ana"), person(db, "cleo")
    this_tuesday = result.sessions[3]
    set_status(db, register(db, this_tuesday.id, ana).id, "attended")
    register_series(db, result.series_id, cleo)
    template = series_sessions(db, result.series_id)[0]
    edit_whole_series(db, result.series_id, template, "FREQ=WEEKLY;BYDAY=WE;COUNT=8")
    return result, this_tuesday, cleo


def test_a_kept_occurrence_and_its_new_twin_are_both_listed_and_told_apart(
    db, held_tuesday
) -> None:  # noqa: ANN001
    result, tuesday, cleo = held_tuesday
    week = [
        s
        for s in list_sessions(db, series_id=result.series_id)
        if date(2026, 11, 30) <= s.start.date() <= date(2026, 12, 6)
    ]
    assert [(s.start.date(), s.held_on_old_day) for s in week] == [
        (date(2026, 12, 1), True),
        (date(2026, 12, 2), False),
    ]
    kept, twin = week
    assert kept.id == tuesday.id and kept.state_note() == " (held on the old day)"
    assert twin.state_note() == "" and cleo in people_at(db, twin.id)
    assert sum(s.held_on_old_day for s in list_sessions(db)) == 1  # only the attended one


def test_a_kept_occurrence_is_exported_on_its_own_beside_the_new_rule(db, held_tuesday) -> None:  # noqa: ANN001
    result, tuesday, _ = held_tuesday
    events, _ = calendar_events(db, series_id=result.series_id)
    starts = {e.start.date() for e in events if e.rrule is None}
    assert date(2026, 12, 1) in starts  # the held Tuesday is not lost from the calendar file
    [recurring] = [e for e in events if e.rrule]
    assert "BYDAY=WE" in recurring.rrule


def test_the_kept_occurrence_returns_to_the_pattern_when_the_old_day_does(db, held_tuesday) -> None:  # noqa: ANN001
    result, tuesday, _ = held_tuesday
    template = series_sessions(db, result.series_id)[0]
    edit_whole_series(db, result.series_id, template, "FREQ=WEEKLY;BYDAY=TU;COUNT=8")
    rows = {s.id: s for s in series_sessions(db, result.series_id)}
    assert not rows[tuesday.id].held_on_old_day
    assert rows[tuesday.id].start.date() == date(2026, 12, 1)
