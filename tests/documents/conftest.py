"""A small year of seminars with attendance recorded, for the document tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Registration,
    SessionSeries,
)

ESTAR = "LHS E-STaR: LHS Scientists Collaborative"


@dataclass
class Year:
    collaborative_id: int
    series_id: str
    session_ids: list[int]  # the three held seminars, oldest first
    future_id: int
    gathering_id: int
    people: dict[str, int]


def add_contact(s, first: str, last: str, email: str | None, **extra) -> Contact:  # noqa: ANN001
    row = Contact(
        first_name=first,
        last_name=last,
        email=email,
        email_key=email.lower() if email else None,
        **extra,
    )
    s.add(row)
    s.flush()
    return row


@pytest.fixture
def year(db, clock) -> Year:  # noqa: ANN001
    """E-STaR seminars on 13 Jan, 10 Feb, 10 Mar 2026 (1.5 h each; 1 h for the last), one in
    2027, a cancelled one, and the October gathering; attendance for five people."""
    with db.session() as s:
        collab = s.query(Collaborative).filter_by(name=ESTAR).one()
        series = SessionSeries(
            id="0c0ffee0-0000-4000-8000-000000000001",
            collaborative_id=collab.id,
            title="LHS learning seminar",
            rrule="FREQ=MONTHLY;BYDAY=2TU;COUNT=4",
            dtstart_local="2026-01-13T12:00:00",
            timezone="America/New_York",
        )
        s.add(series)
        s.flush()
        starts = [datetime(2026, 1, 13, 17, tzinfo=UTC), datetime(2026, 2, 10, 17, tzinfo=UTC),
                  datetime(2026, 3, 10, 16, tzinfo=UTC)]  # fmt: skip
        lengths = [timedelta(hours=1.5), timedelta(hours=1.5), timedelta(hours=1)]
        held = [
            LearningSession(
                collaborative_id=collab.id,
                title="LHS learning seminar",
                start_at=start,
                end_at=start + length,
                timezone="America/New_York",
                series_id=series.id,
                location="Room 1",
            )
            for start, length in zip(starts, lengths, strict=True)
        ]
        cancelled = LearningSession(
            collaborative_id=collab.id, title="LHS learning seminar", series_id=series.id,
            start_at=datetime(2026, 4, 14, 16, tzinfo=UTC), end_at=datetime(2026, 4, 14, 17, tzinfo=UTC),
            timezone="America/New_York", cancelled=True,
        )  # fmt: skip
        future = LearningSession(
            collaborative_id=collab.id, title="LHS learning seminar", series_id=series.id,
            start_at=datetime(2027, 1, 12, 17, tzinfo=UTC), end_at=datetime(2027, 1, 12, 18, tzinfo=UTC),
            timezone="America/New_York",
        )  # fmt: skip
        gathering = LearningSession(
            collaborative_id=None, title="Annual gathering", kind="annual gathering",
            start_at=datetime(2026, 10, 15, 13, tzinfo=UTC), end_at=datetime(2026, 10, 15, 21, tzinfo=UTC),
            timezone="America/New_York", location="Hanover Inn",
        )  # fmt: skip
        s.add_all([*held, cancelled, future, gathering])
        s.flush()
        people = {
            "ana": add_contact(s, "Ana", "Lopez-Ñúñez", "ana@example.org", organization="Riverside Clinic",
                               participant_type="Patient partner", consent=True),
            "bob": add_contact(s, "Bob", "Smith", "bob@example.org", organization="Dartmouth Health",
                               participant_type="Researcher"),
            "salma": add_contact(s, "سلمى", "الحسيني", None, organization="مستشفى الأمل"),
            "formula": add_contact(s, "=HYPERLINK(\"http://x\",\"click\")", "Ng", "f@example.org",
                                   consent=True),
            "long": add_contact(s, "Maria-Magdalena Anastasia", "Wojciechowska-Szczepańska 🌷",
                                "mm@example.org", organization="Université de Montréal, Faculté de médecine"),
        }  # fmt: skip
        attended = {
            "ana": [0, 1, 2],
            "bob": [0, 1],
            "salma": [0, 1, 2],
            "formula": [2],
            "long": [0, 1, 2],
        }
        for key, indexes in attended.items():
            for i, session in enumerate(held):
                status = "attended" if i in indexes else "absent"
                s.add(Registration(session_id=session.id, contact_id=people[key].id, status=status))
            s.add(Registration(session_id=gathering.id, contact_id=people[key].id))
            s.add(Registration(session_id=future.id, contact_id=people[key].id))
        return Year(
            collab.id,
            series.id,
            [h.id for h in held],
            future.id,
            gathering.id,
            {k: v.id for k, v in people.items()},
        )
