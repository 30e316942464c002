"""Live refresh between windows on a team database (a throwaway PostgreSQL server on loopback).

The bench database (50,000 contacts) is copied to the server; a window there shows every contact
in the Contacts tab, one selected. Another Database (a second coordinator) then changes one
contact at a time, BENCH_CHANGES times (default 100). Figures:

- seen: from the other Database's save call to the window's model holding the new value (the
  commit, NOTIFY, the listener thread, the queued signal, the fetch by id): median and 95th
  percentile, target p95 under 1 s;
- refresh: from the notice reaching the GUI thread to the changed row repainted (fetch by id,
  the row put in place, the table painted), with 50,000 contacts loaded: target under 20 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COLLAB_DESKTOP_TZ", "America/New_York")

from common import median, report, scratch_dir  # noqa: E402
from datagen import working_copy  # noqa: E402
from postgres_server import PostgresServer, find_bindir  # noqa: E402

os.environ["COLLAB_DESKTOP_HOME"] = str(scratch_dir("collab-bench-home-"))

BENCH = "live"
SEEN_TARGET_S = 1.0
REFRESH_TARGET_S = 0.020


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def settle(view) -> float:  # noqa: ANN001
    """Handle pending events and repaint the table now; returns the moment it finished."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    view.viewport().repaint()
    QApplication.processEvents()
    return time.perf_counter()


def open_window(url: str):  # noqa: ANN201 - (window, tab)
    """A window on the server database, every contact loaded, listening for changes."""
    from PySide6.QtTest import QTest

    from collab_desktop.store.open import open_database
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    db, _ = open_database(url)
    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    while tab.loading or not window.live_refresh.listener.listening.is_set():
        QTest.qWait(5)
    settle(tab.table.view)
    assert tab.table.model.total_count() >= 50_000, tab.table.model.total_count()
    return window, tab


def measure(url: str, changes: int) -> tuple[list[float], list[float], list[float]]:
    """(seen, refresh, refresh CPU) seconds for each change made by another Database."""
    from PySide6.QtTest import QTest

    from collab_desktop.services.directory.contacts import get_contact, save_contact
    from collab_desktop.store.open import open_database

    window, tab = open_window(url)
    model = tab.table.model
    ids = [r.id for r in model.records()]
    assert tab.select_record(ids[len(ids) // 2])
    arrived: list[tuple[float, float]] = []  # (wall, process CPU) when each notice came in
    window.live_refresh.notice_arrived.connect(
        lambda _generation, _notice: arrived.append((time.perf_counter(), time.process_time()))
    )
    other, _ = open_database(url)
    rng = random.Random(7)
    seen: list[float] = []
    refresh: list[float] = []
    cpu: list[float] = []
    try:
        for i in range(changes + 3):  # the first three warm up (first queries, id map)
            contact_id = rng.choice(ids)
            record = get_contact(other, contact_id)
            wanted = f"Live Clinic {i}"
            arrived.clear()
            start = time.perf_counter()
            save_contact(other, replace(record, organization=wanted))
            position = model.position_of(contact_id)
            while model.record(model._row_at(position)).organization != wanted:
                QTest.qWait(1)
                position = model.position_of(contact_id)
            shown = time.perf_counter()
            done = settle(tab.table.view)
            done_cpu = time.process_time()
            if i >= 3:
                seen.append(shown - start)
                refresh.append(done - arrived[0][0])
                cpu.append(done_cpu - arrived[0][1])
        assert tab.current_id == ids[len(ids) // 2], "the selection must stay"
    finally:
        window.live_refresh.stop()
        window.close()
        other.dispose()
        window.ctx.db.dispose()
    return seen, refresh, cpu


def main() -> int:
    bindir = find_bindir()
    if bindir is None:
        print("PostgreSQL server binaries not found; install them with: apt-get install postgresql")
        return 1
    from collab_desktop.services.safety.copy_database import copy_database

    changes = max(10, int(os.environ.get("BENCH_CHANGES", 100)))
    folder = scratch_dir("collab-bench-live-")
    bench_db = working_copy(folder=folder)
    server = PostgresServer(bindir).start()
    try:
        server.admin_execute("CREATE DATABASE bench_live")
        url = server.url("bench_live")
        copy_database(bench_db, url)
        seen, refresh, cpu = measure(url, changes)
    finally:
        server.remove()
    load = f"load average {os.getloadavg()[0]:.1f}"
    p95 = percentile(seen, 0.95)
    report(
        BENCH, "Change by another Database seen in the window's model, p95", p95 * 1000, "ms",
        target="< 1000 ms", ok=p95 < SEEN_TARGET_S,
        note=f"median {median(seen) * 1000:.1f} ms over {len(seen)} changes; "
        f"slowest {max(seen) * 1000:.1f} ms; {load}",
    )  # fmt: skip
    ours = median(refresh)
    report(
        BENCH, "Contacts table refresh after another's change (50,000 contacts)", ours * 1000,
        "ms", target="< 20 ms", ok=ours < REFRESH_TARGET_S,
        note=f"median of {len(refresh)}; p95 {percentile(refresh, 0.95) * 1000:.1f} ms; "
        f"mean {statistics.fmean(refresh) * 1000:.1f} ms; "
        f"CPU time {median(cpu) * 1000:.1f} ms; {load}",
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
