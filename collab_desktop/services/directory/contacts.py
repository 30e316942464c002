"""Use cases for contacts: list and search, save (email unique, case-insensitive), delete."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from collab_desktop.domain.records import (
    CONTACT_EDITABLE_FIELDS,
    ContactRecord,
    ContactRow,
    DeleteImpact,
)
from collab_desktop.domain.translation import translate
from collab_desktop.domain.validation import email_key, validate_contact
from collab_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from collab_desktop.services.record_versions import check_version, refused_when_overtaken
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, Contact, Membership, Registration

if TYPE_CHECKING:
    from collab_desktop.services.safety.trash import TrashEntry

_COLUMNS = (
    Contact.id,
    *(getattr(Contact, f) for f in CONTACT_EDITABLE_FIELDS),
    Contact.created_at,
    Contact.updated_at,
    Contact.version,
    Contact.created_by,
    Contact.updated_by,
)


def _record_from_row(row) -> ContactRecord:  # noqa: ANN001 - a Row of _COLUMNS
    values = dict(row._mapping)
    values["email"] = values["email"] or ""
    return ContactRecord(**values)


def _collaborative_names(s: Session, contact_ids: list[int] | None) -> dict[int, list[str]]:
    query = (
        select(Membership.contact_id, Collaborative.name)
        .join(Collaborative, Collaborative.id == Membership.collaborative_id)
        .order_by(Collaborative.name)
    )
    if contact_ids is not None:
        query = query.where(Membership.contact_id.in_(contact_ids))
    names: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in s.execute(query):
        names[contact_id].append(name)
    return names


def list_contacts(
    db: Database, search: str = "", collaborative_id: int | None = None
) -> list[ContactRecord]:
    """Contacts by last and first name, each with the collaboratives they belong to."""
    query = select(*_COLUMNS).order_by(
        func.lower(Contact.last_name), func.lower(Contact.first_name), Contact.id
    )
    if search.strip():
        like = f"%{search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(Contact.first_name).like(like),
                func.lower(Contact.last_name).like(like),
                Contact.email_key.like(like),
                func.lower(Contact.organization).like(like),
            )
        )
    if collaborative_id is not None:
        query = query.where(
            Contact.id.in_(
                select(Membership.contact_id).where(Membership.collaborative_id == collaborative_id)
            )
        )
    with db.session() as s:
        records = [_record_from_row(r) for r in s.execute(query)]
        names = _collaborative_names(
            s, None if not search and collaborative_id is None else [r.id for r in records]
        )
        for rec in records:
            rec.collaboratives = names.get(rec.id, [])
        return records


_ROW_COLUMNS = (
    Contact.id,
    Contact.last_name,
    Contact.first_name,
    func.coalesce(Contact.email, ""),
    Contact.organization,
    Contact.participant_type,
)


def _contact_rows_query():  # noqa: ANN202 - a Select
    """The shown columns of every contact, with its collaboratives' names joined in SQL."""
    by_name = (
        select(Membership.contact_id, Collaborative.name)
        .join(Collaborative, Collaborative.id == Membership.collaborative_id)
        .order_by(Membership.contact_id, Collaborative.name)
        .subquery()
    )
    names = (
        select(by_name.c.contact_id, func.aggregate_strings(by_name.c.name, ", ").label("names"))
        .group_by(by_name.c.contact_id)
        .subquery()
    )
    return select(*_ROW_COLUMNS, func.coalesce(names.c.names, "")).outerjoin(
        names, names.c.contact_id == Contact.id
    )


def contact_rows(db: Database, limit: int | None = None) -> list[ContactRow]:
    """Contacts as compact table rows, by last and first name; the first `limit` ones if given.

    One query for all contacts, selecting only the shown columns; rows become named tuples
    (no dataclass, no datetime conversion), which keeps 50,000 of them light. A first page
    goes through the name index and looks up only its own collaboratives.
    """
    with db.session() as s:
        if limit is None:
            query = _contact_rows_query().order_by(
                func.lower(Contact.last_name), func.lower(Contact.first_name), Contact.id
            )
            return list(map(ContactRow._make, s.execute(query).all()))
        query = (
            select(*_ROW_COLUMNS)
            .order_by(Contact.last_name, Contact.first_name, Contact.id)
            .limit(limit)
        )
        rows = s.execute(query).all()
        names = _collaborative_names(s, [r[0] for r in rows])
    return [ContactRow(*r, ", ".join(names.get(r[0], []))) for r in rows]


def contact_rows_by_ids(db: Database, contact_ids: Sequence[int]) -> list[ContactRow]:
    """The table rows of these contacts (the ones that still exist), in one query and its names."""
    ids = list(dict.fromkeys(contact_ids))
    rows = []
    with db.session() as s:
        for start in range(0, len(ids), 900):  # below SQLite's bound-parameter limit
            part = ids[start : start + 900]
            rows += s.execute(select(*_ROW_COLUMNS).where(Contact.id.in_(part))).all()
        names = _collaborative_names(s, [r[0] for r in rows])
    return [ContactRow(*r, ", ".join(names.get(r[0], []))) for r in rows]


def count_contacts(db: Database) -> int:
    """How many contacts there are."""
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Contact)) or 0


def get_contact(db: Database, contact_id: int) -> ContactRecord:
    with db.session() as s:
        row = s.execute(select(*_COLUMNS).where(Contact.id == contact_id)).first()
        if row is None:
            raise NotFoundError(
                translate("Contacts", "No contact with id {contact_id}.").format(
                    contact_id=contact_id
                )
            )
        rec = _record_from_row(row)
        rec.collaboratives = _collaborative_names(s, [contact_id]).get(contact_id, [])
        return rec


def find_contact_id_by_email(s: Session, email: str) -> int | None:
    """Id of the contact with this address (trimmed, case-insensitive), if any."""
    key = email_key(email)
    if key is None:
        return None
    return s.scalar(select(Contact.id).where(Contact.email_key == key))


def contact_by_email(db: Database, email: str) -> ContactRecord:
    """The contact with this address; NotFoundError otherwise."""
    with db.session() as s:
        contact_id = find_contact_id_by_email(s, email)
    if contact_id is None:
        raise NotFoundError(
            translate("Contacts", "No contact with email {value!r}. Add the contact first.").format(
                value=email.strip()
            )
        )
    return get_contact(db, contact_id)


def apply_contact_fields(row: Contact, rec: ContactRecord) -> None:
    """Copy the editable fields of a record onto a row, trimmed, keeping email_key in step."""
    for f in CONTACT_EDITABLE_FIELDS:
        value = getattr(rec, f)
        setattr(row, f, value.strip() if isinstance(value, str) else value)
    row.email = rec.email.strip() or None
    row.email_key = email_key(rec.email)


def save_contact(db: Database, rec: ContactRecord) -> ContactRecord:
    """Create (id None) or update a contact; the email must not belong to another contact.

    An update based on another version than the stored one (rec.version) raises StaleRecord.
    """
    errors = validate_contact(rec)
    if errors:
        raise ValidationError(errors)
    key = email_key(rec.email)
    current = lambda: get_contact(db, rec.id)  # noqa: E731
    try:
        with refused_when_overtaken("contact", rec.version, current), db.session() as s:
            _refuse_taken_email(s, rec, key)
            if rec.id is None:
                row = Contact()
                s.add(row)
            else:
                row = s.get(Contact, rec.id)
                if row is None:
                    raise NotFoundError(
                        translate("Contacts", "No contact with id {id}.").format(id=rec.id)
                    )
                check_version("contact", row.version, rec.version, current)
            apply_contact_fields(row, rec)
            s.flush()
            contact_id = row.id
    except IntegrityError:
        # Someone else saved the same email between the check and the write (the unique
        # index refused the second): say whose it is, as the check would have.
        if key is not None:
            with db.session() as s:
                _refuse_taken_email(s, rec, key)
        raise
    return get_contact(db, contact_id)


def _refuse_taken_email(s: Session, rec: ContactRecord, key: str | None) -> None:
    """ConflictError when another contact has this email (compared case-blind)."""
    if key is None:
        return
    other = s.scalar(select(Contact).where(Contact.email_key == key, Contact.id != (rec.id or -1)))
    if other is not None:
        who = f"{other.first_name} {other.last_name}".strip() or other.email
        raise ConflictError(
            translate("Contacts", "{value} already belongs to {who}.").format(
                value=rec.email.strip(), who=who
            ),
            "email",
        )


def contact_delete_impact(db: Database, contact_id: int) -> DeleteImpact:
    """Memberships and registrations that go with the contact."""
    with db.session() as s:
        return DeleteImpact(
            memberships=s.scalar(select(func.count()).where(Membership.contact_id == contact_id))
            or 0,
            registrations=s.scalar(
                select(func.count()).where(Registration.contact_id == contact_id)
            )
            or 0,
        )


def delete_contact(db: Database, contact_id: int) -> TrashEntry:
    """Move a contact, with their memberships and registrations, to the trash."""
    from collab_desktop.services.safety.trash import delete_to_trash

    return delete_to_trash(db, "contact", [contact_id])


def delete_contacts(db: Database, contact_ids: Sequence[int]) -> TrashEntry:
    """Move several contacts to the trash as one item (backed up first when there are several)."""
    from collab_desktop.services.safety.backups import backup_before
    from collab_desktop.services.safety.trash import delete_to_trash

    if len(set(contact_ids)) > 1:
        backup_before(db, "before-bulk-delete")
    return delete_to_trash(db, "contact", contact_ids)
