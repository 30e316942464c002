"""Editable lists: participant types and membership roles (built-in plus user-added)."""

from __future__ import annotations

from sqlalchemy import func, select

from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ValidationError
from collab_desktop.store.database import Database
from collab_desktop.store.models import MembershipRole, ParticipantType


def list_participant_types(db: Database) -> list[str]:
    with db.session() as s:
        return list(
            s.scalars(
                select(ParticipantType.name).order_by(
                    ParticipantType.sort_order, ParticipantType.name
                )
            )
        )


def list_roles(db: Database) -> list[str]:
    with db.session() as s:
        return list(
            s.scalars(
                select(MembershipRole.name).order_by(MembershipRole.sort_order, MembershipRole.name)
            )
        )


def _add(db: Database, table: type, name: str, missing: str) -> str:
    """Store name in table unless it is there already; missing is the message for no name."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": missing})
    with db.session() as s:
        existing = s.scalar(select(table.name).where(func.lower(table.name) == name.lower()))
        if existing is not None:
            return existing
        s.add(table(name=name, builtin=False))
    return name


def add_participant_type(db: Database, name: str) -> str:
    """Add a user-defined participant type (returns the stored spelling; no duplicates)."""
    return _add(
        db, ParticipantType, name, translate("Vocabulary", "A participant type needs a name.")
    )


def add_role(db: Database, name: str) -> str:
    """Add a user-defined membership role (returns the stored spelling; no duplicates)."""
    return _add(db, MembershipRole, name, translate("Vocabulary", "A role needs a name."))
