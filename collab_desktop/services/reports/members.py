"""Member measures: people by participant type and role, active or not, new per month.

People are counted once each: with "all collaboratives" a person in three collaboratives is one
person, active when any of their memberships in scope is active.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, case, distinct, func, select
from sqlalchemy.orm import Session

from collab_desktop.domain.report_records import (
    TYPE_NOT_SET,
    CountRow,
    MemberMeasures,
    MonthCount,
    PersonSpan,
    ReportFilter,
)
from collab_desktop.services.reports.scope import membership_scope, months_between
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


def _people(active_only: bool = False) -> ColumnElement[int]:
    """Distinct people among the grouped memberships (only those with an active one if asked)."""
    if active_only:
        return func.count(distinct(case((Membership.active.is_(True), Membership.contact_id))))
    return func.count(distinct(Membership.contact_id))


def _tally(rows: Iterable[tuple[str, int, int]]) -> dict[str, CountRow]:
    """CountRows from (label, people, active people) rows; blank labels become '(not set)'."""
    counts: dict[str, CountRow] = {}
    for label, people, active in rows:
        key = (label or "").strip() or TYPE_NOT_SET
        row = counts.setdefault(key, CountRow(key))
        row.active += active
        row.inactive += people - active
    return counts


def member_measures(s: Session, flt: ReportFilter) -> MemberMeasures:
    """Count the people in scope with three GROUP BY queries that return only the totals.

    A person is active when any of their memberships in scope is active; with a person in one
    participant type, distinct counts per type add up to the number of people.
    """
    by_type = _tally(
        s.execute(
            membership_scope(
                select(Contact.participant_type, _people(), _people(active_only=True)).join(
                    Contact, Contact.id == Membership.contact_id
                ),
                flt,
            ).group_by(Contact.participant_type)
        )
    )
    by_role = _tally(
        s.execute(
            membership_scope(
                select(Membership.role, _people(), _people(active_only=True)), flt
            ).group_by(Membership.role)
        )
    )
    active = sum(r.active for r in by_type.values())
    inactive = sum(r.inactive for r in by_type.values())
    return MemberMeasures(
        by_type=ordered_rows(by_type, vocabulary_order(s, ParticipantType)),
        by_role=ordered_rows(by_role, vocabulary_order(s, MembershipRole)),
        active=active,
        inactive=inactive,
        new_per_month=new_per_month(s, flt),
    )


def new_per_month(s: Session, flt: ReportFilter) -> list[MonthCount]:
    """People whose first membership in scope began in each month of the range (gaps as 0)."""
    first_joined = (
        membership_scope(
            select(func.min(Membership.joined_on).label("joined")).where(
                Membership.joined_on.is_not(None)
            ),
            flt,
        )
        .group_by(Membership.contact_id)
        .subquery()
    )
    joined = first_joined.c.joined
    # Grouped by day (a few thousand rows at most), then by month here: a month expression
    # would run twice for every person.
    query = select(joined, func.count()).group_by(joined)
    if flt.date_from is not None:
        query = query.where(joined >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(joined <= flt.date_to)
    counts: dict[date, int] = {}
    for day, n in s.execute(query):
        month = day.replace(day=1)
        counts[month] = counts.get(month, 0) + n
    first = flt.date_from or (min(counts) if counts else None)
    last = flt.date_to or (max(counts) if counts else None)
    if first is None or last is None:
        return []
    return [MonthCount(m, counts.get(m, 0)) for m in months_between(first, last)]


# Joins collaborative names in SQL; a control character cannot occur in a typed name.
_NAME_SEPARATOR = "\x1f"


def spanning_people(s: Session, flt: ReportFilter) -> list[PersonSpan]:
    """People active in more than one collaborative; with a collaborative chosen, its members."""
    anywhere = ReportFilter(date_to=flt.date_to)
    active = Membership.active.is_(True)
    # The few people with two active memberships first (the index on contact_id alone), then
    # their names and collaboratives: joining every membership to its contact is slower.
    several = membership_scope(select(Membership.contact_id).where(active), anywhere)
    several = several.group_by(Membership.contact_id).having(func.count() > 1)
    query = membership_scope(
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.participant_type,
            func.aggregate_strings(Collaborative.name, _NAME_SEPARATOR),
        )
        .join(Membership, Membership.contact_id == Contact.id)
        .join(Collaborative, Collaborative.id == Membership.collaborative_id)
        .where(active, Contact.id.in_(several)),
        anywhere,
    )
    if flt.collaborative_id is not None:
        chosen = membership_scope(select(Membership.contact_id).where(active), flt)
        query = query.where(Contact.id.in_(chosen))
    rows = s.execute(query.group_by(Contact.id))
    people = [
        PersonSpan(
            contact_id=contact_id,
            name=f"{first} {last}".strip() or (email or ""),
            email=email or "",
            participant_type=ptype,
            collaboratives=sorted(names.split(_NAME_SEPARATOR), key=str.lower),
        )
        for contact_id, first, last, email, ptype, names in rows
    ]
    people.sort(key=lambda p: (-len(p.collaboratives), p.name.lower(), p.contact_id))
    return people
