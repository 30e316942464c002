"""Use cases for registrations and attendance of one session."""

from __future__ import annotations

from sqlalchemy import func, select

from collab_desktop.domain.records import RegistrationRecord
from collab_desktop.domain.vocab import REGISTRATION_STATUSES
from collab_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from collab_desktop.store.database import Database
from collab_desktop.store.models import Contact, LearningSession, Registration

_SELECT = select(
    Registration.id,
    Registration.session_id,
    Registration.contact_id,
    Registration.status,
    Registration.registered_at,
    Registration.updated_at,
    Registration.walk_in,
    Contact.first_name,
    Contact.last_name,
    Contact.email,
    Contact.organization,
).join(Contact, Contact.id == Registration.contact_id)


def _record(row) -> RegistrationRecord:  # noqa: ANN001
    values = dict(row._mapping)
    values["email"] = values["email"] or ""
    return RegistrationRecord(**values)


def list_registrations(db: Database, session_id: int) -> list[RegistrationRecord]:
    """Everyone registered for a session, by last name; NotFoundError for an unknown session."""
    with db.session() as s:
        if s.get(LearningSession, session_id) is None:
            raise NotFoundError(
                f"No session with id {session_id}. Run 'list sessions' to see the ids."
            )
        rows = s.execute(
            _SELECT.where(Registration.session_id == session_id).order_by(
                func.lower(Contact.last_name), func.lower(Contact.first_name)
            )
        )
        return [_record(r) for r in rows]


def register(
    db: Database,
    session_id: int,
    contact_id: int,
    status: str = "registered",
    walk_in: bool = False,
) -> RegistrationRecord:
    """Register a contact for a session (a cancelled registration is revived)."""
    if status not in REGISTRATION_STATUSES:
        raise ValidationError(
            {"status": f"Status must be one of: {', '.join(REGISTRATION_STATUSES)}."}
        )
    with db.session() as s:
        if s.get(LearningSession, session_id) is None:
            raise NotFoundError(f"No session with id {session_id}.")
        if s.get(Contact, contact_id) is None:
            raise NotFoundError(f"No contact with id {contact_id}.")
        row = s.scalar(
            select(Registration).where(
                Registration.session_id == session_id, Registration.contact_id == contact_id
            )
        )
        if row is not None and row.status != "cancelled":
            raise ConflictError("This person is already registered for the session.")
        if row is None:
            row = Registration(session_id=session_id, contact_id=contact_id)
            s.add(row)
        row.status = status
        row.walk_in = walk_in
        s.flush()
        return _record(s.execute(_SELECT.where(Registration.id == row.id)).one())


def set_status(db: Database, registration_id: int, status: str) -> RegistrationRecord:
    """Mark a registration registered, attended, absent or cancelled."""
    if status not in REGISTRATION_STATUSES:
        raise ValidationError(
            {"status": f"Status must be one of: {', '.join(REGISTRATION_STATUSES)}."}
        )
    with db.session() as s:
        row = s.get(Registration, registration_id)
        if row is None:
            raise NotFoundError(f"No registration with id {registration_id}.")
        row.status = status
        s.flush()
        return _record(s.execute(_SELECT.where(Registration.id == row.id)).one())


def remove_registration(db: Database, registration_id: int) -> None:
    """Delete a registration outright (use status 'cancelled' to keep a trace)."""
    with db.session() as s:
        row = s.get(Registration, registration_id)
        if row is None:
            raise NotFoundError(f"No registration with id {registration_id}.")
        s.delete(row)
