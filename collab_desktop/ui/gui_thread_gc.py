"""Python's cyclic garbage collected on the GUI thread only.

The interpreter collects cycles in whichever thread happens to allocate. When a background task's
thread collects a cycle that holds a Qt object (a closed dialog, a finished task's signals), Qt
deletes that object off the GUI thread and the process can crash. So automatic collection is
turned off while the window runs, and a timer on the GUI thread collects instead, generation by
generation as the interpreter would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Owns the collection while the window runs; stop() (or deletion) gives it back."""

    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        self.destroyed.connect(lambda *_: gc.enable() if self._was_enabled else None)

    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; returns what was freed."""
        l0, l1, l2 = gc.get_count()
        freed = 0
        if l0 > self._threshold[0]:
            freed += gc.collect(0)
            if l1 > self._threshold[1]:
                freed += gc.collect(1)
                if l2 > self._threshold[2]:
                    freed += gc.collect(2)
        return freed

    def stop(self) -> None:
        """Collect everything once more here and hand collection back to the interpreter."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
