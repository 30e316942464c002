"""How trash items and the undo history name what was deleted: 'Ana Ruiz in LHS E-STaR (scientist)'."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain.record_words import table_words
from collab_desktop.domain.timezones import to_local
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
)

_SHOWN = 3  # names listed in the label of a bulk delete; the rest are counted


def _person(first: str, last: str, email: str | None) -> str:
    return f"{first} {last}".strip() or (email or "")


def _contact_names(s: Session, ids: Sequence[int]) -> list[str]:
    query = select(Contact.first_name, Contact.last_name, Contact.email).where(Contact.id.in_(ids))
    return [_person(*row) for row in s.execute(query)]


def _collaborative_names(s: Session, ids: Sequence[int]) -> list[str]:
    return list(s.scalars(select(Collaborative.name).where(Collaborative.id.in_(ids))))


def _session_names(s: Session, ids: Sequence[int]) -> list[str]:
    query = select(LearningSession.title, LearningSession.start_at).where(
        LearningSession.id.in_(ids)
    )
    return [f"{title} ({start:%Y-%m-%d})" for title, start in s.execute(query)]


def _people_in(
    s: Session, link: type, parent: type, parent_key: object, columns: tuple, ids: Sequence[int]
) -> list[tuple]:
    """(person's name, *columns) for memberships or registrations, with their parent joined."""
    query = (
        select(Contact.first_name, Contact.last_name, Contact.email, *columns)
        .select_from(link)
        .join(Contact, Contact.id == link.contact_id)
        .join(parent, parent.id == parent_key)
        .where(link.id.in_(ids))
    )
    return [(_person(first, last, email), *rest) for first, last, email, *rest in s.execute(query)]


def _membership_names(s: Session, ids: Sequence[int]) -> list[str]:
    columns = (Collaborative.short_name, Collaborative.name, Membership.role)
    rows = _people_in(s, Membership, Collaborative, Membership.collaborative_id, columns, ids)
    return [f"{person} in {short or name} ({role})" for person, short, name, role in rows]


def _registration_names(s: Session, ids: Sequence[int]) -> list[str]:
    columns = (LearningSession.title, LearningSession.start_at, Registration.status)
    rows = _people_in(s, Registration, LearningSession, Registration.session_id, columns, ids)
    return [
        f"{person} at {title} ({to_local(start):%Y-%m-%d}, {status})"
        for person, title, start, status in rows
    ]


_NAMERS = {
    "contact": _contact_names,
    "collaborative": _collaborative_names,
    "session": _session_names,
    "membership": _membership_names,
    "registration": _registration_names,
}


def trash_label(s: Session, kind: str, table: str, ids: Sequence[int]) -> str:
    """One record's name, or 'N <records>: a, b, c and M more' for several."""
    names = _NAMERS[kind](s, list(ids[:_SHOWN]))
    if len(ids) == 1:
        return names[0] if names else f"{kind} {ids[0]}"
    _one, many = table_words(table)
    more = f" and {len(ids) - len(names)} more" if len(ids) > len(names) else ""
    return f"{len(ids)} {many}: {', '.join(names)}{more}"
