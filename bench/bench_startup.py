"""Start-up on the 50,000-contact database: the window's first paint vs a bare PySide6 window's, and
the data shown with the event loop idle.

The app prints both moments (``COLLAB_DESKTOP_QUIT_WHEN_IDLE``): ``first-paint`` once the window
is shown and painted, before the database layer loads, and ``shown-idle`` once the data is painted
and pending events are handled. The bare window prints ``first-paint`` the same way: after its
first paint event, at the next turn of the event loop.

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
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
def done():
    print(f"first-paint {time.time():.6f}", flush=True)
    app.quit()
class AfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            w.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False
watch = AfterPaint()
w.installEventFilter(watch)
w.show()
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


def moments(args: list[str], env: dict[str, str], *names: str) -> list[float]:
    """Launch a process that prints '<name> <epoch>' lines; seconds from launch to each moment."""
    start = time.time()
    done = run_python(args, env)
    seen: dict[str, float] = {}
    for line in done.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in names:
            seen[name] = float(stamp) - start
    missing = [name for name in names if name not in seen]
    if missing:
        raise RuntimeError(
            f"no {', '.join(missing)} line from {args}:\n{done.stdout}\n{done.stderr}"
        )
    return [seen[name] for name in names]


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

    both = ("first-paint", "shown-idle")
    # Warm the file cache and .pyc files once, then alternate so load changes hit both sides.
    moments(app_args, app_env, *both)
    moments(["-c", BARE_WINDOW], bare_env, "first-paint")
    painted, shown, bare, on_contacts = [], [], [], []
    for _ in range(n):
        first, idle = moments(app_args, app_env, *both)
        painted.append(first)
        shown.append(idle)
        bare.extend(moments(["-c", BARE_WINDOW], bare_env, "first-paint"))
        on_contacts.append(moments(app_args, contacts_env, *both)[1])
    first, ref = median(painted), median(bare)
    report(
        BENCH,
        "GUI first paint (window shown, database layer not loaded)",
        first,
        "s",
        reference=ref,
        ref_name="bare PySide6 window, first paint",
        target="<= 2x",
        ok=first / ref <= 2.0,
    )
    gui = median(shown)
    report(
        BENCH,
        "GUI data shown and idle (50,000 contacts)",
        gui,
        "s",
        reference=ref,
        ref_name="bare PySide6 window, first paint",
        target="<= 1.5 s",
        ok=gui <= 1.5,
    )
    worst = median(on_contacts)
    report(
        BENCH,
        "GUI data shown reopening on the Contacts tab",
        worst,
        "s",
        reference=ref,
        ref_name="bare PySide6 window, first paint",
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
