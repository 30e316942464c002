"""Plain dataclasses that cross layers: services return them, the GUI and CLI show them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

from collab_desktop.domain.record_words import count_text, join_words
from collab_desktop.domain.translation import translate


@dataclass(slots=True)
class CollaborativeRecord:
    """A collaborative as shown and edited in forms."""

    id: int | None = None
    name: str = ""
    short_name: str = ""
    kind: str = "improvement"
    focus: str = "applied"
    status: str = "active"
    start_date: date | None = None
    sponsor: str = ""
    description: str = ""
    colour: str = "#1565C0"
    member_count: int = 0
    # Who made the record and who last changed it; version is the one a form was loaded with
    # (the optimistic lock: a save based on another version is refused).
    version: int | None = None
    created_by: str = ""
    updated_by: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


# A contact's text fields, in the order rosters read and write them (name and email first).
CONTACT_TEXT_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "organization",
    "department",
    "job_title",
    "participant_type",
    "notes",
)
# What the contact form edits and a save writes: the text fields and the consent flag.
CONTACT_EDITABLE_FIELDS = (*CONTACT_TEXT_FIELDS, "consent")
# What every save moves on by itself (the optimistic lock and who/when): never a form's edit.
STAMP_FIELDS = ("version", "created_by", "created_at", "updated_by", "updated_at")


@dataclass(slots=True)
class ContactRecord:
    """A person: patient, family member, staff, researcher, ..."""

    id: int | None = None
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    organization: str = ""
    department: str = ""
    job_title: str = ""
    participant_type: str = ""
    notes: str = ""
    consent: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    collaboratives: list[str] = field(default_factory=list)
    # Who made the record and who last changed it; version is the one a form was loaded with
    # (the optimistic lock: a save based on another version is refused).
    version: int | None = None
    created_by: str = ""
    updated_by: str = ""

    @property
    def display_name(self) -> str:
        """First and last name, or the email when the person has no name."""
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.email


class ContactRow(NamedTuple):
    """One line of the contacts table: only the shown fields, compact for 50,000 rows."""

    id: int
    last_name: str
    first_name: str
    email: str
    organization: str
    participant_type: str
    collaboratives: str  # names joined with ", "

    @property
    def display_name(self) -> str:
        """First and last name, or the email when the person has no name."""
        return f"{self.first_name} {self.last_name}".strip() or self.email


@dataclass(slots=True)
class MembershipRecord:
    """A contact's place in a collaborative, with the names needed to show it."""

    id: int | None = None
    contact_id: int = 0
    collaborative_id: int = 0
    role: str = "member"
    joined_on: date | None = None
    active: bool = True
    contact_name: str = ""
    contact_email: str = ""
    collaborative_name: str = ""
    # Who made the record and who last changed it; version is the one a form was loaded with
    # (the optimistic lock: a save based on another version is refused).
    version: int | None = None
    created_by: str = ""
    updated_by: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class SessionRecord:
    """A learning session; start and end are timezone-aware in the workstation's zone."""

    id: int | None = None
    collaborative_id: int | None = None
    title: str = ""
    kind: str = "learning seminar"
    start: datetime | None = None
    end: datetime | None = None
    location: str = ""
    presenters: str = ""
    capacity: int | None = None
    notes: str = ""
    series_id: str | None = None
    followup_of_id: int | None = None
    restricted_role: str = ""
    cancelled: bool = False
    collaborative_name: str = ""
    colour: str = ""
    registered_count: int = 0
    # An occurrence that was over when its series moved to a new pattern: kept where it was
    # held (with its attendance), beside the new pattern's occurrences.
    held_on_old_day: bool = False
    # Who made the record and who last changed it; version is the one a form was loaded with
    # (the optimistic lock: a save based on another version is refused).
    version: int | None = None
    created_by: str = ""
    updated_by: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def state_note(self) -> str:
        """' (cancelled)', ' (held on the old day)' or '': what a list adds to the title."""
        if self.cancelled:
            return " (cancelled)"
        if self.held_on_old_day:
            return translate("Records", " (held on the old day)")
        return ""


@dataclass(slots=True)
class RegistrationRecord:
    """A contact's registration for one session."""

    id: int | None = None
    session_id: int = 0
    contact_id: int = 0
    status: str = "registered"
    registered_at: datetime | None = None
    updated_at: datetime | None = None
    walk_in: bool = False
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    organization: str = ""
    waitlist_position: int | None = None  # 1, 2, ... while waitlisted
    # Who made the record and who last changed it; version is the one a form was loaded with
    # (the optimistic lock: a save based on another version is refused).
    version: int | None = None
    created_by: str = ""
    updated_by: str = ""


@dataclass(slots=True)
class DeleteImpact:
    """What else a delete removes, to say so in the confirmation."""

    memberships: int = 0
    sessions: int = 0
    registrations: int = 0

    def describe(self) -> str:
        """Plain words for the confirmation dialog, e.g. '3 memberships and 2 sessions'."""
        parts = [
            count_text(table, count)
            for table, count in (
                ("memberships", self.memberships),
                ("learning_sessions", self.sessions),
                ("registrations", self.registrations),
            )
            if count
        ]
        if not parts:
            return translate("Records", "nothing else")
        return join_words(parts)
