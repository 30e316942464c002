"""A team database on PostgreSQL (a throwaway server on loopback, started like the tests' one)
against SQLite, at the bench database's size (50,000 contacts, 100,000 registrations).

Figures: import-roster of 50,000 rows on the server against the same import on SQLite (target
within 1.5x); copy-db of the bench database from SQLite to the server against a bare psycopg
COPY of the same rows (within 1.5x); ``list collaboratives --json`` on the server against
``python -c "import sqlalchemy, psycopg"`` (within 2x); the Contacts tab's first rows on the
server (under 150 ms). Each figure is the best of BENCH_REPEATS runs (default 3).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COLLAB_DESKTOP_TZ", "America/New_York")

from bench_roster import make_roster, run_cli  # noqa: E402
from common import bench_env, repeats, report, scratch_dir  # noqa: E402
from datagen import working_copy  # noqa: E402
from team_server import PostgresServer, new_database, server_binaries, team_server  # noqa: E402

os.environ["COLLAB_DESKTOP_HOME"] = str(scratch_dir("collab-bench-home-"))

BENCH = "team"


def import_roster(server: PostgresServer, folder: Path, roster: Path) -> tuple[float, float]:
    """(server, file) wall seconds of import-roster into an empty database, alternated."""
    url = new_database(server)
    run_cli(url, "imports")  # set up the empty database first, as on the file
    file = folder / f"import-{time.monotonic_ns()}.sqlite"
    run_cli(file, "imports")
    on_server = run_cli(url, "import-roster", str(roster), "--json")[0]
    on_file = run_cli(file, "import-roster", str(roster), "--json")[0]
    return on_server, on_file


def bare_copy(source: Path, url: str) -> float:
    """Seconds a bare psycopg COPY takes to move the same tables' rows (schema already there)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from collab_desktop.store.models import Base

    u = make_url(url)
    start = time.perf_counter()
    src = sqlite3.connect(source)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database) as conn:
        with conn.cursor() as cur:
            cur.execute("TRUNCATE " + ", ".join(t.name for t in Base.metadata.sorted_tables))
            for table in Base.metadata.sorted_tables:
                names = ", ".join(c.name for c in table.columns)
                rows = src.execute(f"SELECT {names} FROM {table.name}")
                bools = [i for i, c in enumerate(table.columns) if c.type.python_type is bool]
                with cur.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        if bools:
                            row = list(row)
                            for i in bools:
                                if row[i] is not None:
                                    row[i] = bool(row[i])
                        copy.write_row(row)
        conn.commit()
    src.close()
    return time.perf_counter() - start


def copy_db(server: PostgresServer, bench_db: Path) -> tuple[float, float, str]:
    """(copy-db seconds, bare COPY seconds, the target URL): both in this process."""
    from collab_desktop.services.safety.copy_database import copy_database

    url = new_database(server)
    start = time.perf_counter()
    result = copy_database(bench_db, url)
    took = time.perf_counter() - start
    assert result.tables["contacts"] >= 50_000, result.tables
    reference_url = new_database(server)
    copy_database(bench_db, reference_url, replace=True)  # the schema, for the bare COPY
    return took, bare_copy(bench_db, reference_url), url


def list_collaboratives(url: str) -> tuple[float, float]:
    """(list collaboratives --json, python -c 'import sqlalchemy, psycopg') wall seconds."""
    env = bench_env()

    def wall(*args: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], env=env, capture_output=True, check=True)
        return time.perf_counter() - start

    listed = wall("-m", "collab_desktop", "--db", url, "list", "collaboratives", "--json")
    imports = wall("-c", "import sqlalchemy, psycopg")
    return listed, imports


def contacts_first_rows(url: str) -> float:
    """Seconds from choosing the Contacts tab to its first rows painted, on the server."""
    from bench_contacts_table import settle

    from collab_desktop.store.open import open_database
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    os.environ["COLLAB_DESKTOP_HOME"] = str(scratch_dir("collab-bench-home-"))
    create_application()
    db, _ = open_database(url)
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    tab = window.contacts_tab
    settle(window.collaboratives_tab.table.view)
    start = time.perf_counter()
    window.tabs.setCurrentWidget(tab)
    took = settle(tab.table.view) - start
    assert tab.table.model.rowCount() > 0
    from PySide6.QtTest import QTest

    while tab.loading:
        QTest.qWait(5)
    window.close()
    window.deleteLater()
    db.dispose()
    return took


def main() -> int:
    bindir = server_binaries()
    if bindir is None:
        return 1
    n = repeats(3)
    folder = scratch_dir("collab-bench-team-")
    bench_db = working_copy(folder=folder)
    roster = folder / "roster.xlsx"
    make_roster(roster, 50_000)
    with team_server(bindir) as server:
        imports = [import_roster(server, folder, roster) for _ in range(n)]
        copies = [copy_db(server, bench_db) for _ in range(n)]
        url = copies[0][2]
        lists = [list_collaboratives(url) for _ in range(max(n, 5))]
        firsts = [contacts_first_rows(url) for _ in range(n)]
    pg_import, file_import = min(i[0] for i in imports), min(i[1] for i in imports)
    report(
        BENCH, "import-roster 50,000 rows, PostgreSQL", pg_import, "s",
        reference=file_import, ref_name="same import on SQLite", target="<= 1.5x",
        ok=pg_import <= 1.5 * file_import,
    )  # fmt: skip
    copied, bare = min(c[0] for c in copies), min(c[1] for c in copies)
    report(
        BENCH, "copy-db bench database SQLite to PostgreSQL", copied, "s",
        reference=bare, ref_name="bare psycopg COPY of the same rows", target="<= 1.5x",
        ok=copied <= 1.5 * bare,
    )  # fmt: skip
    listed, imported = min(x[0] for x in lists), min(x[1] for x in lists)
    report(
        BENCH, "list collaboratives --json, PostgreSQL", listed, "s",
        reference=imported, ref_name="python -c 'import sqlalchemy, psycopg'", target="<= 2x",
        ok=listed <= 2 * imported,
    )  # fmt: skip
    first = min(firsts)
    report(
        BENCH, "Contacts tab first rows, PostgreSQL", first * 1000, "ms",
        target="< 150 ms", ok=first < 0.150,
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
