"""paused_gc turns cyclic collection off for a block and restores the previous state."""

from __future__ import annotations

import gc

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
