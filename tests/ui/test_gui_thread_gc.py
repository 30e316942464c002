"""Cycles are collected by the GUI thread's timer while the window runs, never by a worker."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from collab_desktop.ui.gui_thread_gc import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_takes_over_collection_and_gives_it_back(qtbot) -> None:  # noqa: ANN001
    owner = QObject()
    gc.enable()
    collector = GuiThreadCollector(owner, interval_ms=10)
    assert not gc.isenabled()
    # A worker making cyclic garbage collects none of it: the young generation only grows.
    before = gc.get_count()[0]
    worker = threading.Thread(target=lambda: [Node() for _ in range(3000)])
    worker.start()
    worker.join()
    # Other threads may free a few objects meanwhile (an idle task thread expiring), so the
    # count is checked against the threshold it passed, not to the exact object.
    assert gc.get_count()[0] >= before + 2500 and gc.get_count()[0] > gc.get_threshold()[0]
    assert collector.collect() >= 3000  # the GUI thread frees the cycles
    collector.stop()
    assert gc.isenabled()
