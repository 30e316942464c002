"""Name badges for the people registered for a session (the October gathering, say)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from collab_desktop.domain import clock
from collab_desktop.domain.document_records import Badge
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import CALENDAR_COLOURS, PARTICIPANT_TYPES
from collab_desktop.io.badge_pdf import LAYOUTS, badges_pdf
from collab_desktop.services.errors import NotFoundError, ServiceError, ValidationError
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
)

# Colours of the bar, by participant type (the built-in ones in a fixed order; others by name).
_BAR_COLOURS = ("#1565C0", "#2E7D32", "#AD1457", "#EF6C00", "#6A1B9A", "#00838F")


def type_colour(participant_type: str) -> str:
    """The bar colour for a participant type; "" for none."""
    key = participant_type.strip().lower()
    if not key:
        return ""
    if key in PARTICIPANT_TYPES:
        return _BAR_COLOURS[PARTICIPANT_TYPES.index(key) % len(_BAR_COLOURS)]
    return CALENDAR_COLOURS[sum(map(ord, key)) % len(CALENDAR_COLOURS)]


def session_badges(db: Database, session_id: int) -> list[Badge]:
    """A badge for everyone registered (not cancelled), by last name. For a session of every
    collaborative, each badge names the person's own collaboratives."""
    with db.session() as s:
        session = s.get(LearningSession, session_id)
        if session is None:
            raise NotFoundError(
                translate(
                    "Badges", "No session with id {session_id}. Run 'list sessions' to see the ids."
                ).format(session_id=session_id)
            )
        people = (
            s.execute(
                select(Contact)
                .join(Registration, Registration.contact_id == Contact.id)
                .where(Registration.session_id == session_id, Registration.status != "cancelled")
                .order_by(Contact.last_name, Contact.first_name, Contact.id)
            )
            .scalars()
            .all()
        )
        own: dict[int, list[str]] = {}
        if session.collaborative_id is not None:
            collab = s.get(Collaborative, session.collaborative_id)
            names = {p.id: [collab.short_name or collab.name] for p in people}
        else:
            for contact_id, name, short in s.execute(
                select(Membership.contact_id, Collaborative.name, Collaborative.short_name)
                .join(Collaborative, Collaborative.id == Membership.collaborative_id)
                .where(
                    Membership.contact_id.in_([p.id for p in people]),
                    Membership.active.is_(True),
                )
                .order_by(Collaborative.name)
            ):
                own.setdefault(contact_id, []).append(short or name)
            names = own
        return [
            Badge(
                name=" ".join(x for x in (p.first_name.strip(), p.last_name.strip()) if x)
                or (p.email or ""),
                organization=p.organization,
                collaborative=" \u00b7 ".join(names.get(p.id, [])),
                participant_type=p.participant_type,
                colour=type_colour(p.participant_type),
            )
            for p in people
        ]


def export_badges(
    db: Database, path: Path, session_id: int, layout: str = "letter-6", colour_bar: bool = True
) -> int:
    """Write the badges PDF; returns how many badges. Nothing is written for nobody."""
    if layout not in LAYOUTS:
        raise ValidationError({"layout": f"Use the layout {' or '.join(LAYOUTS)}."})
    badges = session_badges(db, session_id)
    if not badges:
        raise ServiceError(
            translate("Badges", "Nobody is registered for this session; no badge was written.")
        )
    Path(path).write_bytes(badges_pdf(badges, layout, colour_bar, clock.now()))
    return len(badges)
