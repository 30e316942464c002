"""Sessions and series only for a role (a private session for scientists): who may join, why not."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import vocabulary_label
from collab_desktop.services.errors import ConflictError, NotFoundError
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    SessionSeries,
)


class OutsideRoleError(ConflictError):
    """The session is only for a role (e.g. scientists) that the contact does not hold."""


def role_problem(
    s: Session, role: str, collaborative_id: int | None, contact_id: int
) -> str | None:
    """Why a contact may not join a session restricted to role (None when they may)."""
    role = (role or "").strip()
    if not role:
        return None
    query = select(Membership.id).where(
        Membership.contact_id == contact_id,
        Membership.active.is_(True),
        func.lower(Membership.role) == role.lower(),
    )
    if collaborative_id is not None:
        query = query.where(Membership.collaborative_id == collaborative_id)
    if s.scalar(query.limit(1)) is not None:
        return None
    contact = s.get(Contact, contact_id)
    name = f"{contact.first_name} {contact.last_name}".strip() or contact.email
    shown = vocabulary_label(role)
    if collaborative_id is not None:
        return translate(
            "RoleRestrictions",
            "{name} is not a {role} of {collaborative}; this session is only for {role}s.",
        ).format(name=name, role=shown, collaborative=s.get(Collaborative, collaborative_id).name)
    return translate(
        "RoleRestrictions", "{name} is not a {role}; this session is only for {role}s."
    ).format(name=name, role=shown)


def check_may_join(
    s: Session, scope: LearningSession | SessionSeries, contact_id: int, any_role: bool
) -> None:
    """NotFoundError for an unknown contact; OutsideRoleError when the session or series is for
    a role the contact does not have (unless any_role)."""
    if s.get(Contact, contact_id) is None:
        raise NotFoundError(
            translate("RoleRestrictions", "No contact with id {contact_id}.").format(
                contact_id=contact_id
            )
        )
    problem = role_problem(s, scope.restricted_role, scope.collaborative_id, contact_id)
    if problem and not any_role:
        raise OutsideRoleError(problem)


def role_problems(
    db: Database, session_id: int, contact_ids: Sequence[int], whole_series: bool = False
) -> dict[int, str]:
    """Who may not join a session (or its series) only for a role, with why; nothing written."""
    with db.session() as s:
        session = s.get(LearningSession, session_id)
        if session is None:
            raise NotFoundError(
                translate("RoleRestrictions", "No session with id {session_id}.").format(
                    session_id=session_id
                )
            )
        series = s.get(SessionSeries, session.series_id) if whole_series else None
        scope = series if series is not None else session
        problems = {
            c: role_problem(s, scope.restricted_role, scope.collaborative_id, c)
            for c in contact_ids
        }
        return {c: text for c, text in problems.items() if text}
