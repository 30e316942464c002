"""Roster import/export speed: 50,000 rows x 8 columns, against openpyxl and python-calamine.

Run: ``.venv/bin/python bench/bench_roster.py [ROWS [REPEAT]]``. Prints the time of merely
reading the file with openpyxl (read_only) and with python-calamine, of ``import-roster`` into an
empty database and of importing the same file again (all unchanged), of ``export-roster`` against
openpyxl write_only writing the same values, the import's peak memory, and the ratios. Each figure
is the fastest of REPEAT runs (default 3, or BENCH_REPEATS): the machine's other work only ever
adds time, and one run moved the ratios by half on this shared machine.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import repeats  # noqa: E402

FIRST = [
    "Ana", "Bo", "Chidi", "Dana", "Émile", "Fatima", "Grace", "Hiro", "Ines", "José", "Kwame",
    "Lucía", "Mary Ann", "Nguyen", "Olga", "Priya", "Quinn", "Ravi", "Seán", "Tomás", "Uma",
    "Wen", "Xochitl", "Yusuf", "Zoë",
]  # fmt: skip
LAST = [
    "Lee", "O'Brien", "García Márquez", "Smith", "Nakamura", "Okafor", "Müller", "Patel",
    "D'Arcy-Smith", "van Dijk", "Kowalski", "Haddad", "Johnson", "Begay", "Zhang", "Andersson",
]  # fmt: skip
ORGS = ["Valley Hospital", "Mercy Clinic", "Northern Health", "Dartmouth Health", "City Practice"]
DEPTS = ["Cardiology", "Oncology", "Primary Care", "Quality", "Pediatrics", ""]
TITLES = ["Nurse Manager", "Physician", "Analyst", "Patient Partner", "Coordinator", ""]
TYPES = ["patient", "family member", "frontline team member", "researcher", "improver"]
HEADER = [
    "First Name", "Last Name", "E-mail Address", "Business Phone", "Company", "Department",
    "Job Title", "Participant Type",
]  # fmt: skip

# Runs the real command in a child process, through the installed command's entry point (which
# reads sys.argv), and reports its own time and peak memory.
_CHILD = """
import resource, sys, time
from collab_desktop.app import run
start = time.perf_counter()
code = run()
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"BENCH {elapsed:.3f} {peak:.1f} {code}", file=sys.stderr)
"""


def make_roster(path: Path, rows: int, seed: int = 20240) -> None:
    """A realistic roster workbook, the same for a given seed."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Roster")
    ws.append(HEADER)
    for i in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        ws.append(
            [
                first,
                last,
                f"{local}.{i}@example-health.org",
                f"+1 603 555 {rng.randrange(10000):04d}",
                rng.choice(ORGS),
                rng.choice(DEPTS),
                rng.choice(TITLES),
                rng.choice(TYPES),
            ]
        )
    wb.save(path)


def timed(fn, *args):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def read_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    ws.reset_dimensions()
    count = sum(1 for _ in ws.iter_rows(values_only=True))
    wb.close()
    return count


def read_calamine(path: Path) -> int:
    import python_calamine

    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    return len(wb.get_sheet_by_index(0).to_python())


def run_cli(db: Path, *args: str) -> tuple[float, float, float, str]:
    """(wall seconds, seconds inside the command, peak RSS MiB, stdout) of one CLI run."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("BENCH "))
    _tag, inside, peak, code = line.split()
    if code != "0":
        raise SystemExit(f"command failed: {proc.stderr}")
    return wall, float(inside), float(peak), proc.stdout


def write_openpyxl(path: Path, rows: list[tuple]) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Roster")
    for row in rows:
        ws.append(row)
    wb.save(path)


def measure_once(folder: Path, roster: Path, rows: int) -> dict[str, float]:
    """One pass of every measurement, on a new empty database."""
    db = folder / f"bench-{time.monotonic_ns()}.sqlite"
    m: dict[str, float] = {"openpyxl": float("inf"), "calamine": float("inf")}
    for _ in range(2):  # alternated, so a busy moment of the machine hits both alike
        t1, n1 = timed(read_openpyxl, roster)
        t2, n2 = timed(read_calamine, roster)
        assert n1 == n2 == rows + 1, (n1, n2)
        m["openpyxl"], m["calamine"] = min(m["openpyxl"], t1), min(m["calamine"], t2)
    run_cli(db, "imports")  # create and migrate the empty database first
    m["import"], m["import_inside"], m["import_rss"], out = run_cli(
        db, "import-roster", str(roster), "--json"
    )
    m["added"] = json.loads(out)["added"]
    m["again"], m["again_inside"], m["again_rss"], out = run_cli(
        db, "import-roster", str(roster), "--json"
    )
    m["unchanged"] = json.loads(out)["unchanged"]

    from collab_desktop.services.rosters.roster_export import export_roster, roster_rows
    from collab_desktop.services.rosters.roster_import import import_roster
    from collab_desktop.store.open import open_database

    # The service alone (read + validate + dedupe + store), the database already open.
    other, _ = open_database(folder / f"service-{time.monotonic_ns()}.sqlite")
    m["service"], _ = timed(import_roster, other, roster)
    other.dispose()

    database, _ = open_database(db)
    values = roster_rows(database)
    m["export"] = m["plain_write"] = float("inf")
    for _ in range(3):  # alternated, as above
        t1, m["exported"] = timed(export_roster, database, folder / "export.xlsx")
        t2, _ = timed(write_openpyxl, folder / "plain.xlsx", values)
        m["export"], m["plain_write"] = min(m["export"], t1), min(m["plain_write"], t2)
    database.dispose()
    return m


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else repeats(3)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        roster = folder / "roster.xlsx"
        make_roster(roster, rows)
        print(
            f"roster: {rows:,} rows x {len(HEADER)} columns, {roster.stat().st_size / 1e6:.1f} MB"
        )
        runs = [measure_once(folder, roster, rows) for _ in range(repeat)]
    # Best of the runs for each figure: the machine's other work only ever adds time.
    m = {k: min(r[k] for r in runs) for k in runs[0]}
    print(f"best of {repeat} run(s)")
    print(f"openpyxl read_only, read only:      {m['openpyxl']:7.2f} s")
    print(f"python-calamine, read only:         {m['calamine']:7.2f} s")
    print(
        f"import-roster, empty database:      {m['import']:7.2f} s wall "
        f"({m['import_inside']:.2f} s in the command), {m['added']:,.0f} added, "
        f"peak RSS {m['import_rss']:.0f} MiB"
    )
    print(
        f"import-roster again (unchanged):    {m['again']:7.2f} s wall "
        f"({m['again_inside']:.2f} s in the command), {m['unchanged']:,.0f} unchanged, "
        f"peak RSS {m['again_rss']:.0f} MiB"
    )
    print(f"import service alone (open database): {m['service']:5.2f} s")
    print(f"export-roster ({m['exported']:,.0f} rows):       {m['export']:7.2f} s")
    print(f"openpyxl write_only, same values:   {m['plain_write']:7.2f} s")
    print("ratios (target):")
    print(f"  import / openpyxl read      = {m['import'] / m['openpyxl']:5.2f}  (<= 1.0)")
    print(f"  import / calamine read      = {m['import'] / m['calamine']:5.2f}  (<= 3.0)")
    print(f"  service / calamine read     = {m['service'] / m['calamine']:5.2f}  (<= 3.0)")
    print(f"  re-import / openpyxl read   = {m['again'] / m['openpyxl']:5.2f}")
    print(f"  re-import / import          = {m['again'] / m['import']:5.2f}  (<= 1.0)")
    print(f"  export / openpyxl write     = {m['export'] / m['plain_write']:5.2f}  (<= 1.3)")


if __name__ == "__main__":
    main()
