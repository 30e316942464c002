"""A small hand-built dataset with known report figures, shared by the report tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete

from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.services.directory.collaboratives import save_collaborative
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.sessions import registrations
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, Contact, SessionSeries

NY = ZoneInfo("America/New_York")
SERIES_ID = "series-alpha-seminar"


@dataclass
class Dataset:
    """Ids of what was built, by the short names the tests use."""

    collab: dict[str, int]
    person: dict[str, int]
    session: dict[str, int]


def _session(db: Database, collab_id: int | None, title: str, day: date, **extra) -> int:
    start = datetime(day.year, day.month, day.day, 10, 0, tzinfo=NY)
    rec = SessionRecord(
        collaborative_id=collab_id, title=title, start=start, end=start + timedelta(hours=1)
    )
    for key, value in extra.items():
        setattr(rec, key, value)
    return save_session(db, rec).id


def _attendance(db: Database, session_id: int, marks: dict[int, str]) -> None:
    for contact_id, status in marks.items():
        reg = registrations.register(db, session_id, contact_id)
        if status != "registered":
            registrations.set_status(db, reg.id, status)


def build_dataset(db: Database) -> Dataset:
    """Three collaboratives (one empty), five people, a four-session series and a gathering."""
    with db.session() as s:
        s.execute(delete(Contact))
        s.execute(delete(Collaborative))
        s.add(SessionSeries(id=SERIES_ID, title="Alpha monthly seminar"))
    collab = {
        key: save_collaborative(db, CollaborativeRecord(name=name)).id
        for key, name in (("A", "Alpha"), ("B", "Beta"), ("E", "Empty"))
    }
    people = (
        ("p1", "Pat", "One", "patient"),
        ("p2", "Fay", "Two", "family member"),
        ("p3", "Fran", "Three", "frontline team member"),
        ("p4", "Rae", "Four", "researcher"),
        ("p5", "Nel", "Five", ""),
    )
    person = {
        key: save_contact(
            db,
            ContactRecord(
                first_name=first, last_name=last, email=f"{key}@example.org", participant_type=t
            ),
        ).id
        for key, first, last, t in people
    }
    for who, where, role, joined, active in (
        ("p1", "A", "member", date(2026, 1, 15), True),
        ("p2", "A", "member", date(2026, 2, 3), True),
        ("p3", "A", "lead contact", date(2026, 2, 20), True),
        ("p5", "A", "member", date(2025, 12, 1), False),
        ("p1", "B", "presenter", date(2026, 3, 1), True),
        ("p4", "B", "member", date(2026, 1, 10), True),
        ("p3", "B", "member", date(2026, 3, 5), False),
    ):
        add_membership(db, person[who], collab[where], role, joined, active)

    a, b = collab["A"], collab["B"]
    session = {
        "A1": _session(db, a, "Seminar 1", date(2026, 1, 20), series_id=SERIES_ID),
        "A2": _session(db, a, "Seminar 2", date(2026, 2, 17), series_id=SERIES_ID),
        "A3": _session(db, a, "Seminar 3", date(2026, 3, 17), series_id=SERIES_ID),
        "A4": _session(db, a, "Seminar 4", date(2026, 4, 21), series_id=SERIES_ID),
        "A5": _session(db, a, "Working session", date(2026, 3, 25), kind="working session"),
        "A6": _session(db, a, "Called off", date(2026, 3, 3), cancelled=True),
        "B1": _session(db, b, "Beta kickoff", date(2026, 2, 10)),
        "G": _session(
            db, None, "October gathering", date(2026, 10, 15), kind="annual learning session"
        ),
    }
    p = person
    # Nel (p5) was a member then; Fran (p3) only joined Alpha after the first seminar.
    _attendance(db, session["A1"], {p["p1"]: "attended", p["p2"]: "attended", p["p5"]: "absent"})
    _attendance(db, session["A2"], {p["p1"]: "attended", p["p2"]: "absent", p["p3"]: "attended"})
    _attendance(
        db, session["A3"], {p["p1"]: "attended", p["p2"]: "attended", p["p5"]: "registered"}
    )
    _attendance(db, session["A5"], {p["p3"]: "cancelled", p["p1"]: "attended"})
    _attendance(db, session["A6"], {p["p1"]: "attended"})
    _attendance(db, session["B1"], {p["p4"]: "attended", p["p1"]: "attended"})
    _attendance(
        db,
        session["G"],
        {p["p1"]: "attended", p["p3"]: "attended", p["p4"]: "absent", p["p2"]: "attended"},
    )
    return Dataset(collab, person, session)
