"""Member measures: people by participant type and role, active or not, new per month.

People are counted once each: with "all collaboratives" a person in three collaboratives is one
person, active when any of their memberships in scope is active.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import ColumnElement, case, func, select
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


def _active_flag() -> ColumnElement[int]:
    """1 when any grouped membership is active, else 0 (portable: no boolean MAX)."""
    return func.max(case((Membership.active.is_(True), 1), else_=0))


def _add(counts: dict[str, CountRow], label: str, active: int, n: int) -> None:
    key = (label or "").strip() or TYPE_NOT_SET
    row = counts.setdefault(key, CountRow(key))
    if active:
        row.active += n
    else:
        row.inactive += n


def _tally(rows: Iterable[tuple[str, int, int]]) -> dict[str, CountRow]:
    counts: dict[str, CountRow] = {}
    for label, active, n in rows:
        _add(counts, label, active, n)
    return counts


def member_measures(s: Session, flt: ReportFilter) -> MemberMeasures:
    """Count the people in scope with GROUP BY queries over their memberships."""
    people = (
        membership_scope(
            select(
                Membership.contact_id,
                _active_flag().label("active"),
                func.min(Membership.joined_on).label("joined"),
            ),
            flt,
        )
        .group_by(Membership.contact_id)
        .subquery()
    )
    # One pass gives both the type counts and the first-joined dates.
    by_type: dict[str, CountRow] = {}
    joined: dict[date, int] = {}
    rows = s.execute(
        select(Contact.participant_type, people.c.active, people.c.joined, func.count())
        .join(people, people.c.contact_id == Contact.id)
        .group_by(Contact.participant_type, people.c.active, people.c.joined)
    )
    for ptype, active, day, n in rows:
        _add(by_type, ptype, active, n)
        if day is not None:
            joined[day] = joined.get(day, 0) + n
    roles = (
        membership_scope(
            select(Membership.role, Membership.contact_id, _active_flag().label("active")), flt
        )
        .group_by(Membership.role, Membership.contact_id)
        .subquery()
    )
    by_role = _tally(
        s.execute(
            select(roles.c.role, roles.c.active, func.count()).group_by(
                roles.c.role, roles.c.active
            )
        )
    )
    active = sum(r.active for r in by_type.values())
    inactive = sum(r.inactive for r in by_type.values())
    return MemberMeasures(
        by_type=ordered_rows(by_type, vocabulary_order(s, ParticipantType)),
        by_role=ordered_rows(by_role, vocabulary_order(s, MembershipRole)),
        active=active,
        inactive=inactive,
        new_per_month=_new_per_month(list(joined.items()), flt),
    )


def _new_per_month(joined: list[tuple[date, int]], flt: ReportFilter) -> list[MonthCount]:
    """People whose first membership in scope began in each month of the range (gaps as 0)."""
    days = [
        (day, n)
        for day, n in joined
        if (flt.date_from is None or day >= flt.date_from)
        and (flt.date_to is None or day <= flt.date_to)
    ]
    first = flt.date_from or (min(d for d, _ in days) if days else None)
    last = flt.date_to or (max(d for d, _ in days) if days else None)
    if first is None or last is None:
        return []
    counts = {m: MonthCount(m) for m in months_between(first, last)}
    for day, n in days:
        counts[month_of(day)].count += n
    return list(counts.values())


# Joins collaborative names in SQL; a control character cannot occur in a typed name.
_NAME_SEPARATOR = "\x1f"


def spanning_people(s: Session, flt: ReportFilter) -> list[PersonSpan]:
    """People active in more than one collaborative; with a collaborative chosen, its members."""
    anywhere = ReportFilter(date_to=flt.date_to)
    count = func.count().label("n")
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
        .where(Membership.active.is_(True)),
        anywhere,
    )
    if flt.collaborative_id is not None:
        chosen = membership_scope(
            select(Membership.contact_id).where(Membership.active.is_(True)), flt
        )
        query = query.where(Contact.id.in_(chosen))
    rows = s.execute(query.group_by(Contact.id).having(count > 1))
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
