"""The e-mails coordinators send about a session, as templates they can edit.

A template's subject and text name the session's details in braces, e.g. ``{title}``;
anything else in braces is left as written.
"""

from __future__ import annotations

import re

from collab_desktop.domain.document_records import EmailTemplate
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate

EMAIL_KINDS = ("invitation", "reminder", "thanks")
PLACEHOLDERS = {
    "title": QT_TRANSLATE_NOOP("EmailTemplates", "the session's title"),
    "collaborative": QT_TRANSLATE_NOOP(
        "EmailTemplates", "the collaborative (or 'All collaboratives')"
    ),
    "date": QT_TRANSLATE_NOOP("EmailTemplates", "the day, e.g. Tuesday 10 March 2026"),
    "time": QT_TRANSLATE_NOOP(
        "EmailTemplates", "start and end, e.g. 12:00-13:00 (America/New_York)"
    ),
    "location": QT_TRANSLATE_NOOP("EmailTemplates", "where it is held"),
    "presenters": QT_TRANSLATE_NOOP("EmailTemplates", "who presents"),
}

# The templates offered until a coordinator edits one, in English; default_template() gives
# one in the chosen language.
DEFAULT_TEMPLATES = {
    "invitation": EmailTemplate(
        "invitation",
        QT_TRANSLATE_NOOP("EmailTemplates", "Invitation: {title}, {date}"),
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            "Hello,\n\n"
            "You are invited to {title} ({collaborative}).\n\n"
            "When: {date}, {time}\n"
            "Where: {location}\n"
            "Presenters: {presenters}\n\n"
            "The calendar invitation is attached; open it to add the session to your calendar.\n\n"
            "With best wishes,\n",
        ),
    ),
    "reminder": EmailTemplate(
        "reminder",
        QT_TRANSLATE_NOOP("EmailTemplates", "Reminder: {title}, {date}"),
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            "Hello,\n\n"
            "A reminder that {title} ({collaborative}) is coming up.\n\n"
            "When: {date}, {time}\n"
            "Where: {location}\n\n"
            "The calendar invitation is attached again in case you need it.\n\n"
            "See you there,\n",
        ),
    ),
    "thanks": EmailTemplate(
        "thanks",
        QT_TRANSLATE_NOOP("EmailTemplates", "Thank you for joining {title}"),
        QT_TRANSLATE_NOOP(
            "EmailTemplates",
            "Hello,\n\n"
            "Thank you for taking part in {title} ({collaborative}) on {date}.\n\n"
            "We look forward to seeing you at the next session.\n\n"
            "With thanks,\n",
        ),
    ),
}

_FIELD = re.compile(r"\{([a-z_]+)\}")


def default_template(kind: str) -> EmailTemplate:
    """The built-in template of a kind, in the chosen language (its braces stay as they are)."""
    template = DEFAULT_TEMPLATES[kind]
    return EmailTemplate(
        kind,
        translate("EmailTemplates", template.subject),
        translate("EmailTemplates", template.body),
    )


def placeholder_meaning(name: str) -> str:
    """What a {name} in a template stands for, in the chosen language."""
    return translate("EmailTemplates", PLACEHOLDERS[name])


def fill(text: str, values: dict[str, str]) -> str:
    """The text with each known ``{name}`` replaced; other braces stay as they are."""
    return _FIELD.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def unknown_fields(text: str) -> list[str]:
    return sorted({m for m in _FIELD.findall(text) if m not in PLACEHOLDERS})
