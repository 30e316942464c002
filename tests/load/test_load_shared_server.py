"""Eight coordinators' command lines writing to one PostgreSQL server at once, for a minute.

Each of 8 workers runs ``collab-desktop --db URL ...`` again and again: adding contacts (every
other one a person all the workers add, under differently cased e-mails), signing people up for
three shared sessions, marking them attended and importing small rosters that share people,
and logs what was done and what was refused.
Afterwards every write a process reported is in the database, nobody is there twice, and the
integrity check is clean. COLLAB_LOAD_SECONDS sets the duration (60 by default);
COLLAB_LOAD_REPORT names a JSON file for the figures (bench/RESULTS.md quotes them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

WORKERS = 8
SESSIONS = 3
DURATION_S = float(os.environ.get("COLLAB_LOAD_SECONDS", "60"))
# The refusals a correct run may meet: the same person added by another process first, a
# sign-up made twice. Anything else (a traceback, a lock error) fails the test.
EXPECTED_REFUSALS = ("already belongs to", "already registered", "try again when it has finished")


@dataclass
class Step:
    """One command a worker ran and what became of it."""

    worker: int
    op: str
    email: str
    session: int | None
    ok: bool
    seconds: float
    said: str


def _run(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "collab_desktop", "--db", url, *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def _roster(folder: Path, number: int, n: int) -> tuple[Path, list[str]]:
    """A small roster: one person of this worker's own and two that every worker imports."""
    emails = [
        f"w{number}-import{n}@collab-load.org",
        f"roster{n // 8}a@collab-load.org",
        f"ROSTER{n // 8}B@collab-load.org" if number % 2 else f"roster{n // 8}b@collab-load.org",
    ]
    path = folder / f"w{number}-{n}.csv"
    lines = ["First Name,Last Name,Email", *(f"R{i},W{number},{e}" for i, e in enumerate(emails))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, emails


def _worker(
    url: str, number: int, sessions: list[int], until: float, log: list[Step], folder: Path
) -> None:
    """Add, import a small roster, sign up and mark, in turn, until the time is up."""
    added: list[str] = []
    signed: list[tuple[int, str]] = []
    n = 0
    while time.monotonic() < until:
        turn = n % 4
        if turn == 1:
            path, emails = _roster(folder, number, n)
            args = ("import-roster", str(path))
            email, session, op = ",".join(emails), None, "import"
        elif turn == 0 or not added:
            shared = (n // 4) % 2 == 0
            email = (
                f"shared{n // 8}@collab-load.org" if shared else f"w{number}-{n}@collab-load.org"
            )
            if number % 2:
                email = email.upper()  # the same person, written another way
            args = ("add-contact", "--first", f"P{n}", "--last", f"W{number}", "--email", email)
            session = None
            op = "add"
        elif turn == 2 or not signed:
            email = added[-1]
            session = sessions[(n + number) % len(sessions)]
            args = ("signup", "--session", str(session), "--email", email)
            op = "signup"
        else:
            session, email = signed[-1]
            args = ("mark", "--session", str(session), "--email", email, "--status", "attended")
            op = "mark"
        started = time.monotonic()
        done = _run(url, *args)
        step = Step(
            number,
            op,
            email,
            session,
            done.returncode == 0,
            time.monotonic() - started,
            (done.stderr or done.stdout).strip(),
        )
        log.append(step)
        if step.ok and op == "add":
            added.append(email)
        elif op == "add" and "already belongs to" in step.said:
            added.append(email)  # someone else added this person: sign them up all the same
        elif step.ok and op == "signup":
            signed.append((session, email))
        n += 1


@pytest.mark.slow
def test_eight_command_lines_at_once_lose_and_double_nothing(pg_url: str, tmp_path: Path) -> None:
    from collab_desktop.services.sessions.registrations import list_registrations
    from collab_desktop.store.models import Contact
    from collab_desktop.store.open import open_database

    sessions = []
    for i in range(SESSIONS):
        made = _run(
            pg_url,
            *("add-session", "--collaborative", "LHS E-STaR", "--title", f"Load huddle {i}"),
            *("--start", f"2025-01-1{i}T10:00", "--end", f"2025-01-1{i}T11:00", "--json"),
        )
        assert made.returncode == 0, made.stderr
        sessions.append(json.loads(made.stdout)[0]["id"])

    logs: list[list[Step]] = [[] for _ in range(WORKERS)]
    started = time.monotonic()
    until = started + DURATION_S
    threads = [
        threading.Thread(target=_worker, args=(pg_url, i, sessions, until, logs[i], tmp_path))
        for i in range(WORKERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    steps = [step for log in logs for step in log]

    unexpected = [s for s in steps if not s.ok and not any(r in s.said for r in EXPECTED_REFUSALS)]
    assert not unexpected, unexpected[:5]
    assert not [s for s in steps if "Traceback" in s.said]

    db, _ = open_database(pg_url)
    try:
        with db.session() as s:
            emails = Counter(
                e.lower()
                for e in s.scalars(select(Contact.email).where(Contact.email.is_not(None)))
            )
            doubled = s.execute(
                select(func.lower(Contact.email), func.count())
                .group_by(func.lower(Contact.email))
                .having(func.count() > 1)
            ).all()
        assert not doubled
        assert not [e for e, n in emails.items() if n > 1]
        for step in steps:
            if step.ok and step.op == "add":
                assert emails[step.email.lower()] == 1, step
            if step.ok and step.op == "import":
                for email in step.email.split(","):
                    assert emails[email.lower()] == 1, step
        marks = {}
        for session in sessions:
            for r in list_registrations(db, session):
                marks[(session, r.email.lower())] = r.status
        for step in steps:
            if step.ok and step.op == "signup":
                assert (step.session, step.email.lower()) in marks, step
            if step.ok and step.op == "mark":
                assert marks[(step.session, step.email.lower())] == "attended", step
    finally:
        db.dispose()

    check = _run(pg_url, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert "healthy" in check.stdout

    writes = [s for s in steps if s.ok]
    figures = {
        "workers": WORKERS,
        "seconds": round(elapsed, 1),
        "commands": len(steps),
        "writes": len(writes),
        "writes_per_second": round(len(writes) / elapsed, 2),
        "refused": dict(Counter(s.op for s in steps if not s.ok)),
        "by_operation": dict(Counter(s.op for s in writes)),
        "median_command_seconds": round(sorted(s.seconds for s in steps)[len(steps) // 2], 2),
    }
    print(json.dumps(figures))
    report = os.environ.get("COLLAB_LOAD_REPORT")
    if report:
        Path(report).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    (tmp_path / "steps.json").write_text(json.dumps([asdict(s) for s in steps]), encoding="utf-8")
    assert figures["by_operation"].get("add") and figures["by_operation"].get("signup")
    assert figures["refused"].get("add"), "the shared people were never contended"
