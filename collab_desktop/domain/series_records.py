"""Plain records for series, follow-ups, conflicts and attendance (they cross layers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.translation import translate


@dataclass(slots=True)
class SeriesRecord:
    """A recurring series: its rule, first occurrence and exceptions (local wall-clock times)."""

    id: str = ""
    collaborative_id: int | None = None
    title: str = ""
    kind: str = "learning seminar"
    rrule: str = ""
    first_start: datetime | None = None
    duration_minutes: int = 60
    timezone: str = "UTC"
    exdates: list[datetime] = field(default_factory=list)
    location: str = ""
    presenters: str = ""
    capacity: int | None = None
    followup_of_series_id: str | None = None
    restricted_role: str = ""
    description: str = ""


@dataclass(slots=True)
class FollowupPlan:
    """The linked session that follows each occurrence (e.g. a private session for scientists)."""

    title: str = "Private session"
    kind: str = "private session"
    gap_minutes: int = 0
    duration_minutes: int = 60
    restricted_role: str = "scientist"
    location: str | None = None  # None: the same room as the main session


@dataclass(slots=True)
class SeriesResult:
    """What creating or splitting a series made."""

    series_id: str
    sessions: list[SessionRecord]
    followup_series_id: str | None = None
    followup_sessions: list[SessionRecord] = field(default_factory=list)


@dataclass(slots=True)
class ConflictHint:
    """Two sessions that overlap with the same presenter or in the same room."""

    session_id: int | None
    other_id: int
    other_title: str
    other_start: datetime
    reason: str  # "presenter" | "location"
    detail: str

    def describe(self) -> str:
        """One line for a warning, e.g. 'Same room (Room 3) as "Seminar" at 2026-01-13 12:00'."""
        what = (
            translate("SeriesRecords", "Same presenter")
            if self.reason == "presenter"
            else translate("SeriesRecords", "Same room")
        )
        when = self.other_start.strftime("%Y-%m-%d %H:%M")
        return f'{what} ({self.detail}) as "{self.other_title}" at {when}'


@dataclass(slots=True)
class AttendanceEntry:
    """One line of a contact's attendance history."""

    registration_id: int
    session_id: int
    title: str
    start: datetime
    collaborative_name: str
    status: str  # registered, attended, absent, cancelled, or "not yet marked"


@dataclass(slots=True)
class BulkAddResult:
    """What adding a whole collaborative (or role) to a session did."""

    added: int = 0
    already: int = 0
    contact_ids: list[int] = field(default_factory=list)
