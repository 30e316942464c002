"""Series: create with a follow-up, edit one / this and following / all, cancel, conflicts."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.series_records import FollowupPlan
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.errors import ValidationError
from collab_desktop.services.sessions.conflicts import conflicts_for_sessions, find_conflicts
from collab_desktop.services.sessions.series import create_series, get_series, series_sessions
from collab_desktop.services.sessions.series_edits import (
    cancel_occurrence,
    edit_occurrence,
    edit_this_and_following,
    edit_whole_series,
)
from collab_desktop.services.sessions.sessions import get_session, save_session

NY = ZoneInfo("America/New_York")


def seminar(db, year: int = 2030) -> SessionRecord:  # noqa: ANN001
    estar = collaborative_by_name(db, "LHS E-STaR")
    return SessionRecord(
        collaborative_id=estar.id,
        title="LHS competencies seminar",
        start=datetime(year, 1, 8, 12, 0, tzinfo=NY),
        end=datetime(year, 1, 8, 13, 0, tzinfo=NY),
        location="Auditorium E",
        presenters="Dr. Rivera; Dr. Chen",
        capacity=40,
    )


def test_monthly_seminar_with_private_followup_for_a_year(db) -> None:  # noqa: ANN001
    result = create_series(
        db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=12", FollowupPlan(duration_minutes=45)
    )
    assert len(result.sessions) == 12 and len(result.followup_sessions) == 12
    for main, follow in zip(result.sessions, result.followup_sessions, strict=True):
        assert main.start.time() == time(12, 0)  # across both DST changes
        assert follow.start == main.end and follow.followup_of_id == main.id
        assert follow.restricted_role == "scientist" and follow.kind == "private session"
        assert (follow.end - follow.start).seconds == 45 * 60
    assert get_series(db, result.followup_series_id).followup_of_series_id == result.series_id
    # 8 January 2030 is the 2nd Tuesday, so it is the first occurrence itself.
    assert result.sessions[0].start.date() == date(2030, 1, 8)


def test_first_start_that_the_rule_skips_is_not_an_occurrence(db) -> None:  # noqa: ANN001
    rec = seminar(db)
    rec.start, rec.end = rec.start.replace(day=2), rec.end.replace(day=2)
    result = create_series(db, rec, "FREQ=MONTHLY;BYDAY=2TU;COUNT=2")
    assert [s.start.date() for s in result.sessions] == [date(2030, 1, 8), date(2030, 2, 12)]
    assert get_series(db, result.series_id).first_start.date() == date(2030, 1, 8)


def test_edit_one_occurrence_keeps_it_in_the_series(db) -> None:  # noqa: ANN001
    result = create_series(db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=3")
    moved = result.sessions[1]
    moved.start = moved.start.replace(day=13)
    moved.end = moved.end.replace(day=13)
    moved.location = "Room 2"
    saved = edit_occurrence(db, moved)
    assert saved.series_id == result.series_id and saved.location == "Room 2"
    others = [s for s in series_sessions(db, result.series_id) if s.id != moved.id]
    assert {s.location for s in others} == {"Auditorium E"}


def test_this_and_following_splits_the_series(db) -> None:  # noqa: ANN001
    result = create_series(db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=6")
    fourth = result.sessions[3]
    fourth.start = fourth.start.replace(hour=14)
    fourth.end = fourth.end.replace(hour=15)
    fourth.title = "LHS seminar (afternoon)"
    split = edit_this_and_following(db, fourth.id, fourth)
    assert split.series_id != result.series_id
    assert [s.start.hour for s in split.sessions] == [14, 14, 14]
    assert split.sessions[0].id == fourth.id  # kept row, registrations kept
    old = series_sessions(db, result.series_id)
    assert [s.start.month for s in old] == [1, 2, 3]
    assert "UNTIL=" in get_series(db, result.series_id).rrule
    assert get_series(db, split.series_id).rrule.endswith("COUNT=3")


def test_whole_series_edit_changes_time_and_rule(db) -> None:  # noqa: ANN001
    result = create_series(db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=4")
    rec = result.sessions[2]
    rec.start, rec.end = rec.start.replace(hour=9), rec.end.replace(hour=10, minute=30)
    rec.location = "Room 5"
    edited = edit_whole_series(db, result.series_id, rec, "FREQ=MONTHLY;BYDAY=2TU;COUNT=3")
    assert [(s.start.hour, s.end.hour, s.location) for s in edited.sessions] == [
        (9, 10, "Room 5")
    ] * 3
    assert len(series_sessions(db, result.series_id)) == 3
    assert edited.sessions[0].id == result.sessions[0].id


def test_cancel_keeps_row_and_records_exception(db) -> None:  # noqa: ANN001
    result = create_series(db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=4")
    cancelled = cancel_occurrence(db, result.sessions[1].id)
    assert cancelled.cancelled
    series = get_series(db, result.series_id)
    assert [d.date() for d in series.exdates] == [result.sessions[1].start.date()]
    # A later whole-series edit does not bring the skipped date back.
    rec = get_session(db, result.sessions[0].id)
    rec.title = "Renamed"
    edited = edit_whole_series(db, result.series_id, rec)
    assert len(edited.sessions) == 3 and {s.title for s in edited.sessions} == {"Renamed"}
    assert get_session(db, result.sessions[1].id).cancelled


def test_annual_gathering_belongs_to_all_collaboratives(db) -> None:  # noqa: ANN001
    rec = SessionRecord(
        collaborative_id=None,
        title="Annual learning session",
        kind="annual learning session",
        start=datetime(2030, 10, 15, 9, tzinfo=NY),
        end=datetime(2030, 10, 15, 16, tzinfo=NY),
    )
    saved = save_session(db, rec)
    assert saved.collaborative_name == "All collaboratives"


def test_conflicts_same_presenter_or_room(db) -> None:  # noqa: ANN001
    result = create_series(db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=2")
    other = seminar(db)
    other.title = "Coaching"
    other.start = other.start.replace(minute=30)
    other.end = other.end.replace(hour=14)
    other.location = "Room 9"
    other.presenters = "dr. chen"
    hints = find_conflicts(db, other)
    assert [(h.other_id, h.reason) for h in hints] == [(result.sessions[0].id, "presenter")]
    assert "Same presenter (dr. chen)" in hints[0].describe()
    other.location, other.presenters = "auditorium e", ""
    assert [h.reason for h in find_conflicts(db, other)] == ["location"]
    assert conflicts_for_sessions(db, result.sessions) == []


def test_bad_rule_is_a_validation_error(db) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        create_series(db, seminar(db), "FREQ=SOMETIMES")
    assert "rrule" in err.value.errors
    with pytest.raises(ValidationError, match="more than 500 sessions"):
        create_series(db, seminar(db), "FREQ=DAILY")  # two years of days, open-ended


def test_deleted_occurrence_stays_out_of_whole_series_edits_until_restored(db) -> None:  # noqa: ANN001
    from collab_desktop.services.safety.trash import restore_from_trash
    from collab_desktop.services.sessions.sessions import delete_session

    result = create_series(db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=3")
    series_id = result.series_id
    second = result.sessions[1]
    entry = delete_session(db, second.id)
    assert len(get_series(db, series_id).exdates) == 1

    template = seminar(db)
    template.title = "Renamed seminar"
    edit_whole_series(db, series_id, template)
    sessions = series_sessions(db, series_id)
    assert [s.start.date() for s in sessions] == [
        result.sessions[0].start.date(),
        result.sessions[2].start.date(),
    ]
    assert {s.title for s in sessions} == {"Renamed seminar"}

    restore_from_trash(db, entry.id)
    assert get_series(db, series_id).exdates == []
    edit_whole_series(db, series_id, template)
    assert [s.start.date() for s in series_sessions(db, series_id)] == [
        s.start.date() for s in result.sessions
    ]


def test_this_and_following_splits_the_followup_series_too(db) -> None:  # noqa: ANN001
    from collab_desktop.services.sessions.series import series_sessions as sessions_of

    result = create_series(
        db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=6", FollowupPlan(duration_minutes=45)
    )
    third = result.sessions[2]
    template = seminar(db)
    template.title = "New format seminar"
    template.start = third.start
    template.end = third.end
    split = edit_this_and_following(db, third.id, template)

    old_follow = get_series(db, result.followup_series_id)
    assert old_follow.followup_of_series_id == result.series_id
    assert len(sessions_of(db, result.followup_series_id)) == 2
    from collab_desktop.services.sessions.sessions import list_sessions

    follow_ids = {
        s.series_id for s in list_sessions(db, series_id=None) if s.kind == "private session"
    }
    follow_ids.discard(result.followup_series_id)
    [new_follow_id] = follow_ids
    new_follow = get_series(db, new_follow_id)
    assert new_follow.followup_of_series_id == split.series_id
    later = sessions_of(db, new_follow_id)
    assert len(later) == 4
    assert all(f.followup_of_id in {s.id for s in split.sessions} for f in later)


@pytest.mark.parametrize("scope", ["whole series", "this and following"])
def test_a_series_edit_from_a_stale_form_is_refused(db, scope: str) -> None:  # noqa: ANN001
    from dataclasses import replace

    from collab_desktop.services.errors import StaleRecord
    from collab_desktop.store.acting_user import set_user

    result = create_series(db, seminar(db), "FREQ=MONTHLY;BYDAY=2TU;COUNT=4")
    form = result.sessions[2]  # the occurrence the coordinator has open
    set_user("dana")
    try:
        save_session(db, replace(get_session(db, form.id), location="Room 9"))
    finally:
        set_user(None)
    edited = replace(form, presenters="Dr Osei")
    with pytest.raises(StaleRecord, match=r"^session \d+ was changed by dana"):
        if scope == "whole series":
            edit_whole_series(db, result.series_id, edited)
        else:
            edit_this_and_following(db, form.id, edited)
    assert get_session(db, form.id).presenters != "Dr Osei"  # nothing written
    # From the stored version, the same edit goes through.
    fresh = replace(get_session(db, form.id), presenters="Dr Osei")
    if scope == "whole series":
        edit_whole_series(db, result.series_id, fresh)
    else:
        edit_this_and_following(db, form.id, fresh)
