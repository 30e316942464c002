"""Helpers for work over tens of thousands of rows at once (imports, exports)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # blocks running under paused_gc, in any thread
_restore = False  # whether the collector was on when the first of them began


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run a block without cyclic garbage collection, then restore it as it was.

    Reading or planning 50,000 rows makes hundreds of thousands of small lists, dicts and row
    objects; each allocation burst triggers a collection that walks every live object again,
    which costs a quarter of the time. The rows form no cycles and go as soon as they are
    dropped; the few cycles a block makes wait for a later collection.
    Blocks may overlap in several threads (a roster read on a worker while the main thread
    plans): the collector comes back on when the last of them ends, not the first.
    """
    global _depth, _restore
    with _lock:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _restore:
                _promote_to_oldest_generation()
                gc.enable()


def _promote_to_oldest_generation() -> None:
    """Move every tracked object to the oldest generation without walking them.

    While collection was off, each object the block made stayed in the youngest generation; the
    first allocation after gc.enable() would start a collection that walks all of them (0.2 s
    after a 50,000-row import) although most are already freed or long-lived. freeze() then
    unfreeze() moves them in one step; they are still collected by the next full collection.
    Objects someone froze on purpose (app.run() does, before the process ends) stay frozen:
    then nothing is moved.
    """
    if gc.get_freeze_count():
        return
    gc.freeze()
    gc.unfreeze()
