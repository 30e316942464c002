"""Time the reports at scale: 20 collaboratives, 50,000 contacts, 5,000 sessions, 100,000
registrations (seeded random data, bulk inserts). Prints figures; not a test.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_reports.py [--keep PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.domain.vocab import MEMBERSHIP_ROLES, PARTICIPANT_TYPES
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
    SessionSeries,
)
from collab_desktop.store.open import open_database

COLLABORATIVES = 20
CONTACTS = 50_000
SESSIONS = 5_000
REGISTRATIONS = 100_000
SERIES_PER_COLLABORATIVE = 4
FIRST_DAY = datetime(2022, 1, 3, 15, 0, tzinfo=UTC)
STATUSES = ("attended",) * 6 + ("absent",) * 2 + ("registered", "cancelled")


def generate(db: Database, rng: random.Random) -> None:
    """Fill the database with the benchmark's data in a few bulk Core inserts."""
    types = (*PARTICIPANT_TYPES, "")
    with db.engine.begin() as conn:
        conn.execute(
            insert(Collaborative),
            [
                {"id": 1000 + i, "name": f"Bench collaborative {i:02d}"}
                for i in range(COLLABORATIVES)
            ],
        )
        collab_ids = [1000 + i for i in range(COLLABORATIVES)]
        conn.execute(
            insert(Contact),
            [
                {
                    "id": 10_000 + i,
                    "first_name": f"First{i}",
                    "last_name": f"Last{i}",
                    "email": f"person{i}@bench.example",
                    "email_key": f"person{i}@bench.example",
                    "participant_type": rng.choice(types),
                }
                for i in range(CONTACTS)
            ],
        )
        members: dict[int, list[int]] = {c: [] for c in collab_ids}
        memberships = []
        for i in range(CONTACTS):
            contact_id = 10_000 + i
            for collab in rng.sample(collab_ids, rng.choices((1, 2, 3), weights=(90, 8, 2))[0]):
                members[collab].append(contact_id)
                memberships.append(
                    {
                        "contact_id": contact_id,
                        "collaborative_id": collab,
                        "role": rng.choice(MEMBERSHIP_ROLES),
                        "joined_on": date(2022, 1, 1) + timedelta(days=rng.randrange(1700)),
                        "active": rng.random() < 0.85,
                    }
                )
        conn.execute(insert(Membership), memberships)
        series = [
            {"id": f"bench-{c}-{k}", "collaborative_id": c, "title": f"Series {k} of {c}"}
            for c in collab_ids
            for k in range(SERIES_PER_COLLABORATIVE)
        ]
        conn.execute(insert(SessionSeries), series)
        sessions = []
        for i in range(SESSIONS):
            start = FIRST_DAY + timedelta(hours=rng.randrange(5 * 365 * 24))
            gathering = i % 250 == 0
            collab = None if gathering else rng.choice(collab_ids)
            sessions.append(
                {
                    "id": 100_000 + i,
                    "collaborative_id": collab,
                    "title": f"Session {i}",
                    "kind": "annual learning session" if gathering else "learning seminar",
                    "start_at": start.replace(month=10) if gathering else start,
                    "end_at": (start.replace(month=10) if gathering else start)
                    + timedelta(hours=1),
                    "timezone": "America/New_York",
                    "series_id": None
                    if gathering or rng.random() < 0.2
                    else f"bench-{collab}-{rng.randrange(SERIES_PER_COLLABORATIVE)}",
                    "cancelled": rng.random() < 0.02,
                }
            )
        conn.execute(insert(LearningSession), sessions)
        per_session = REGISTRATIONS // SESSIONS
        everyone = list(range(10_000, 10_000 + CONTACTS))
        registrations = []
        for s in sessions:
            pool = members[s["collaborative_id"]] if s["collaborative_id"] else everyone
            for contact_id in rng.sample(pool, min(per_session, len(pool))):
                registrations.append(
                    {
                        "session_id": s["id"],
                        "contact_id": contact_id,
                        "status": rng.choice(STATUSES),
                    }
                )
        conn.execute(insert(Registration), registrations)


def timed(label: str, fn: Callable[[], object], repeat: int = 5) -> float:
    """Run fn repeat times; print and return the median seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    print(f"{label:<58} median {median * 1000:7.1f} ms  (min {min(times) * 1000:.1f})")
    return median


def bench_gui(db: Database, flt: ReportFilter) -> None:
    """Time drawing a computed report on the Reports tab offscreen, and compute + draw together."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from collab_desktop.services.reports import build_report
    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.events import DataEvents
    from collab_desktop.ui.tabs.reports_tab import ReportsTab
    from collab_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tab = ReportsTab(AppContext(db, DataEvents(), TaskRunner()))
    tab.resize(1400, 900)
    report = build_report(db, flt)

    def draw() -> None:
        tab.show_report(report)
        tab.grab()  # paint the visible page

    timed("Reports tab: draw a computed report (all collaboratives)", draw)

    def compute_and_draw() -> None:
        tab.show_report(build_report(db, flt))
        tab.grab()

    timed("Reports tab: compute + draw", compute_and_draw)
    tab.deleteLater()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the database here and keep it")
    args = parser.parse_args()
    from collab_desktop.io.report_export import export_report
    from collab_desktop.services.reports import build_report

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite"
        path.unlink(missing_ok=True)
        db, _ = open_database(path)
        t0 = time.perf_counter()
        generate(db, random.Random(20261025))
        print(f"generated data in {time.perf_counter() - t0:.1f} s at {path}")
        one = ReportFilter(collaborative_id=1005)
        year = ReportFilter(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
        report = build_report(db, ReportFilter())
        print(
            f"{len(report.sessions)} sessions, {report.registered} registrations in scope, "
            f"{report.members.total} members, {len(report.spanning)} in several collaboratives, "
            f"{len(report.certificates)} certificate rows"
        )
        timed(
            "build_report: all collaboratives, all dates", lambda: build_report(db, ReportFilter())
        )
        timed("build_report: one collaborative", lambda: build_report(db, one))
        timed("build_report: all collaboratives, one year", lambda: build_report(db, year))
        timed(
            "export_report: all collaboratives (xlsx)",
            lambda: export_report(report, Path(tmp) / "report.xlsx"),
            repeat=1,
        )
        bench_gui(db, ReportFilter())
        db.dispose()


if __name__ == "__main__":
    main()
