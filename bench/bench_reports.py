"""Time the reports at scale: 20 collaboratives, 50,000 contacts, 5,000 sessions, 100,000
registrations (seeded random data with series and annual gatherings, bulk inserts, cached in the
benchmark folder). Prints figures for run_all.py; not a test.

The target (issue: the Reports tab renders in under 0.5 s at 100,000 registrations) is checked on
the tab with its default filters (all collaboratives, all dates), shown at 1400 x 900: the time
from asking for the report until the Members page is drawn. The other pages fill in after; the
time until every page is drawn is reported beside it.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_reports.py [--keep PATH]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import report  # noqa: E402
from datagen import cache_dir  # noqa: E402

from collab_desktop.domain.report_records import ReportFilter  # noqa: E402
from collab_desktop.domain.vocab import MEMBERSHIP_ROLES, PARTICIPANT_TYPES  # noqa: E402
from collab_desktop.store.database import Database  # noqa: E402
from collab_desktop.store.models import (  # noqa: E402
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
    SessionSeries,
)
from collab_desktop.store.open import open_database  # noqa: E402

COLLABORATIVES = 20
CONTACTS = 50_000
SESSIONS = 5_000
REGISTRATIONS = 100_000
SERIES_PER_COLLABORATIVE = 4
FIRST_DAY = datetime(2022, 1, 3, 15, 0, tzinfo=UTC)
STATUSES = ("attended",) * 6 + ("absent",) * 2 + ("registered", "cancelled")
SEED = 20261025
# Bump when generate() changes, so a stale cached database is not reused.
GENERATOR_VERSION = 1
BENCH = "reports"
TARGET_S = 0.5


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


def timed(label: str, fn: Callable[[], object], repeat: int = 5, target: bool = False) -> float:
    """Run fn repeat times; report the median wall time (and print the CPU time)."""
    walls, cpus = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    report(
        BENCH,
        label,
        wall * 1000,
        "ms",
        target=f"< {TARGET_S * 1000:.0f} ms" if target else "",
        ok=wall < TARGET_S if target else None,
        note=f"median of {repeat}; cpu {cpu * 1000:.0f} ms",
    )
    return wall


def cached_database() -> Path:
    """The benchmark database, generated once per generator and schema version, then reused."""
    from collab_desktop.store.schema_version import SCHEMA_HEAD

    target = cache_dir() / f"reports_v{GENERATOR_VERSION}_{SCHEMA_HEAD}_seed{SEED}.sqlite"
    if target.exists():
        return target
    work = Path(tempfile.mkdtemp(prefix="gen-reports-", dir=cache_dir()))
    try:
        db, _ = open_database(work / target.name)
        t0 = time.perf_counter()
        generate(db, random.Random(SEED))
        # Measure an ordinary database file, as the app opens it: the WAL folded back in.
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        print(f"generated data in {time.perf_counter() - t0:.1f} s")
        os.replace(work / target.name, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def bench_gui(db: Database, tmp: Path) -> None:
    """Time the Reports tab with its default filters: Members page first, then every page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from collab_desktop.services.reports.reports import (
        build_overview,
        build_report,
        complete_report,
    )
    from collab_desktop.services.reports.summary import write_summary
    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.events import DataEvents
    from collab_desktop.ui.tabs.reports_tab import ReportsTab
    from collab_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tab = ReportsTab(AppContext(db, DataEvents(), TaskRunner()))
    tab.resize(1400, 900)
    tab.show()
    app.processEvents()
    tab.ctx.tasks.wait()
    app.processEvents()
    flt = tab.current_filter()  # the default filters
    n = tab.n_spin.value()
    print(f"default filters: {flt}")
    full = build_report(db, flt, n)

    def paint() -> None:
        app.processEvents()  # deliver the resize and show events the new data causes
        tab.grab()  # paint the visible page

    def draw() -> None:
        tab.show_report(full)
        paint()

    timed("Reports tab: draw a computed report (every page)", draw)

    def first_page() -> object:
        overview = build_overview(db, flt, n)
        tab.show_report(overview)
        paint()
        return overview

    timed(
        "Reports tab shown, default filters: compute + draw the Members page",
        first_page,
        target=True,
    )

    def every_page() -> None:
        tab.show_report(complete_report(db, first_page()))
        paint()

    timed("Reports tab, default filters: compute + draw every page", every_page)
    timed(
        "PDF summary (one page, three charts)",
        lambda: write_summary(full, tmp / "summary.pdf"),
        repeat=3,
    )
    tab.deleteLater()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="also copy the database here")
    args = parser.parse_args()
    from collab_desktop.io.report_export import export_report
    from collab_desktop.services.reports.reports import build_overview, build_report

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        shutil.copyfile(cached_database(), path)
        if args.keep:
            shutil.copyfile(path, args.keep)
        db, _ = open_database(path)
        one = ReportFilter(collaborative_id=1005)
        year = ReportFilter(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
        whole = build_report(db, ReportFilter())
        print(
            f"{len(whole.sessions)} sessions, {whole.registered} registrations in scope, "
            f"{whole.members.total} members, {len(whole.spanning)} in several collaboratives, "
            f"{len(whole.certificates)} certificate rows"
        )
        timed(
            "build_report: all collaboratives, all dates", lambda: build_report(db, ReportFilter())
        )
        timed("build_overview (members): all collaboratives, all dates",
              lambda: build_overview(db, ReportFilter()))  # fmt: skip
        timed("build_report: one collaborative", lambda: build_report(db, one))
        timed("build_report: all collaboratives, one year", lambda: build_report(db, year))
        timed(
            "export_report: all collaboratives, all dates (xlsx)",
            lambda: export_report(whole, Path(tmp) / "report.xlsx"),
            repeat=1,
        )
        bench_gui(db, Path(tmp))
        db.dispose()


if __name__ == "__main__":
    main()
