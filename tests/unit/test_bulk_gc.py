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


def test_objects_made_in_a_block_leave_the_young_generations() -> None:
    """Re-enabling collection must not leave a bulk job's objects for the next young collection.

    Otherwise the first allocation after the block walks every one of them (0.2 s after a
    50,000-row import); promoted at once, they wait for the next full collection.
    """
    with paused_gc():
        kept = [[i] for i in range(50_000)]
    young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
    assert young < 20_000, young
    assert len(kept) == 50_000


def test_objects_frozen_on_purpose_stay_frozen_after_a_block() -> None:
    """app.run() freezes everything before a command's process ends; a block must not undo it
    (a roster read still running on its thread ends its block after that)."""
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            kept = [[i] for i in range(1000)]
        # Unfreezing would drop the count to 0; frozen objects that other threads of the test
        # process let go meanwhile (a finished Qt or listener thread) lower it by a few only.
        assert frozen - 1000 < gc.get_freeze_count() <= frozen and gc.isenabled()
        assert len(kept) == 1000
    finally:
        gc.unfreeze()
