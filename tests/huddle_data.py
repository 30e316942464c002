"""A past session with chosen registrations, shared by the service and window tests of undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from collab_desktop.store.models import LearningSession, Registration

PAST = datetime(2026, 3, 3, 17, 0, tzinfo=UTC)


def huddle(db, statuses: dict[int, str]) -> int:  # noqa: ANN001
    """A past session in Universal Skills (members: contacts 2 and 3) with given registrations."""
    with db.session() as s:
        session = LearningSession(
            collaborative_id=2, title="Huddle", start_at=PAST, end_at=PAST + timedelta(hours=1)
        )
        s.add(session)
        s.flush()
        s.add_all(
            Registration(session_id=session.id, contact_id=c, status=st)
            for c, st in statuses.items()
        )
        return session.id
