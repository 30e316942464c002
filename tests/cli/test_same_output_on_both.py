"""The same commands on a SQLite file and on a PostgreSQL server print the same JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "rosters"

STEPS = [
    ("add-contact", "--first", "zoë", "--last", "Ábrego", "--email", "Zoe.Abrego@Example.org",
     "--collaborative", "SYNERGY", "--role", "scientist", "--json"),
    ("add-contact", "--first", "Bea", "--last", "adams", "--email", "bea@example.org", "--json"),
    ("add-session", "--collaborative", "LHS E-STaR", "--title", "LHS seminar",
     "--start", "2030-03-12T12:00", "--end", "2030-03-12T13:00",
     "--repeat", "FREQ=MONTHLY;BYDAY=2TU;COUNT=3", "--json"),
    ("signup", "--session", "1", "--email", "zoe.abrego@example.org", "--series", "--any-role"),
    ("import-roster", str(DATA / "redcap.csv"), "--collaborative", "SYNERGY", "--json"),
    ("list", "collaboratives", "--json"),
    ("list", "contacts", "--json"),
    ("list", "sessions", "--json"),
    ("list", "attendance", "--session", "1", "--json"),
    ("imports", "--json"),
]  # fmt: skip


def run(target: str, args: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", target, *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def comparable(stdout: str) -> object:
    """JSON with the moments of writing (they differ between two runs) left out."""
    try:
        data = json.loads(stdout)
    except json.JSONDecodeError:
        return stdout

    def strip(v: object) -> object:
        if isinstance(v, dict):
            return {
                k: strip(x)
                for k, x in v.items()
                if k
                not in {"imported_at", "registered_at", "created_at", "updated_at", "series_id"}
            }
        if isinstance(v, list):
            return [strip(x) for x in v]
        return v

    return strip(data)


def test_every_step_prints_the_same_on_both(db_path: Path, pg_url: str) -> None:
    for step in STEPS:
        on_file, on_server = run(str(db_path), step), run(pg_url, step)
        assert on_file.returncode == on_server.returncode == 0, (
            step,
            on_file.stderr,
            on_server.stderr,
        )
        assert comparable(on_server.stdout) == comparable(on_file.stdout), step
