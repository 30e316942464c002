"""Small builders for the attendance tests: a collaborative, people, sessions relative to the
clock fixture's moment (so the tests pass on any day and in any zone)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.services.directory.collaboratives import save_collaborative
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.sessions.sessions import save_session

NY = ZoneInfo("America/New_York")


def collaborative(db, name: str = "Hybrid Learning") -> int:  # noqa: ANN001
    return save_collaborative(db, CollaborativeRecord(name=name)).id


def person(
    db,  # noqa: ANN001
    first: str,
    last: str,
    collab_id: int | None = None,
    joined: date | None = None,
    email: str | None = None,
) -> int:
    contact_id = save_contact(
        db,
        ContactRecord(
            first_name=first,
            last_name=last,
            email=email if email is not None else f"{first}.{last}@example.org".lower(),
        ),
    ).id
    if collab_id is not None:
        add_membership(db, contact_id, collab_id, joined_on=joined or date(2020, 1, 1))
    return contact_id


def session(
    db,  # noqa: ANN001
    collab_id: int | None,
    start: datetime,
    minutes: int = 60,
    title: str = "Hybrid seminar",
    capacity: int | None = None,
    series_id: str | None = None,
) -> int:
    rec = SessionRecord(
        collaborative_id=collab_id,
        title=title,
        start=start,
        end=start + timedelta(minutes=minutes),
        capacity=capacity,
        series_id=series_id,
    )
    return save_session(db, rec).id
