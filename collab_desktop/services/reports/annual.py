"""Headline figures for the annual October gathering that spans every collaborative.

A gathering session is one of kind "annual learning session", or one held in October with no
collaborative. With one collaborative chosen, the figures count that collaborative's own annual
sessions in full and, at the shared gathering, only its members.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from collab_desktop.domain.report_records import PATIENT_FAMILY_TYPES, AnnualGathering, ReportFilter
from collab_desktop.domain.vocab import HOLDS_A_PLACE
from collab_desktop.services.reports.scope import ScopedSession, load_sessions
from collab_desktop.store.models import Contact, LearningSession, Membership, Registration

ANNUAL_KIND = "annual learning session"
OCTOBER = 10


def is_gathering(x: ScopedSession) -> bool:
    """Whether a session belongs to the annual gathering."""
    return x.kind == ANNUAL_KIND or (x.collaborative_id is None and x.day.month == OCTOBER)


def annual_gatherings(s: Session, flt: ReportFilter) -> list[AnnualGathering]:
    """One row per year with a gathering session in range, oldest first."""
    chosen = flt.collaborative_id
    # Only candidates come back: the October test needs the local day, so it is done here.
    candidates = or_(
        LearningSession.kind == ANNUAL_KIND, LearningSession.collaborative_id.is_(None)
    )
    sessions = [
        x
        for x in load_sessions(s, flt, any_collaborative=True, where=[candidates])
        if is_gathering(x) and (chosen is None or x.collaborative_id in (None, chosen))
    ]
    if not sessions:
        return []
    by_id = {x.id: x for x in sessions}
    query = (
        select(
            Registration.session_id,
            Registration.contact_id,
            Registration.status,
            Contact.participant_type,
        )
        .join(Contact, Contact.id == Registration.contact_id)
        .where(Registration.session_id.in_(list(by_id)), Registration.status.in_(HOLDS_A_PLACE))
    )
    members: set[int] | None = None
    if chosen is not None:
        members = set(
            s.scalars(select(Membership.contact_id).where(Membership.collaborative_id == chosen))
        )
    years: dict[int, AnnualGathering] = {}
    people: dict[int, set[int]] = defaultdict(set)
    partners: dict[int, set[int]] = defaultdict(set)
    for x in sessions:
        years.setdefault(x.day.year, AnnualGathering(x.day.year)).sessions += 1
    for session_id, contact_id, status, ptype in s.execute(query):
        x = by_id[session_id]
        if members is not None and x.collaborative_id is None and contact_id not in members:
            continue
        year = years[x.day.year]
        year.registered += 1
        if status == "excused":
            year.excused += 1
        elif status == "absent":
            year.absent += 1
        elif status == "attended":
            year.attended += 1
            people[year.year].add(contact_id)
            if ptype.strip() in PATIENT_FAMILY_TYPES:
                partners[year.year].add(contact_id)
    _count_collaboratives(s, list(by_id), years, people)
    for year in years.values():
        year.people = len(people[year.year])
        year.patient_family = len(partners[year.year])
    return sorted(years.values(), key=lambda y: y.year)


def _count_collaboratives(
    s: Session,
    session_ids: list[int],
    years: dict[int, AnnualGathering],
    people: dict[int, set[int]],
) -> None:
    """How many collaboratives the attendees of each year come from (active memberships)."""
    if not any(people.values()):
        return
    attendees = select(Registration.contact_id).where(
        Registration.session_id.in_(session_ids), Registration.status == "attended"
    )
    collabs: dict[int, set[int]] = defaultdict(set)
    rows = s.execute(
        select(Membership.contact_id, Membership.collaborative_id).where(
            Membership.active.is_(True), Membership.contact_id.in_(attendees)
        )
    )
    for contact_id, collaborative_id in rows:
        collabs[contact_id].add(collaborative_id)
    for year in years.values():
        year.collaboratives = len(set().union(*(collabs[c] for c in people[year.year])))
