"""The monthly trend leaves excused people out of "Registered" and its rate (both databases)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.services.directory.collaboratives import save_collaborative
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.reports.reports import build_report
from collab_desktop.services.sessions.registrations import register, set_status
from collab_desktop.services.sessions.sessions import save_session


def test_trend_leaves_excused_out(db, clock) -> None:  # noqa: ANN001
    collab = save_collaborative(db, CollaborativeRecord(name="Trend Collaborative")).id
    start = clock.moment - timedelta(days=3)
    session = save_session(
        db,
        SessionRecord(
            collaborative_id=collab, title="Seminar", start=start, end=start + timedelta(hours=1)
        ),
    ).id
    for first, status in (("Ann", "attended"), ("Bo", "attended"), ("Cy", "absent"),
                          ("Di", "excused"), ("Ed", "excused")):  # fmt: skip
        contact = save_contact(
            db, ContactRecord(first_name=first, last_name="Trend", email=f"{first}@example.org")
        ).id
        add_membership(db, contact, collab, joined_on=date(2020, 1, 1))
        set_status(db, register(db, session, contact).id, status)

    report = build_report(db, ReportFilter(collaborative_id=collab))
    (row,) = report.sessions
    assert (row.registered, row.excused, row.rate) == (5, 2, pytest.approx(2 / 3))
    (month,) = [m for m in report.trend if m.sessions]
    assert (month.registered, month.attended, month.excused, month.absent) == (5, 2, 2, 1)
    assert month.rate == pytest.approx(2 / 3)  # the same as the session's
