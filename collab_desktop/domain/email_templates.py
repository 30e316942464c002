"""The e-mails coordinators send about a session, as templates they can edit.

A template's subject and text name the session's details in braces, e.g. ``{title}``;
anything else in braces is left as written.
"""

from __future__ import annotations

import re

from collab_desktop.domain.document_records import EmailTemplate

EMAIL_KINDS = ("invitation", "reminder", "thanks")
PLACEHOLDERS = {
    "title": "the session's title",
    "collaborative": "the collaborative (or 'All collaboratives')",
    "date": "the day, e.g. Tuesday 10 March 2026",
    "time": "start and end, e.g. 12:00-13:00 (America/New_York)",
    "location": "where it is held",
    "presenters": "who presents",
}

DEFAULT_TEMPLATES = {
    "invitation": EmailTemplate(
        "invitation",
        "Invitation: {title}, {date}",
        "Hello,\n\n"
        "You are invited to {title} ({collaborative}).\n\n"
        "When: {date}, {time}\n"
        "Where: {location}\n"
        "Presenters: {presenters}\n\n"
        "The calendar invitation is attached; open it to add the session to your calendar.\n\n"
        "With best wishes,\n",
    ),
    "reminder": EmailTemplate(
        "reminder",
        "Reminder: {title}, {date}",
        "Hello,\n\n"
        "A reminder that {title} ({collaborative}) is coming up.\n\n"
        "When: {date}, {time}\n"
        "Where: {location}\n\n"
        "The calendar invitation is attached again in case you need it.\n\n"
        "See you there,\n",
    ),
    "thanks": EmailTemplate(
        "thanks",
        "Thank you for joining {title}",
        "Hello,\n\n"
        "Thank you for taking part in {title} ({collaborative}) on {date}.\n\n"
        "We look forward to seeing you at the next session.\n\n"
        "With thanks,\n",
    ),
}

_FIELD = re.compile(r"\{([a-z_]+)\}")


def fill(text: str, values: dict[str, str]) -> str:
    """The text with each known ``{name}`` replaced; other braces stay as they are."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def unknown_fields(text: str) -> list[str]:
    return sorted({m for m in _FIELD.findall(text) if m not in PLACEHOLDERS})
