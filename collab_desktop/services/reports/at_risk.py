"""People drifting away: active members who missed the last few sessions they signed up for.

For each active membership, the sessions counted are the collaborative's own sessions that are
over, not cancelled, and that the person was registered for (registered, attended or absent).
Excused sessions are skipped (they neither break nor extend a run of misses), and so are the
sessions held before the person joined the collaborative or signed up for the series (the same
rule the attendance report uses). A miss is "absent" or never marked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from collab_desktop.domain import clock
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ValidationError
from collab_desktop.services.sessions.attendance import MISS_STATUSES, late_registration_ids
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
)

DEFAULT_MISSED = 3
# Statuses of someone who was expected at a session; excused, waitlisted and cancelled are not.
COUNTED_STATUSES = ("attended", *MISS_STATUSES)


@dataclass(frozen=True, slots=True)
class AtRiskMember:
    """One member of one collaborative who has missed their most recent sessions."""

    contact_id: int
    collaborative_id: int
    name: str
    email: str
    collaborative: str
    missed: int  # sessions missed in a row since they last attended (at least the threshold)
    last_attended: date | None  # local day of the last session they attended here; None: never


def at_risk_members(
    db: Database, collaborative_id: int | None = None, missed: int = DEFAULT_MISSED
) -> list[AtRiskMember]:
    """Active members whose most recent ``missed`` counted sessions were all missed, per
    collaborative (one collaborative, or all that are not closed), longest run of misses first."""
    if missed < 1:
        raise ValidationError(
            {"missed": translate("AtRisk", "The number of missed sessions must be at least 1.")}
        )
    now = clock.now()
    with db.session() as s:
        where = [
            Membership.active.is_(True),
            LearningSession.cancelled.is_(False),
            LearningSession.end_at <= now,
            Registration.status.in_(COUNTED_STATUSES),
        ]
        if collaborative_id is not None:
            where.append(Membership.collaborative_id == collaborative_id)
        else:
            where.append(Collaborative.status != "closed")
        rows = s.execute(
            select(
                Membership.contact_id,
                Membership.collaborative_id,
                Contact.first_name,
                Contact.last_name,
                Contact.email,
                Collaborative.name,
                Registration.id,
                Registration.status,
                LearningSession.start_at,
                LearningSession.timezone,
            )
            .join(Contact, Contact.id == Membership.contact_id)
            .join(Collaborative, Collaborative.id == Membership.collaborative_id)
            .join(LearningSession, LearningSession.collaborative_id == Membership.collaborative_id)
            .join(
                Registration,
                (Registration.session_id == LearningSession.id)
                & (Registration.contact_id == Membership.contact_id),
            )
            .where(*where)
            .order_by(LearningSession.start_at.desc(), LearningSession.id.desc())
        ).all()
        late_conditions = (
            [LearningSession.collaborative_id == collaborative_id]
            if collaborative_id is not None
            else [LearningSession.end_at <= now]
        )
        late = late_registration_ids(s, late_conditions)

    runs: dict[tuple[int, int], _Run] = {}
    for contact_id, collab_id, first, last, email, collab, reg_id, status, start, zone in rows:
        if reg_id in late:
            continue
        run = runs.get((contact_id, collab_id))
        if run is None:
            name = f"{first} {last}".strip()
            run = runs[(contact_id, collab_id)] = _Run(name, email or "", collab)
        if run.last_attended is not None:
            continue  # newest first: everything older than the last attendance is settled
        if status == "attended":
            run.last_attended = to_local(start, zone).date()
        else:
            run.missed += 1

    found = [
        AtRiskMember(
            contact_id=contact_id,
            collaborative_id=collab_id,
            name=run.name,
            email=run.email,
            collaborative=run.collaborative,
            missed=run.missed,
            last_attended=run.last_attended,
        )
        for (contact_id, collab_id), run in runs.items()
        if run.missed >= missed
    ]
    found.sort(key=lambda m: (m.collaborative.casefold(), -m.missed, m.name.casefold(), m.email))
    return found


class _Run:
    """While scanning one member's sessions, newest first."""

    __slots__ = ("collaborative", "email", "last_attended", "missed", "name")

    def __init__(self, name: str, email: str, collaborative: str) -> None:
        self.name, self.email, self.collaborative = name, email, collaborative
        self.missed = 0
        self.last_attended: date | None = None
