"""Conflict hints: sessions that overlap in time with the same presenter or in the same room."""

from __future__ import annotations

import re

from sqlalchemy import select

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.series_records import ConflictHint
from collab_desktop.domain.timezones import to_local
from collab_desktop.store.database import Database
from collab_desktop.store.models import LearningSession


def presenter_names(text: str) -> set[str]:
    """Presenters written as 'A; B', 'A, B' or 'A and B', compared without case."""
    parts = re.split(r"[;,/]| and |&", text or "")
    return {p.strip().lower() for p in parts if p.strip()}


def find_conflicts(db: Database, rec: SessionRecord) -> list[ConflictHint]:
    """Other sessions overlapping rec's time that share a presenter or the location."""
    if rec.start is None or rec.end is None or rec.cancelled:
        return []
    mine = presenter_names(rec.presenters)
    room = rec.location.strip().lower()
    if not mine and not room:
        return []
    with db.session() as s:
        others = s.scalars(
            select(LearningSession).where(
                LearningSession.start_at < rec.end,
                LearningSession.end_at > rec.start,
                LearningSession.cancelled.is_(False),
                LearningSession.id != (rec.id or -1),
            )
        ).all()
    hints: list[ConflictHint] = []
    for other in others:
        start = to_local(other.start_at, other.timezone)
        shared = sorted(mine & presenter_names(other.presenters))
        if shared:
            hints.append(
                ConflictHint(rec.id, other.id, other.title, start, "presenter", ", ".join(shared))
            )
        if room and other.location.strip().lower() == room:
            hints.append(
                ConflictHint(rec.id, other.id, other.title, start, "location", other.location)
            )
    return hints


def conflicts_for_sessions(db: Database, sessions: list[SessionRecord]) -> list[ConflictHint]:
    """Conflict hints for many sessions (e.g. a new series), without pairs inside the list."""
    own = {r.id for r in sessions}
    return [
        hint for rec in sessions for hint in find_conflicts(db, rec) if hint.other_id not in own
    ]
