"""Use cases for memberships: who is in a collaborative, with which role."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from collab_desktop.domain import clock
from collab_desktop.domain.records import MembershipRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ConflictError, NotFoundError, ValidationError
from collab_desktop.services.record_versions import check_version, refused_when_overtaken
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, Contact, Membership

if TYPE_CHECKING:
    from collab_desktop.services.safety.row_log import RowLog
    from collab_desktop.services.safety.trash import TrashEntry

_SELECT = (
    select(
        Membership.id,
        Membership.contact_id,
        Membership.collaborative_id,
        Membership.role,
        Membership.joined_on,
        Membership.active,
        Contact.first_name,
        Contact.last_name,
        Contact.email,
        Collaborative.name,
        Membership.version,
        Membership.created_by,
        Membership.created_at,
        Membership.updated_by,
        Membership.updated_at,
    )
    .join(Contact, Contact.id == Membership.contact_id)
    .join(Collaborative, Collaborative.id == Membership.collaborative_id)
)


def _record(row) -> MembershipRecord:  # noqa: ANN001
    (mid, contact_id, collab_id, role, joined, active, first, last, email, collab_name) = row[:10]
    version, created_by, created_at, updated_by, updated_at = row[10:]
    return MembershipRecord(
        id=mid,
        contact_id=contact_id,
        collaborative_id=collab_id,
        role=role,
        joined_on=joined,
        active=active,
        contact_name=f"{first} {last}".strip() or (email or ""),
        contact_email=email or "",
        collaborative_name=collab_name,
        version=version,
        created_by=created_by,
        created_at=created_at,
        updated_by=updated_by,
        updated_at=updated_at,
    )


def list_members(db: Database, collaborative_id: int) -> list[MembershipRecord]:
    """Members of a collaborative, by last name."""
    with db.session() as s:
        rows = s.execute(
            _SELECT.where(Membership.collaborative_id == collaborative_id).order_by(
                func.lower(Contact.last_name), func.lower(Contact.first_name)
            )
        )
        return [_record(r) for r in rows]


def list_memberships_of_contact(db: Database, contact_id: int) -> list[MembershipRecord]:
    """The collaboratives a contact belongs to."""
    with db.session() as s:
        rows = s.execute(
            _SELECT.where(Membership.contact_id == contact_id).order_by(Collaborative.name)
        )
        return [_record(r) for r in rows]


def add_membership(
    db: Database,
    contact_id: int,
    collaborative_id: int,
    role: str = "member",
    joined_on: date | None = None,
    active: bool = True,
) -> MembershipRecord:
    """Put a contact in a collaborative; refuses a second membership in the same one."""
    (added,) = add_memberships(db, collaborative_id, [contact_id], role, joined_on, active)
    return added


def add_memberships(
    db: Database,
    collaborative_id: int,
    contact_ids: Sequence[int],
    role: str = "member",
    joined_on: date | None = None,
    active: bool = True,
    log: RowLog | None = None,
) -> list[MembershipRecord]:
    """Put contacts in a collaborative in one transaction: all of them, or none when one fails."""
    if not role.strip():
        raise ValidationError({"role": "Choose a role."})
    with db.session() as s:
        collab = s.get(Collaborative, collaborative_id)
        if collab is None:
            raise NotFoundError(
                translate("Memberships", "No collaborative with id {collaborative_id}.").format(
                    collaborative_id=collaborative_id
                )
            )
        rows = []
        for contact_id in contact_ids:
            if s.get(Contact, contact_id) is None:
                raise NotFoundError(
                    translate("Memberships", "No contact with id {contact_id}.").format(
                        contact_id=contact_id
                    )
                )
            exists = s.scalar(
                select(Membership.id).where(
                    Membership.contact_id == contact_id,
                    Membership.collaborative_id == collaborative_id,
                )
            )
            if exists is not None:
                raise ConflictError(
                    translate("Memberships", "This contact is already a member of {name}.").format(
                        name=collab.name
                    )
                )
            row = Membership(
                contact_id=contact_id,
                collaborative_id=collaborative_id,
                role=role.strip(),
                joined_on=joined_on or clock.today(),
                active=active,
            )
            s.add(row)
            if log is not None:
                log.added(row)
            rows.append(row)
        s.flush()
        if log is not None:
            log.finish(s)
        return [_record(s.execute(_SELECT.where(Membership.id == r.id)).one()) for r in rows]


def update_membership(
    db: Database,
    membership_id: int,
    role: str,
    joined_on: date | None,
    active: bool,
    log: RowLog | None = None,
    version: int | None = None,
) -> MembershipRecord:
    """Change a membership's role, joined date or active flag.

    version: the one the editor started from; another stored version raises StaleRecord.
    """
    current = lambda: get_membership(db, membership_id)  # noqa: E731
    with refused_when_overtaken("membership", version, current), db.session() as s:
        row = s.get(Membership, membership_id)
        if row is None:
            raise NotFoundError(
                translate("Memberships", "No membership with id {membership_id}.").format(
                    membership_id=membership_id
                )
            )
        check_version("membership", row.version, version, current)
        if log is not None:
            log.changing(row)
        row.role, row.joined_on, row.active = role.strip() or row.role, joined_on, active
        s.flush()
        if log is not None:
            log.finish(s)
        return _record(s.execute(_SELECT.where(Membership.id == row.id)).one())


def get_membership(db: Database, membership_id: int) -> MembershipRecord:
    """One membership as stored now; NotFoundError when it is gone."""
    with db.session() as s:
        row = s.execute(_SELECT.where(Membership.id == membership_id)).first()
        if row is None:
            raise NotFoundError(f"No membership with id {membership_id}.")
        return _record(row)


def remove_memberships(db: Database, membership_ids: Sequence[int]) -> TrashEntry:
    """Take contacts out of collaboratives (the contacts are kept), as one trash item."""
    from collab_desktop.services.safety.trash import delete_to_trash

    return delete_to_trash(db, "membership", membership_ids)


def remove_membership(db: Database, membership_id: int) -> TrashEntry:
    """Take a contact out of a collaborative (the contact is kept; the trash keeps the membership)."""
    return remove_memberships(db, [membership_id])
