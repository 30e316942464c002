"""paused_gc turns cyclic collection off for a block and restores the previous state."""

from __future__ import annotations

import gc
import threading

import pytest

from collab_desktop.domain.bulk import paused_gc


def test_paused_gc_restores_enabled_state_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_paused_gc_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_blocks_in_two_threads_restore_only_when_the_last_ends() -> None:
    """A worker's block that ends first must not switch collection back on under the other."""
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with paused_gc():
            entered.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert entered.wait(5)
    with paused_gc():  # begins while the worker's block runs: sees the collector off
        release.set()
        thread.join(5)
        assert not gc.isenabled()  # the worker's block ended; this one still runs
    assert gc.isenabled()
