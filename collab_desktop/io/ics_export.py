"""RFC 5545 calendar files (.ics) with the icalendar library, imported only when used.

Each event carries its zone by name (DTSTART;TZID=America/New_York plus a VTIMEZONE), never a
fixed offset, so Outlook shows a noon seminar at noon on both sides of a DST change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

PRODID = "-//Collab Desktop//Session calendar//EN"
UID_DOMAIN = "collab-desktop"


def series_uid(series_id: str) -> str:
    """Stable UID of a series: re-importing the file updates the series instead of copying it."""
    return f"series-{series_id}@{UID_DOMAIN}"


def session_uid(session_id: int) -> str:
    """Stable UID of one session (a single session or an occurrence exported on its own)."""
    return f"session-{session_id}@{UID_DOMAIN}"


@dataclass(slots=True)
class IcsEvent:
    """One VEVENT: a single session, or a series master with its rule and exceptions."""

    uid: str
    start: datetime
    end: datetime
    summary: str
    location: str = ""
    description: str = ""
    categories: list[str] = field(default_factory=list)
    rrule: str | None = None
    exdates: list[datetime] = field(default_factory=list)
    cancelled: bool = False
    last_modified: datetime | None = None


def _sequence(moment: datetime | None) -> int:
    """A SEQUENCE that grows with every change (minutes since 2020), so updates win on import."""
    if moment is None:
        return 0
    return max(0, int((moment - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds() // 60))


def build_calendar(events: list[IcsEvent], name: str = "Collab Desktop sessions") -> bytes:
    """The calendar file's bytes (CRLF lines, folded as RFC 5545 wants)."""
    from icalendar import Calendar, Event, vRecur

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.start)
        event.add("dtend", item.end)
        event.add("summary", item.summary)
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        if item.categories:
            event.add("categories", item.categories)
        if item.rrule:
            event.add("rrule", vRecur.from_ical(item.rrule))
        for skipped in item.exdates:
            event.add("exdate", skipped.astimezone(item.start.tzinfo))
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        event.add("transp", "OPAQUE")
        if item.last_modified is not None:
            event.add("last-modified", item.last_modified.astimezone(UTC).replace(microsecond=0))
        event.add("sequence", _sequence(item.last_modified))
        cal.add_component(event)
    if events:
        first = min(e.start for e in events).date() - timedelta(days=366)
        last = max(_last_date(e) for e in events) + timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()


def _last_date(event: IcsEvent):  # noqa: ANN202 - date
    if event.rrule:
        from collab_desktop.domain.recurrence import expand

        starts = expand(event.rrule, event.start)
        if starts:
            return starts[-1].date()
    return event.end.date()


def write_calendar(path: Path, events: list[IcsEvent], name: str) -> Path:
    """Write the .ics file and return its path."""
    path = Path(path)
    path.write_bytes(build_calendar(events, name))
    return path
