"""The domain's fixed vocabularies: kinds, statuses, participant types, roles, session kinds."""

from __future__ import annotations

COLLABORATIVE_KINDS = ("improvement", "innovation", "implementation")
COLLABORATIVE_FOCUSES = ("applied", "research")
COLLABORATIVE_STATUSES = ("planned", "active", "closed")

# Built-in participant types; users may add their own (stored in the participant_types table).
PARTICIPANT_TYPES = (
    "patient",
    "family member",
    "frontline team member",
    "researcher",
    "improver",
    "operations",
)

# Built-in membership roles; the list is editable (stored in the membership_roles table).
MEMBERSHIP_ROLES = (
    "lead contact",
    "member",
    "presenter",
    "coach",
    "scholar",
    "scientist",
    "investigator",
    "QI leader",
)

SESSION_KINDS = (
    "learning seminar",
    "private session",
    "working session",
    "annual learning session",
    "other",
)
SESSION_KIND_LABELS = {
    "learning seminar": "Learning seminar",
    "private session": "Private session",
    "working session": "Community-of-practice working session",
    "annual learning session": "Annual learning session",
    "other": "Other",
}

REGISTRATION_STATUSES = ("registered", "waitlisted", "attended", "excused", "absent", "cancelled")
# What a coordinator may mark a person with once the session is on (mark, the status buttons).
MARK_STATUSES = ("attended", "excused", "absent", "registered")
# Registrations that take a place in the session (a waitlisted person does not, yet).
HOLDS_A_PLACE = ("registered", "attended", "excused", "absent")
# Shown for a "registered" person once the session is over and nobody marked them.
NOT_YET_MARKED = "not yet marked"

# Calendar colours offered for collaboratives (readable on light and dark backgrounds).
CALENDAR_COLOURS = (
    "#2E7D32",
    "#1565C0",
    "#AD1457",
    "#EF6C00",
    "#6A1B9A",
    "#00838F",
    "#5D4037",
    "#C62828",
)
