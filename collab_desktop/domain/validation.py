"""Validation rules shared by forms, the CLI and importers; messages are meant for users."""

from __future__ import annotations

import re

from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import (
    COLLABORATIVE_FOCUSES,
    COLLABORATIVE_KINDS,
    COLLABORATIVE_STATUSES,
    SESSION_KINDS,
)

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def email_key(email: str | None) -> str | None:
    """The form of an address used to match people: trimmed and lower-cased; None when empty."""
    if email is None:
        return None
    key = email.strip().lower()
    return key or None


def email_problem(email: str) -> str | None:
    """Why an address is not usable, or None when it is fine (syntax only, works offline)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(email.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        return translate("Validation", "Not a valid email address: {problem}").format(problem=exc)
    return None


def validate_collaborative(rec: CollaborativeRecord) -> dict[str, str]:
    """Field -> message for each problem in a collaborative."""
    errors: dict[str, str] = {}
    if not rec.name.strip():
        errors["name"] = translate("Validation", "A collaborative needs a name.")
    if rec.kind not in COLLABORATIVE_KINDS:
        errors["kind"] = translate("Validation", "Kind must be one of: {values}.").format(
            values=", ".join(COLLABORATIVE_KINDS)
        )
    if rec.focus not in COLLABORATIVE_FOCUSES:
        errors["focus"] = translate("Validation", "Focus must be one of: {values}.").format(
            values=", ".join(COLLABORATIVE_FOCUSES)
        )
    if rec.status not in COLLABORATIVE_STATUSES:
        errors["status"] = translate("Validation", "Status must be one of: {values}.").format(
            values=", ".join(COLLABORATIVE_STATUSES)
        )
    if rec.colour and not _COLOUR.match(rec.colour):
        errors["colour"] = translate("Validation", "Colour must look like #1565C0.")
    return errors


def validate_contact(rec: ContactRecord) -> dict[str, str]:
    """Field -> message for each problem in a contact."""
    errors: dict[str, str] = {}
    if not (rec.first_name.strip() or rec.last_name.strip() or rec.email.strip()):
        errors["first_name"] = translate("Validation", "Give a name or an email address.")
    if rec.email.strip():
        problem = email_problem(rec.email)
        if problem:
            errors["email"] = problem
    return errors


def validate_session(rec: SessionRecord) -> dict[str, str]:
    """Field -> message for each problem in a learning session."""
    errors: dict[str, str] = {}
    if not rec.title.strip():
        errors["title"] = translate("Validation", "A session needs a title.")
    if rec.kind not in SESSION_KINDS:
        errors["kind"] = translate("Validation", "Kind must be one of: {values}.").format(
            values=", ".join(SESSION_KINDS)
        )
    if rec.start is None:
        errors["start"] = translate("Validation", "A session needs a start time.")
    elif rec.start.tzinfo is None:
        errors["start"] = translate("Validation", "The start time needs a time zone.")
    if rec.end is None:
        errors["end"] = translate("Validation", "A session needs an end time.")
    elif rec.start is not None and rec.start.tzinfo is not None and rec.end <= rec.start:
        errors["end"] = translate("Validation", "The end must be after the start.")
    if rec.capacity is not None and rec.capacity < 0:
        errors["capacity"] = translate("Validation", "Capacity cannot be negative.")
    return errors
