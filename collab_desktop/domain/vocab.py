"""The domain's fixed vocabularies: kinds, statuses, participant types, roles, session kinds."""

from __future__ import annotations

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate

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
# Stored kind -> its English label; shown through session_kind_label() in the chosen language.
SESSION_KIND_LABELS = {
    "learning seminar": QT_TRANSLATE_NOOP("Vocabulary", "Learning seminar"),
    "private session": QT_TRANSLATE_NOOP("Vocabulary", "Private session"),
    "working session": QT_TRANSLATE_NOOP("Vocabulary", "Community-of-practice working session"),
    "annual learning session": QT_TRANSLATE_NOOP("Vocabulary", "Annual learning session"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

REGISTRATION_STATUSES = ("registered", "waitlisted", "attended", "excused", "absent", "cancelled")
# What a coordinator may mark a person with once the session is on (mark, the status buttons).
MARK_STATUSES = ("attended", "excused", "absent", "registered")
# Registrations that take a place in the session (a waitlisted person does not, yet).
HOLDS_A_PLACE = ("registered", "attended", "excused", "absent")
# Shown for a "registered" person once the session is over and nobody marked them.
NOT_YET_MARKED = "not yet marked"

# The built-in stored values, marked once for translation; they stay English in the database and
# in files meant for machines, and are shown through vocabulary_label().
_BUILT_IN_WORDS = (
    QT_TRANSLATE_NOOP("Vocabulary", "improvement"),
    QT_TRANSLATE_NOOP("Vocabulary", "innovation"),
    QT_TRANSLATE_NOOP("Vocabulary", "implementation"),
    QT_TRANSLATE_NOOP("Vocabulary", "applied"),
    QT_TRANSLATE_NOOP("Vocabulary", "research"),
    QT_TRANSLATE_NOOP("Vocabulary", "planned"),
    QT_TRANSLATE_NOOP("Vocabulary", "active"),
    QT_TRANSLATE_NOOP("Vocabulary", "closed"),
    QT_TRANSLATE_NOOP("Vocabulary", "patient"),
    QT_TRANSLATE_NOOP("Vocabulary", "family member"),
    QT_TRANSLATE_NOOP("Vocabulary", "frontline team member"),
    QT_TRANSLATE_NOOP("Vocabulary", "researcher"),
    QT_TRANSLATE_NOOP("Vocabulary", "improver"),
    QT_TRANSLATE_NOOP("Vocabulary", "operations"),
    QT_TRANSLATE_NOOP("Vocabulary", "lead contact"),
    QT_TRANSLATE_NOOP("Vocabulary", "member"),
    QT_TRANSLATE_NOOP("Vocabulary", "presenter"),
    QT_TRANSLATE_NOOP("Vocabulary", "coach"),
    QT_TRANSLATE_NOOP("Vocabulary", "scholar"),
    QT_TRANSLATE_NOOP("Vocabulary", "scientist"),
    QT_TRANSLATE_NOOP("Vocabulary", "investigator"),
    QT_TRANSLATE_NOOP("Vocabulary", "QI leader"),
    QT_TRANSLATE_NOOP("Vocabulary", "learning seminar"),
    QT_TRANSLATE_NOOP("Vocabulary", "private session"),
    QT_TRANSLATE_NOOP("Vocabulary", "working session"),
    QT_TRANSLATE_NOOP("Vocabulary", "annual learning session"),
    QT_TRANSLATE_NOOP("Vocabulary", "other"),
    QT_TRANSLATE_NOOP("Vocabulary", "registered"),
    QT_TRANSLATE_NOOP("Vocabulary", "waitlisted"),
    QT_TRANSLATE_NOOP("Vocabulary", "attended"),
    QT_TRANSLATE_NOOP("Vocabulary", "excused"),
    QT_TRANSLATE_NOOP("Vocabulary", "absent"),
    QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    QT_TRANSLATE_NOOP("Vocabulary", "not yet marked"),
    "(not set)",  # report_records.TYPE_NOT_SET, marked there
)
BUILT_IN_WORDS = frozenset(_BUILT_IN_WORDS)


def vocabulary_label(value: str) -> str:
    """A stored vocabulary value as shown to people: a built-in one in the chosen language; one
    users typed (a custom role or participant type) as they typed it."""
    return translate("Vocabulary", value) if value in BUILT_IN_WORDS else value


def session_kind_label(kind: str) -> str:
    """A session kind's label in the chosen language ("Learning seminar"); unknown kinds as stored."""
    label = SESSION_KIND_LABELS.get(kind)
    return translate("Vocabulary", label) if label else kind


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
