"""Start-up: the app on the 50,000-contact database until shown and idle, vs a bare PySide6 window.

Also the CLI: ``list collaboratives --json`` vs ``python -c "import sqlalchemy"``, and a check
that the CLI path imports no Qt. Every figure is the median of fresh processes, alternated.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import bench_env, median, repeats, report, run_python, scratch_dir  # noqa: E402
from datagen import working_copy  # noqa: E402

BENCH = "startup"

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
w.show()
def done():
    print(f"shown-idle {time.time():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

CLI_QT_CHECK = """
import sys
from collab_desktop.app import main
code = main(["--db", sys.argv[1], "list", "collaboratives", "--json"])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("QT-MODULES", len(loaded), " ".join(loaded[:5]), file=sys.stderr)
sys.exit(code)
"""


def shown_idle_seconds(args: list[str], env: dict[str, str]) -> float:
    """Launch a process that prints 'shown-idle <epoch>'; seconds from launch to that moment."""
    start = time.time()
    done = run_python(args, env)
    for line in done.stdout.splitlines():
        if line.startswith("shown-idle "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no shown-idle line from {args}:\n{done.stdout}\n{done.stderr}")


def process_seconds(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    run_python(args, env)
    return time.perf_counter() - start


def settings_with_tab(home: Path, tab: int) -> None:
    """Make the window open on a given tab, as it would after the user last left it there."""
    config = home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.ini").write_text(f"[window]\ntab={tab}\n", encoding="utf-8")


def main() -> int:
    db = working_copy(folder=scratch_dir("collab-bench-startup-"))
    n = repeats(5)
    app_env = bench_env()
    app_env["COLLAB_DESKTOP_QUIT_WHEN_IDLE"] = "1"
    contacts_home = scratch_dir("collab-bench-home-")
    settings_with_tab(contacts_home, 1)
    contacts_env = bench_env(contacts_home)
    contacts_env["COLLAB_DESKTOP_QUIT_WHEN_IDLE"] = "1"
    bare_env = bench_env()
    app_args = ["-m", "collab_desktop", "--db", str(db)]

    # Warm the file cache and .pyc files once, then alternate so load changes hit both sides.
    shown_idle_seconds(app_args, app_env)
    shown_idle_seconds(["-c", BARE_WINDOW], bare_env)
    app, bare, on_contacts = [], [], []
    for _ in range(n):
        app.append(shown_idle_seconds(app_args, app_env))
        bare.append(shown_idle_seconds(["-c", BARE_WINDOW], bare_env))
        on_contacts.append(shown_idle_seconds(app_args, contacts_env))
    gui, ref = median(app), median(bare)
    report(
        BENCH,
        "GUI start-up, shown and idle (50,000 contacts)",
        gui,
        "s",
        reference=ref,
        ref_name="bare PySide6 window",
        target="<= 1.5x and <= 1.5 s",
        ok=gui / ref <= 1.5 and gui <= 1.5,
    )
    worst = median(on_contacts)
    report(
        BENCH,
        "GUI start-up reopening on the Contacts tab",
        worst,
        "s",
        reference=ref,
        ref_name="bare PySide6 window",
        target="<= 1.5 s",
        ok=worst <= 1.5,
    )

    cli_env = bench_env()
    cli_args = ["-m", "collab_desktop", "--db", str(db), "list", "collaboratives", "--json"]
    process_seconds(cli_args, cli_env)
    cli, sqla = [], []
    for _ in range(n):
        cli.append(process_seconds(cli_args, cli_env))
        sqla.append(process_seconds(["-c", "import sqlalchemy"], cli_env))
    cli_s, sqla_s = median(cli), median(sqla)
    report(
        BENCH,
        "CLI list collaboratives --json",
        cli_s,
        "s",
        reference=sqla_s,
        ref_name='python -c "import sqlalchemy"',
        target="<= 2x",
        ok=cli_s / sqla_s <= 2.0,
    )
    check = run_python(["-c", CLI_QT_CHECK, str(db)], cli_env)
    qt_line = next(line for line in check.stderr.splitlines() if line.startswith("QT-MODULES"))
    qt_count = int(qt_line.split()[1])
    report(
        BENCH,
        "Qt modules imported on the CLI path",
        qt_count,
        "modules",
        target="0",
        ok=qt_count == 0,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
