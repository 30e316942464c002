"""People drifting away: who has missed their most recent sessions (on both databases)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from at_risk_scenario import COLLABORATIVE, build_drift

from collab_desktop.services.errors import ValidationError
from collab_desktop.services.reports.at_risk import at_risk_members


def _listed(members) -> dict[str, tuple[int, object]]:  # noqa: ANN001
    return {m.name: (m.missed, m.last_attended) for m in members}


def test_finds_the_people_who_stopped_coming(db, clock) -> None:  # noqa: ANN001
    drift = build_drift(db)
    found = at_risk_members(db, drift.collaborative_id)
    assert _listed(found) == {
        "Dana Reyes": (3, drift.days[1]),
        "Fay Wu": (3, drift.days[0]),  # the excused session in between is skipped
        "Gus Hale": (3, None),  # never attended
    }
    assert {m.collaborative for m in found} == {COLLABORATIVE}
    assert found[0].email == drift.emails["Dana Reyes"]


def test_a_smaller_threshold_finds_more(db, clock) -> None:  # noqa: ANN001
    drift = build_drift(db)
    two = _listed(at_risk_members(db, drift.collaborative_id, missed=2))
    # Hal joined after the third session (two misses since); Kim's third miss was called off.
    assert two["Hal Ode"] == (2, None)
    assert two["Kim Sato"] == (2, drift.days[1])
    assert "Eli Moss" not in two and "Jo Park" not in two and "Ivy Lane" not in two
    one = _listed(at_risk_members(db, drift.collaborative_id, missed=1))
    assert one["Eli Moss"] == (1, drift.days[3])
    assert one["Jo Park"] == (1, None)  # the cancelled and the waitlisted sessions do not count
    assert "Ivy Lane" not in one  # no longer an active member
    assert list(_listed(at_risk_members(db, drift.collaborative_id, missed=4))) == []


def test_a_person_is_listed_per_collaborative(db, clock) -> None:  # noqa: ANN001
    drift = build_drift(db)
    everywhere = at_risk_members(db)
    dana = [m for m in everywhere if m.name == "Dana Reyes"]
    assert [m.collaborative_id for m in dana] == [drift.collaborative_id]
    assert at_risk_members(db, drift.other_id) == []


def test_sessions_count_once_they_are_over(db, clock) -> None:  # noqa: ANN001
    drift = build_drift(db)
    # Two weeks earlier the fourth session is just starting: only the first three are over.
    clock.set(clock.moment - timedelta(weeks=2))
    found = _listed(at_risk_members(db, drift.collaborative_id, missed=1))
    assert found["Dana Reyes"] == (1, drift.days[1])
    assert found["Fay Wu"] == (1, drift.days[0])  # absent, then excused
    assert "Eli Moss" not in found
    assert at_risk_members(db, drift.collaborative_id) == []


def test_the_threshold_must_be_positive(db, clock) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError):
        at_risk_members(db, missed=0)
