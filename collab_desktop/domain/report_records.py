"""Plain dataclasses for the reports: the filter and one record type per measure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP

# Participant types whose share of attendees sponsors ask about.
PATIENT_FAMILY_TYPES = ("patient", "family member")
# Shown for a contact whose participant type is not recorded (through vocabulary_label()).
TYPE_NOT_SET = QT_TRANSLATE_NOOP("Vocabulary", "(not set)")


def share(part: int, whole: int) -> float | None:
    """part / whole as a fraction, or None when there is nothing to divide by."""
    return part / whole if whole else None


# How the attendance rate is counted; shown through translate("ReportRecords", RATE_RULE).
RATE_RULE = QT_TRANSLATE_NOOP(
    "ReportRecords", "attended / (attended + absent); excused and not yet marked are left out"
)


def attendance_rate(attended: int, absent: int) -> float | None:
    """The attendance rate: attended / (attended + absent). Excused people sent word and are
    counted on their own, and people nobody marked yet are unknown: neither lowers the rate."""
    return share(attended, attended + absent)


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """What a report covers: one collaborative (None: all) and an inclusive local date range."""

    collaborative_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(slots=True)
class CountRow:
    """People in one group (a participant type or a role), split into active and inactive."""

    label: str
    active: int = 0
    inactive: int = 0

    @property
    def total(self) -> int:
        return self.active + self.inactive


@dataclass(slots=True)
class MonthCount:
    """A count for one calendar month (month is the first day of that month)."""

    month: date
    count: int = 0


@dataclass(slots=True)
class MemberMeasures:
    """Who takes part: people by participant type and by role, active or not, new per month."""

    by_type: list[CountRow] = field(default_factory=list)
    by_role: list[CountRow] = field(default_factory=list)
    active: int = 0
    inactive: int = 0
    new_per_month: list[MonthCount] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.active + self.inactive


@dataclass(slots=True)
class SessionAttendance:
    """One session's registrations: registered (holding a place), attended, excused, absent,
    not yet marked; waitlisted and cancelled apart. Excused is never counted as absent."""

    session_id: int
    day: date
    title: str
    collaborative: str
    kind: str
    series_id: str | None = None
    registered: int = 0
    attended: int = 0
    absent: int = 0
    unmarked: int = 0
    cancelled: int = 0
    excused: int = 0
    waitlisted: int = 0

    @property
    def rate(self) -> float | None:
        """attended / (attended + absent); None while nobody is marked either way."""
        return attendance_rate(self.attended, self.absent)


@dataclass(slots=True)
class AttendanceMonth:
    """Attendance summed over the sessions of one month, for the trend line."""

    month: date
    sessions: int = 0
    registered: int = 0  # holding a place: attended, excused, absent or not yet marked
    attended: int = 0
    excused: int = 0
    absent: int = 0

    @property
    def rate(self) -> float | None:
        return attendance_rate(self.attended, self.absent)


@dataclass(slots=True)
class RetentionPoint:
    """The Nth session of a series: how many of the first session's attendees came again."""

    number: int
    session_id: int
    day: date
    attended: int
    retained: int
    base: int

    @property
    def retained_share(self) -> float | None:
        return share(self.retained, self.base)


@dataclass(slots=True)
class SeriesRetention:
    """Retention over the sessions of one series, first session first."""

    series_id: str
    title: str
    collaborative: str
    points: list[RetentionPoint] = field(default_factory=list)


class AttendeeMix:
    """Totals of a ``counts`` mapping (participant type -> attendees), patient and family called out."""

    __slots__ = ()
    counts: dict[str, int]

    @property
    def attended(self) -> int:
        return sum(self.counts.values())

    @property
    def patient_family(self) -> int:
        return sum(self.counts.get(t, 0) for t in PATIENT_FAMILY_TYPES)

    @property
    def patient_family_share(self) -> float | None:
        return share(self.patient_family, self.attended)


@dataclass(slots=True)
class SessionMix(AttendeeMix):
    """Participant types among one session's attendees, with patient and family partners."""

    session_id: int
    day: date
    title: str
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class MixMeasures:
    """The mix per session, with the participant types in display order (the chart's columns)."""

    types: list[str] = field(default_factory=list)
    sessions: list[SessionMix] = field(default_factory=list)


@dataclass(slots=True)
class PersonSpan:
    """A person with active memberships in more than one collaborative."""

    contact_id: int
    name: str
    email: str
    participant_type: str
    collaboratives: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CertificateRow:
    """A person who attended at least N of a series' sessions (within the report's range)."""

    series_id: str
    series_title: str
    contact_id: int
    name: str
    email: str
    attended: int
    sessions: int


@dataclass(slots=True)
class AnnualGathering:
    """Headline figures for one year's October gathering across collaboratives."""

    year: int
    sessions: int = 0
    registered: int = 0  # holding a place (waitlisted and cancelled people left out)
    attended: int = 0
    excused: int = 0
    absent: int = 0
    people: int = 0
    patient_family: int = 0
    collaboratives: int = 0

    @property
    def rate(self) -> float | None:
        return attendance_rate(self.attended, self.absent)

    @property
    def patient_family_share(self) -> float | None:
        return share(self.patient_family, self.people)


@dataclass(slots=True)
class Report:
    """Every measure for one filter, computed together so screen and export agree.

    An overview (complete False) holds only the member measures; the other measures are empty
    until the rest is computed.
    """

    filter: ReportFilter
    scope: str
    min_attended: int
    members: MemberMeasures
    sessions: list[SessionAttendance] = field(default_factory=list)
    spanning: list[PersonSpan] = field(default_factory=list)
    trend: list[AttendanceMonth] = field(default_factory=list)
    retention: list[SeriesRetention] = field(default_factory=list)
    mix: MixMeasures = field(default_factory=MixMeasures)
    certificates: list[CertificateRow] = field(default_factory=list)
    annual: list[AnnualGathering] = field(default_factory=list)
    complete: bool = True

    @property
    def registered(self) -> int:
        return sum(s.registered for s in self.sessions)

    @property
    def attended(self) -> int:
        return sum(s.attended for s in self.sessions)

    @property
    def excused(self) -> int:
        return sum(s.excused for s in self.sessions)

    @property
    def absent(self) -> int:
        return sum(s.absent for s in self.sessions)

    @property
    def unmarked(self) -> int:
        return sum(s.unmarked for s in self.sessions)

    @property
    def rate(self) -> float | None:
        """attended / (attended + absent) over every session; excused never count as absent."""
        return attendance_rate(self.attended, self.absent)
