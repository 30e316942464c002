"""Sign-up sheet of a 300-person session and the .ics of 5,000 sessions, on the bench database.

The sheet: one session of the generated database gets 300 registrations (through the same
service the window uses), then ``export_signup_sheet`` writes the printable workbook; target
under 0.3 s. The calendar: ``export_calendar`` writes every session of the database (5,000)
to one .ics file; target under 1 s. Both are timed in-process with the
database open (what a click in the window costs), median of several runs; the same commands
through the CLI in a fresh process are printed alongside, start-up included, for information.
Each output is read back (openpyxl, icalendar) to check it holds what was timed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("COLLAB_DESKTOP_TZ", "America/New_York")

from common import bench_env, median, repeats, report, run_python, scratch_dir  # noqa: E402
from datagen import working_copy  # noqa: E402

BENCH = "sheets"
PEOPLE = 300
SHEET_TARGET_S = 0.3
ICS_TARGET_S = 1.0


def big_session(db) -> int:  # noqa: ANN001 - Database
    """A generated session with exactly PEOPLE registrations, registered through the service."""
    from sqlalchemy import delete, select

    from collab_desktop.services.sessions.registrations import register_people
    from collab_desktop.store.models import Contact, LearningSession, Registration

    with db.session() as s:
        session_id = s.scalar(
            select(LearningSession.id)
            .where(LearningSession.restricted_role == "", LearningSession.series_id.is_(None))
            .order_by(LearningSession.start_at.desc())
            .limit(1)
        )
        s.execute(delete(Registration).where(Registration.session_id == session_id))
        contact_ids = list(s.scalars(select(Contact.id).order_by(Contact.id).limit(PEOPLE)))
    register_people(db, session_id, contact_ids, any_role=True)
    return session_id


def sheet_names(path: Path) -> int:
    """How many people the written sheet lists (rows with a printed name)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        ws = wb.worksheets[0]
        return sum(
            1 for row in ws.iter_rows(values_only=True) if any(isinstance(v, str) for v in row[:2])
        )
    finally:
        wb.close()


def calendar_count(path: Path) -> int:
    """VEVENTs in the written .ics file."""
    from icalendar import Calendar

    return len(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def main() -> None:
    from collab_desktop.services.sessions.calendar_export import export_calendar
    from collab_desktop.services.sessions.signup_sheets import export_signup_sheet
    from collab_desktop.store.open import open_database

    folder = scratch_dir("collab-bench-sheets-")
    db_path = working_copy(folder=folder)
    db, _ = open_database(db_path)
    session_id = big_session(db)
    sheet, ics = folder / "sheet.xlsx", folder / "sessions.ics"
    export_signup_sheet(db, session_id, sheet)  # first use loads openpyxl: not timed

    sheet_times = []
    for _ in range(repeats(7)):
        start = time.perf_counter()
        export_signup_sheet(db, session_id, sheet)
        sheet_times.append(time.perf_counter() - start)
    listed = sheet_names(sheet)
    print(
        f"sign-up sheet: {listed} rows with text in the first two columns (title, header, people)"
    )

    export_calendar(db, ics)  # first use loads icalendar: not timed
    ics_times, events = [], 0
    for _ in range(repeats(5)):
        start = time.perf_counter()
        events = export_calendar(db, ics)
        ics_times.append(time.perf_counter() - start)
    parsed = calendar_count(ics)
    print(
        f".ics: {events} events written, {parsed} VEVENTs read back, {ics.stat().st_size:,} bytes"
    )
    db.dispose()

    env = bench_env()
    cli = ["-m", "collab_desktop", "--db", str(db_path)]
    start = time.perf_counter()
    run_python([*cli, "export-signup", str(folder / "cli.xlsx"), "--session", str(session_id)], env)
    sheet_cli = time.perf_counter() - start
    start = time.perf_counter()
    run_python([*cli, "export-ics", str(folder / "cli.ics")], env)
    ics_cli = time.perf_counter() - start

    sheet_s = median(sheet_times)
    report(
        BENCH,
        f"sign-up sheet, {PEOPLE}-person session (database open)",
        sheet_s * 1000,
        "ms",
        target=f"< {SHEET_TARGET_S * 1000:.0f} ms",
        ok=sheet_s < SHEET_TARGET_S,
    )
    report(BENCH, "sign-up sheet: export-signup command, fresh process", sheet_cli, "s")
    ics_s = median(ics_times)
    report(
        BENCH,
        f".ics of every session ({events:,} events, database open)",
        ics_s * 1000,
        "ms",
        target=f"< {ICS_TARGET_S * 1000:.0f} ms",
        ok=ics_s < ICS_TARGET_S,
    )
    report(BENCH, ".ics: export-ics command, fresh process", ics_cli, "s")


if __name__ == "__main__":
    main()
