"""Peak memory: the GUI with the 50,000-contact database, and a 50,000-row roster import.

The GUI figure is the peak RSS of a fresh process that opens the window, loads every contact,
scrolls, sorts and filters (the contacts-table steps). The import figure comes from the roster
benchmark's helpers (bench_roster.py), when that benchmark is present.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import bench_env, report, run_python, scratch_dir  # noqa: E402
from datagen import working_copy  # noqa: E402

BENCH = "memory"
HERE = Path(__file__).resolve().parent

GUI_CHILD = """
import resource, sys
sys.path.insert(0, sys.argv[2])
import bench_contacts_table
bench_contacts_table.one_run(__import__("pathlib").Path(sys.argv[1]))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"PEAK-MIB {peak:.1f}")
"""

BARE_CHILD = """
import resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(f"PEAK-MIB {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f}")
"""


def peak_of(args: list[str]) -> float:
    done = run_python(args, bench_env())
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("PEAK-MIB "))
    return float(line.split()[1])


def import_peak(rows: int = 50_000) -> float | None:
    """Peak RSS (MiB) of import-roster of a generated roster, or None without bench_roster.py."""
    if importlib.util.find_spec("bench_roster") is None:
        return None
    import bench_roster

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        roster, db = folder / "roster.xlsx", folder / "bench.sqlite"
        bench_roster.make_roster(roster, rows)
        bench_roster.run_cli(db, "imports")  # migrate the empty database first
        _wall, _inside, peak, _out = bench_roster.run_cli(
            db, "import-roster", str(roster), "--json"
        )
        return peak


def main() -> int:
    db = working_copy(folder=scratch_dir("collab-bench-memory-"))
    gui = peak_of(["-c", GUI_CHILD, str(db), str(HERE)])
    bare = peak_of(["-c", BARE_CHILD])
    report(
        BENCH,
        "GUI peak RSS, 50,000 contacts loaded, sorted, filtered",
        gui,
        "MiB",
        reference=bare,
        ref_name="bare PySide6 window",
        target="< 400 MiB",
        ok=gui < 400,
    )
    peak = import_peak()
    if peak is None:
        print("import memory: skipped (bench/bench_roster.py is not present)")
    else:
        report(
            BENCH,
            "import-roster peak RSS, 50,000 rows",
            peak,
            "MiB",
            target="< 250 MiB",
            ok=peak < 250,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
