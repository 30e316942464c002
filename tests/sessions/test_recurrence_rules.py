"""RRULE building, description and expansion in a named zone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from collab_desktop.domain.recurrence import (
    RecurrenceChoice,
    RecurrenceError,
    build_rrule,
    choice_from_rrule,
    describe_rrule,
    expand,
    normalize_rrule,
    truncate_before,
)

NY = ZoneInfo("America/New_York")


def at(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, 0, tzinfo=NY)


def test_second_tuesday_of_each_month() -> None:
    start = at(2026, 1, 13)
    rule = build_rrule(RecurrenceChoice("monthly", monthly_mode="weekday", count=12), start)
    assert rule == "FREQ=MONTHLY;BYDAY=2TU;COUNT=12"
    days = expand(rule, start)
    assert len(days) == 12
    assert all(d.weekday() == 1 and 8 <= d.day <= 14 for d in days)
    assert describe_rrule(rule, start) == "Every month on the 2nd Tuesday at 12:00, 12 times"


def test_last_friday_and_fifth_weekday_missing_in_some_months() -> None:
    start = at(2026, 1, 30)
    last = build_rrule(
        RecurrenceChoice("monthly", monthly_mode="weekday", week_of_month=-1, count=3), start
    )
    assert [d.date() for d in expand(last, start)] == [
        date(2026, 1, 30),
        date(2026, 2, 27),
        date(2026, 3, 27),
    ]
    fifth = build_rrule(
        RecurrenceChoice(
            "monthly", monthly_mode="weekday", week_of_month=5, weekday=1, until=date(2026, 12, 31)
        ),
        at(2026, 3, 31),
    )
    months = [d.month for d in expand(fifth, at(2026, 3, 31))]
    assert months == [3, 6, 9, 12]  # only months with five Tuesdays
    assert "months without one are skipped" in describe_rrule(fifth, at(2026, 3, 31))


def test_dst_change_keeps_noon_at_noon() -> None:
    start = at(2026, 3, 3)  # EST, before the March change
    days = expand("FREQ=WEEKLY;COUNT=4", start)
    assert [d.time() for d in days] == [time(12, 0)] * 4
    offsets = [d.utcoffset().total_seconds() / 3600 for d in days]
    assert offsets == [-5, -4, -4, -4]
    # November back to standard time: still noon local, 17:00 UTC.
    autumn = expand("FREQ=WEEKLY;COUNT=2", at(2026, 10, 27))
    assert [d.astimezone(ZoneInfo("UTC")).hour for d in autumn] == [16, 17]


def test_until_is_inclusive_and_utc_and_count_stops() -> None:
    start = at(2026, 1, 5, 9)
    rule = build_rrule(RecurrenceChoice("weekly", interval=2, until=date(2026, 3, 2)), start)
    assert rule.endswith("UNTIL=20260302T140000Z")
    assert [d.date() for d in expand(rule, start)][-1] == date(2026, 3, 2)
    assert len(expand("FREQ=DAILY;COUNT=5", start)) == 5
    with pytest.raises(RecurrenceError):
        build_rrule(RecurrenceChoice("daily", count=2, until=date(2026, 2, 1)), start)


def test_exceptions_are_skipped() -> None:
    start = at(2026, 1, 13)
    days = expand("FREQ=MONTHLY;BYDAY=2TU;COUNT=3", start, exdates=[at(2026, 2, 10)])
    assert [d.date() for d in days] == [date(2026, 1, 13), date(2026, 3, 10)]


def test_user_rules_are_normalized_and_bad_ones_refused() -> None:
    start = at(2026, 1, 13)
    assert normalize_rrule("RRULE:freq=weekly;until=20260401", start) == (
        "FREQ=WEEKLY;UNTIL=20260401T160000Z"
    )
    bad_rules = (
        "WEEKLY",
        "FREQ=FORTNIGHTLY",
        "FREQ=WEEKLY;COUNT=x",
        "FREQ=WEEKLY;INTERVAL=0",
        "FREQ=MONTHLY;BYDAY=9TU",
        "FREQ=WEEKLY;FOO=1",
    )
    for bad in bad_rules:
        with pytest.raises(RecurrenceError):
            normalize_rrule(bad, start)


def test_choice_round_trips_and_truncation() -> None:
    start = at(2026, 1, 13)
    choice = RecurrenceChoice("weekly", weekdays=(0, 2), until=date(2026, 6, 1))
    rule = build_rrule(choice, start)
    assert choice_from_rrule(rule, start) == choice
    cut = truncate_before("FREQ=MONTHLY;BYDAY=2TU;COUNT=12", at(2026, 4, 14))
    assert [d.month for d in expand(cut, start)] == [1, 2, 3]
    assert "Every 2 weeks on Monday and Wednesday" in describe_rrule(
        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", start
    )


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(["America/New_York", "Europe/London", "Australia/Sydney", "UTC"]),
    first=st.dates(min_value=date(2024, 1, 1), max_value=date(2035, 12, 31)),
    hour=st.integers(min_value=6, max_value=20),
    week=st.sampled_from([1, 2, 3, 4, 5, -1]),
    interval=st.integers(min_value=1, max_value=3),
    count=st.integers(min_value=1, max_value=24),
)
def test_monthly_weekday_rules_keep_weekday_and_wall_clock(
    zone: str, first: date, hour: int, week: int, interval: int, count: int
) -> None:
    start = datetime(first.year, first.month, first.day, hour, 30, tzinfo=ZoneInfo(zone))
    choice = RecurrenceChoice(
        "monthly", interval=interval, monthly_mode="weekday", week_of_month=week, count=count
    )
    days = expand(build_rrule(choice, start), start)
    assert 1 <= len(days) <= count
    for d in days:
        assert d.weekday() == start.weekday() and d.time() == time(hour, 30)
        if week == -1:
            assert (d + timedelta(days=7)).month != d.month
        else:
            assert (d.day - 1) // 7 + 1 == week
    assert days == sorted(set(days))
