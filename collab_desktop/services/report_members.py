"""Member measures: people by participant type and role, active or not, new per month.

People are counted once each: with "all collaboratives" a person in three collaboratives is one
person, active when any of their memberships in scope is active.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from collab_desktop.domain.report_records import (
    TYPE_NOT_SET,
    CountRow,
    MemberMeasures,
    MonthCount,
    PersonSpan,
    ReportFilter,
)
from collab_desktop.services.report_scope import membership_scope, month_of, months_between
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    Membership,
    MembershipRole,
    ParticipantType,
)


def vocabulary_order(s: Session, table: type[ParticipantType] | type[MembershipRole]) -> list[str]:
    """Names of a vocabulary table in their display order."""
    return list(s.scalars(select(table.name).order_by(table.sort_order, table.name)))


def ordered_rows(counts: dict[str, CountRow], order: list[str]) -> list[CountRow]:
    """Rows for every vocabulary name (zeros included), then other names, '(not set)' last."""
    rows = [counts.get(name) or CountRow(name) for name in order]
    known = set(order)
    extra = sorted(k for k in counts if k not in known and k != TYPE_NOT_SET)
    rows += [counts[k] for k in extra]
    if TYPE_NOT_SET in counts:
        rows.append(counts[TYPE_NOT_SET])
    return rows


def member_measures(s: Session, flt: ReportFilter) -> MemberMeasures:
    """Count the people in scope in one pass over their memberships."""
    query = membership_scope(
        select(
            Membership.contact_id,
            Contact.participant_type,
            Membership.role,
            Membership.active,
            Membership.joined_on,
        ).join(Contact, Contact.id == Membership.contact_id),
        flt,
    )
    person_type: dict[int, str] = {}
    person_active: dict[int, bool] = {}
    role_active: dict[tuple[str, int], bool] = {}
    first_joined: dict[int, date] = {}
    for contact_id, ptype, role, active, joined in s.execute(query):
        person_type[contact_id] = ptype.strip() or TYPE_NOT_SET
        person_active[contact_id] = person_active.get(contact_id, False) or bool(active)
        key = (role, contact_id)
        role_active[key] = role_active.get(key, False) or bool(active)
        if joined is not None and (
            contact_id not in first_joined or joined < first_joined[contact_id]
        ):
            first_joined[contact_id] = joined

    by_type: dict[str, CountRow] = {}
    for contact_id, ptype in person_type.items():
        row = by_type.setdefault(ptype, CountRow(ptype))
        if person_active[contact_id]:
            row.active += 1
        else:
            row.inactive += 1
    by_role: dict[str, CountRow] = {}
    for (role, _contact_id), active in role_active.items():
        row = by_role.setdefault(role, CountRow(role))
        if active:
            row.active += 1
        else:
            row.inactive += 1

    active_count = sum(person_active.values())
    return MemberMeasures(
        by_type=ordered_rows(by_type, vocabulary_order(s, ParticipantType)),
        by_role=ordered_rows(by_role, vocabulary_order(s, MembershipRole)),
        active=active_count,
        inactive=len(person_active) - active_count,
        new_per_month=_new_per_month(first_joined, flt),
    )


def _new_per_month(first_joined: dict[int, date], flt: ReportFilter) -> list[MonthCount]:
    """People whose first membership in scope began in each month of the range (gaps as 0)."""
    days = [
        d
        for d in first_joined.values()
        if (flt.date_from is None or d >= flt.date_from)
        and (flt.date_to is None or d <= flt.date_to)
    ]
    first = flt.date_from or (min(days) if days else None)
    last = flt.date_to or (max(days) if days else None)
    if first is None or last is None:
        return []
    counts = {m: MonthCount(m) for m in months_between(first, last)}
    for d in days:
        counts[month_of(d)].count += 1
    return list(counts.values())


def spanning_people(s: Session, flt: ReportFilter) -> list[PersonSpan]:
    """People active in more than one collaborative; with a collaborative chosen, its members."""
    anywhere = ReportFilter(date_to=flt.date_to)
    active = select(Membership.contact_id).where(Membership.active.is_(True))
    several = (
        membership_scope(active, anywhere).group_by(Membership.contact_id).having(func.count() > 1)
    )
    if flt.collaborative_id is not None:
        several = several.where(Membership.contact_id.in_(membership_scope(active, flt)))
    rows = s.execute(
        membership_scope(
            select(
                Contact.id,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                Contact.participant_type,
                Collaborative.name,
            )
            .join(Membership, Membership.contact_id == Contact.id)
            .join(Collaborative, Collaborative.id == Membership.collaborative_id)
            .where(Membership.active.is_(True), Contact.id.in_(several))
            .order_by(Contact.id, Collaborative.name),
            anywhere,
        )
    )
    people: dict[int, PersonSpan] = {}
    for contact_id, first, last, email, ptype, collab in rows:
        person = people.get(contact_id)
        if person is None:
            person = people[contact_id] = PersonSpan(
                contact_id=contact_id,
                name=f"{first} {last}".strip() or (email or ""),
                email=email or "",
                participant_type=ptype,
            )
        person.collaboratives.append(collab)
    spanning = [p for p in people.values() if len(p.collaboratives) > 1]
    spanning.sort(key=lambda p: (-len(p.collaboratives), p.name.lower(), p.contact_id))
    return spanning
