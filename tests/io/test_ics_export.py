"""Calendar export parsed back with icalendar and, from the raw text, with dateutil's rrulestr."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.series_records import FollowupPlan
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.sessions.calendar_export import export_calendar
from collab_desktop.services.sessions.series import create_series
from collab_desktop.services.sessions.series_edits import cancel_occurrence, edit_occurrence
from collab_desktop.services.sessions.sessions import save_session

NY = ZoneInfo("America/New_York")


def make_year(db):  # noqa: ANN001, ANN201
    estar = collaborative_by_name(db, "LHS E-STaR")
    seminar = SessionRecord(
        collaborative_id=estar.id,
        title="LHS seminar",
        start=datetime(2030, 1, 8, 12, tzinfo=NY),
        end=datetime(2030, 1, 8, 13, tzinfo=NY),
        location="Auditorium E",
        presenters="Dr. Rivera",
        notes="Bring questions; the slides go out the day before.",
    )
    result = create_series(db, seminar, "FREQ=MONTHLY;BYDAY=2TU;COUNT=12", FollowupPlan())
    cancel_occurrence(db, result.sessions[5].id)  # June skipped
    moved = result.sessions[8]  # September moved to the Wednesday
    moved.start, moved.end = moved.start.replace(day=12), moved.end.replace(day=12)
    edit_occurrence(db, moved)
    gathering = save_session(
        db,
        SessionRecord(
            collaborative_id=None,
            title="Annual gathering",
            kind="annual learning session",
            start=datetime(2030, 10, 15, 9, tzinfo=NY),
            end=datetime(2030, 10, 15, 16, tzinfo=NY),
            location="Hanover Inn",
        ),
    )
    return estar, result, gathering


def read(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_series_round_trip_with_icalendar(db, tmp_path: Path) -> None:  # noqa: ANN001
    estar, result, _ = make_year(db)
    path = tmp_path / "estar.ics"
    count = export_calendar(db, path, collaborative_id=estar.id)
    assert count == 4  # seminar master, moved September, follow-up master, the gathering
    cal = read(path)
    assert [tz.tz_name for tz in cal.timezones] == ["America/New_York"]
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    master = events[f"series-{result.series_id}@collab-desktop"]
    assert master.start == datetime(2030, 1, 8, 12, tzinfo=NY)
    assert master["DTSTART"].params["TZID"] == "America/New_York"
    assert master["RRULE"].to_ical() == b"FREQ=MONTHLY;COUNT=12;BYDAY=2TU"
    exdates = [
        d.dt
        for ex in [master["EXDATE"]]
        for d in (ex if isinstance(ex, list) else [ex])
        for d in d.dts
    ]
    assert sorted(d.date() for d in exdates) == [date(2030, 6, 11), date(2030, 9, 10)]
    assert str(master["LOCATION"]) == "Auditorium E"
    assert "Presenter: Dr. Rivera" in str(master["DESCRIPTION"])
    moved = events[f"session-{result.sessions[8].id}@collab-desktop"]
    assert moved.start == datetime(2030, 9, 12, 12, tzinfo=NY)
    follow = events[f"series-{result.followup_series_id}@collab-desktop"]
    assert "scientists only" in str(follow["DESCRIPTION"])
    assert b"UID:series-" in path.read_bytes() and b"\r\n" in path.read_bytes()


def raw_events(text: str) -> list[dict[str, list[str]]]:
    """VEVENT blocks of an .ics text as NAME -> content lines, unfolded by hand (RFC 5545 3.1)."""
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    events: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] | None = None
    for line in unfolded.split("\r\n"):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT" and current is not None:
            events.append(current)
            current = None
        elif current is not None:
            name = line.split(":", 1)[0].split(";", 1)[0]
            current.setdefault(name, []).append(line)
    return events


def starts_of(event: dict[str, list[str]]) -> list[datetime]:
    """Occurrence starts of one raw VEVENT, expanded by dateutil from DTSTART/RRULE/EXDATE."""
    # A single event is its DTSTART: a one-time rule lets dateutil parse it the same way.
    rule = event.get("RRULE", ["RRULE:FREQ=DAILY;COUNT=1"])
    lines = event["DTSTART"] + rule + event.get("EXDATE", [])
    return list(rrulestr("\n".join(lines), tzinfos={"America/New_York": NY}, forceset=True))


def test_second_parser_expands_local_times(db, tmp_path: Path) -> None:  # noqa: ANN001
    _, result, gathering = make_year(db)
    path = tmp_path / "all.ics"
    export_calendar(db, path)
    events = raw_events(path.read_bytes().decode("utf-8"))
    assert all(e["DTSTART"][0].startswith("DTSTART;TZID=America/New_York:") for e in events)
    by_summary: dict[str, list[datetime]] = {}
    for event in events:
        summary = event["SUMMARY"][0].split(":", 1)[1]
        by_summary.setdefault(summary, []).extend(starts_of(event))
    seminars = sorted(by_summary["LHS seminar"])
    assert len(seminars) == 11  # 12 less the skipped June; September moved to the 12th
    assert all(s.time() == time(12, 0) for s in seminars)
    assert datetime(2030, 9, 12, 12, tzinfo=NY) in seminars
    assert {s.utcoffset().total_seconds() / 3600 for s in seminars} == {-5, -4}
    private = by_summary["Private session"]
    assert len(private) == 12 and all(s.time() == time(13, 0) for s in private)
    assert by_summary["Annual gathering"] == [datetime(2030, 10, 15, 9, tzinfo=NY)]
    uids = {e["UID"][0] for e in events}
    assert f"UID:session-{gathering.id}@collab-desktop" in uids


def test_one_session_and_stable_uids(db, tmp_path: Path) -> None:  # noqa: ANN001
    _, result, _ = make_year(db)
    first = tmp_path / "one.ics"
    export_calendar(db, first, session_id=result.sessions[0].id)
    again = tmp_path / "again.ics"
    export_calendar(db, again, session_id=result.sessions[0].id)
    uids = [[str(e["UID"]) for e in read(p).walk("VEVENT")] for p in (first, again)]
    assert uids[0] == uids[1] == [f"session-{result.sessions[0].id}@collab-desktop"]
    series_file = tmp_path / "series.ics"
    assert export_calendar(db, series_file, series_id=result.series_id) == 2


def test_open_ended_rule_is_exported_up_to_its_last_materialized_occurrence(db, tmp_path) -> None:  # noqa: ANN001
    weekly = SessionRecord(
        collaborative_id=collaborative_by_name(db, "Care Experience").id,
        title="Huddle",
        start=datetime(2030, 1, 2, 9, tzinfo=NY),
        end=datetime(2030, 1, 2, 9, 30, tzinfo=NY),
    )
    result = create_series(db, weekly, "FREQ=WEEKLY;BYDAY=WE")
    path = tmp_path / "huddle.ics"
    export_calendar(db, path, series_id=result.series_id)
    (event,) = read(path).walk("VEVENT")
    until = event["RRULE"]["UNTIL"][0]
    assert until == result.sessions[-1].start.astimezone(ZoneInfo("UTC"))
    assert len(starts_of(raw_events(path.read_bytes().decode("utf-8"))[0])) == len(result.sessions)
