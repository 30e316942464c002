"""E-mail drafts about a session: templates the coordinator edits, registrants in Bcc, the
session's calendar file attached."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from collab_desktop.domain import clock
from collab_desktop.domain.document_records import EmailDraft, EmailTemplate
from collab_desktop.domain.email_templates import (
    EMAIL_KINDS,
    PLACEHOLDERS,
    default_template,
    fill,
    unknown_fields,
)
from collab_desktop.domain.file_names import safe_stem
from collab_desktop.domain.locale_format import clock_time, weekday_date
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.io.email_draft import draft_bytes
from collab_desktop.io.ics_export import build_calendar
from collab_desktop.services.errors import NotFoundError, ServiceError, ValidationError
from collab_desktop.services.sessions.calendar_export import calendar_events
from collab_desktop.services.sessions.sessions import all_collaboratives_label
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    AppMeta,
    Collaborative,
    Contact,
    LearningSession,
    Registration,
)

_KEY = "email_template.{}"


def _check_kind(kind: str) -> None:
    if kind not in EMAIL_KINDS:
        raise ValidationError(
            {
                "template": translate("EmailDrafts", "Use one of the templates: {kinds}.").format(
                    kinds=", ".join(EMAIL_KINDS)
                )
            }
        )


def email_template(db: Database, kind: str) -> EmailTemplate:
    """The coordinator's template of this kind, or the default one."""
    _check_kind(kind)
    with db.session() as s:
        row = s.get(AppMeta, _KEY.format(kind))
        if row is None:
            return default_template(kind)
        data = json.loads(row.value)
        return EmailTemplate(kind, data["subject"], data["body"])


def save_email_template(db: Database, template: EmailTemplate) -> EmailTemplate:
    """Keep an edited template; braces must name known details (see PLACEHOLDERS)."""
    _check_kind(template.kind)
    errors = {}
    if not template.subject.strip():
        errors["subject"] = translate("EmailDrafts", "The subject is empty.")
    unknown = unknown_fields(template.subject + "\n" + template.body)
    if unknown:
        known = ", ".join(f"{{{k}}}" for k in PLACEHOLDERS)
        errors["body"] = translate("EmailDrafts", "Unknown {unknown}; use {known}.").format(
            unknown=", ".join(f"{{{u}}}" for u in unknown), known=known
        )
    if errors:
        raise ValidationError(errors)
    with db.session() as s:
        key = _KEY.format(template.kind)
        row = s.get(AppMeta, key) or AppMeta(key=key)
        row.value = json.dumps({"subject": template.subject.strip(), "body": template.body})
        s.add(row)
    return email_template(db, template.kind)


def reset_email_template(db: Database, kind: str) -> EmailTemplate:
    _check_kind(kind)
    with db.session() as s:
        row = s.get(AppMeta, _KEY.format(kind))
        if row is not None:
            s.delete(row)
    return default_template(kind)


def session_draft(
    db: Database, session_id: int, kind: str = "invitation", consented_only: bool = False
) -> EmailDraft:
    """The draft for a session: thanks go to those who attended, the others to everyone
    registered (not cancelled); people without an e-mail address are left out."""
    template = email_template(db, kind)
    with db.session() as s:
        session = s.get(LearningSession, session_id)
        if session is None:
            raise NotFoundError(
                translate(
                    "EmailDrafts",
                    "No session with id {session_id}. Run 'list sessions' to see the ids.",
                ).format(session_id=session_id)
            )
        collab = (
            s.scalar(select(Collaborative.name).where(Collaborative.id == session.collaborative_id))
            if session.collaborative_id is not None
            else all_collaboratives_label()
        )
        query = (
            select(Contact.email)
            .join(Registration, Registration.contact_id == Contact.id)
            .where(Registration.session_id == session_id, Contact.email.is_not(None))
            .order_by(Contact.last_name, Contact.first_name, Contact.id)
        )
        if kind == "thanks":
            query = query.where(Registration.status == "attended")
        else:
            query = query.where(Registration.status != "cancelled")
        if consented_only:
            query = query.where(Contact.consent.is_(True))
        bcc = [e.strip() for e in s.scalars(query) if e and e.strip()]
        start = to_local(session.start_at, session.timezone)
        end = to_local(session.end_at, session.timezone)
        values = {
            "title": session.title,
            "collaborative": collab,
            "date": weekday_date(start),
            "time": f"{clock_time(start)}\u2013{clock_time(end)} ({session.timezone})",
            "location": session.location or translate("EmailDrafts", "to be announced"),
            "presenters": session.presenters or translate("EmailDrafts", "to be announced"),
            "title_for_file": session.title,
        }
    if not bcc:
        if kind == "thanks" and consented_only:
            message = translate(
                "EmailDrafts",
                "Nobody with an e-mail address with consent recorded attended this session; "
                "no draft was written.",
            )
        elif kind == "thanks":
            message = translate(
                "EmailDrafts",
                "Nobody with an e-mail address attended this session; no draft was written.",
            )
        elif consented_only:
            message = translate(
                "EmailDrafts",
                "Nobody with an e-mail address with consent recorded is registered for this "
                "session; no draft was written.",
            )
        else:
            message = translate(
                "EmailDrafts",
                "Nobody with an e-mail address is registered for this session; "
                "no draft was written.",
            )
        raise ServiceError(message)
    events, name = calendar_events(db, session_id=session_id)
    return EmailDraft(
        subject=fill(template.subject, values),
        body=fill(template.body, values),
        bcc=bcc,
        attachment_name=f"{safe_stem(values['title_for_file'], fallback='session')}.ics",
        attachment=build_calendar(events, name),
    )


def write_session_draft(
    db: Database,
    path: Path,
    session_id: int,
    kind: str = "invitation",
    consented_only: bool = False,
) -> EmailDraft:
    """Write the .eml draft; returns what it holds."""
    draft = session_draft(db, session_id, kind, consented_only)
    Path(path).write_bytes(draft_bytes(draft, clock.now()))
    return draft
