"""A server killed in the middle of import-roster: the command exits 1 with one line, and once
the server is back the database holds the whole import or none of it."""

from __future__ import annotations

import csv
import subprocess
import sys
import threading
from pathlib import Path

from own_postgres import activity, own_pg_server  # noqa: F401 - the fixture
from sqlalchemy import create_engine, text

from collab_desktop.store.location import database_url
from collab_desktop.store.open import open_database

ROWS = 20_000


def big_roster(path: Path, rows: int = ROWS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["first_name", "last_name", "email", "institution"])
        for i in range(rows):
            out.writerow([f"Ana{i}", "Killed", f"ana{i}@killed.example.org", "North Clinic"])
    return path


def imported(url: str) -> tuple[int, int, int]:
    """(contacts, memberships of them, import batches) from the roster."""
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            return (
                conn.execute(
                    text("SELECT count(*) FROM contacts WHERE email LIKE '%@killed.example.org'")
                ).scalar(),
                conn.execute(
                    text(
                        "SELECT count(*) FROM memberships m JOIN contacts c ON c.id = m.contact_id"
                        " WHERE c.email LIKE '%@killed.example.org'"
                    )
                ).scalar(),
                conn.execute(text("SELECT count(*) FROM import_batches")).scalar(),
            )
    finally:
        engine.dispose()


def test_a_server_killed_during_an_import_leaves_all_or_nothing(
    own_pg_server,  # noqa: ANN001, F811 - the fixture
    tmp_path: Path,
) -> None:
    own_pg_server.admin_execute("CREATE DATABASE killed")
    url = own_pg_server.url("killed")
    db, _ = open_database(url)
    db.dispose()
    roster = big_roster(tmp_path / "big roster.csv")

    command = subprocess.Popen(
        [sys.executable, "-m", "collab_desktop", "--db", url, "import-roster", str(roster),
         "--collaborative", "SYNERGY"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    killed = threading.Event()

    def kill_once_rows_go_in() -> None:
        # The first rows are going in once the import's COPY has started.
        while command.poll() is None:
            if any(query.startswith("COPY") for _state, query in activity(own_pg_server, "killed")):
                own_pg_server.kill()
                killed.set()
                return

    killer = threading.Thread(target=kill_once_rows_go_in)
    killer.start()
    out, err = command.communicate(timeout=120)
    killer.join()

    assert killed.is_set(), "the import ended before the server could be stopped"
    assert command.returncode == 1, out + err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    [line] = lines
    assert line.startswith("error: ") and "database server" in line, line
    own_pg_server.resume()
    contacts, memberships, batches = imported(url)
    assert (contacts, memberships, batches) in {(0, 0, 0), (ROWS, ROWS, 1)}


def test_an_error_the_driver_raises_itself_is_one_line_too() -> None:
    """COPY (the bulk paths) raises psycopg's own errors, not SQLAlchemy's wrappers."""
    import psycopg
    import pytest

    from collab_desktop.store.failures import server_failure_message

    url = "postgresql://postgres@127.0.0.1:1/collab"
    with pytest.raises(psycopg.OperationalError) as raised:
        psycopg.connect("host=127.0.0.1 port=1 dbname=collab user=postgres connect_timeout=2")
    message = server_failure_message(raised.value, url)
    assert message is not None and message.startswith("Cannot reach the database server")
    assert server_failure_message(ValueError("a bug"), url) is None
