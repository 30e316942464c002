"""The .ics writer, read back with icalendar: every field, escaping, folding and zones."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar

from collab_desktop.io.ics_export import IcsEvent, build_calendar

NY, PARIS = ZoneInfo("America/New_York"), ZoneInfo("Europe/Paris")
AWKWARD = "Séminaire; très long, with commas, a \\backslash and ünïcödé — past 75 octets " * 2


def _events() -> list[IcsEvent]:
    return [
        IcsEvent(
            uid="series-s1@collab-desktop",
            start=datetime(2030, 1, 8, 12, tzinfo=NY),
            end=datetime(2030, 1, 8, 13, tzinfo=NY),
            summary=AWKWARD,
            location="Salle 2B, Hanover; east wing",
            description="Line one\nLine two; semi, comma\r\nLine three é",
            categories=["Care, Experience", "E-STaR; scientists"],
            rrule="BYDAY=2TU;FREQ=MONTHLY;COUNT=12",
            exdates=[datetime(2030, 6, 11, 16, tzinfo=UTC)],
            cancelled=True,
            last_modified=datetime(2029, 5, 5, 5, 5, 5, tzinfo=UTC),
        ),
        IcsEvent(
            uid="session-2@collab-desktop",
            start=datetime(2031, 3, 1, 9, tzinfo=PARIS),
            end=datetime(2031, 3, 1, 10, tzinfo=PARIS),
            summary="Paris",
        ),
        IcsEvent(
            uid="session-3@collab-desktop",
            start=datetime(2031, 3, 1, 9, tzinfo=UTC),
            end=datetime(2031, 3, 1, 10, tzinfo=UTC),
            summary="In UTC",
        ),
    ]


def test_every_field_reads_back_as_written() -> None:
    data = build_calendar(_events(), name="Care, Experience; 2030")
    cal = icalendar.Calendar.from_ical(data)
    assert b"X-WR-CALNAME:Care\\, Experience\\; 2030\r\n" in data  # TEXT, escaped
    series, paris, utc = cal.walk("VEVENT")
    assert str(series["SUMMARY"]) == AWKWARD
    assert str(series["LOCATION"]) == "Salle 2B, Hanover; east wing"
    assert str(series["DESCRIPTION"]) == "Line one\nLine two; semi, comma\nLine three é"
    assert [str(c) for c in series["CATEGORIES"].cats] == ["Care, Experience", "E-STaR; scientists"]
    assert series.decoded("DTSTART") == datetime(2030, 1, 8, 12, tzinfo=NY)
    assert series["DTSTART"].params["TZID"] == "America/New_York"
    assert series["RRULE"].to_ical() == b"FREQ=MONTHLY;COUNT=12;BYDAY=2TU"
    assert series["EXDATE"].dts[0].dt == datetime(2030, 6, 11, 12, tzinfo=NY)
    assert str(series["STATUS"]) == "CANCELLED" and str(paris["STATUS"]) == "CONFIRMED"
    assert series.decoded("LAST-MODIFIED") == datetime(2029, 5, 5, 5, 5, 5, tzinfo=UTC)
    assert series.decoded("SEQUENCE") > 0 and paris.decoded("SEQUENCE") == 0
    assert paris.decoded("DTEND") == datetime(2031, 3, 1, 10, tzinfo=PARIS)
    assert utc.decoded("DTSTART") == datetime(2031, 3, 1, 9, tzinfo=UTC)
    assert b"DTSTART:20310301T090000Z" in data
    assert sorted(str(z["TZID"]) for z in cal.walk("VTIMEZONE")) == [
        "America/New_York",
        "Europe/Paris",
    ]
    assert "LOCATION" not in paris and "RRULE" not in paris


def test_lines_are_crlf_and_folded_at_75_octets_between_characters() -> None:
    data = build_calendar(_events())
    assert data.endswith(b"END:VCALENDAR\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) == 75
    for line in lines:
        line.decode("utf-8")  # no fold splits a character
    unfolded = data.replace(b"\r\n ", b"").decode()
    assert any(
        line.startswith("SUMMARY:Séminaire\\; très long\\,") for line in unfolded.split("\r\n")
    )


def test_an_empty_calendar_is_still_a_calendar() -> None:
    cal = icalendar.Calendar.from_ical(build_calendar([]))
    assert cal.walk("VEVENT") == [] and cal.walk("VTIMEZONE") == []
