"""Waiting for slow work (a server asked over the network) while the window keeps painting."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal

T = TypeVar("T")


class _Finished(QObject):
    done = Signal()


def off_the_gui_thread(work: Callable[[], T]) -> T:
    """Run work on a thread while this thread keeps handling events (the window keeps painting
    while a server is asked, which may take up to its connect timeout); its result or error."""
    outcome: dict[str, object] = {}
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread
            outcome["error"] = exc
        finally:
            finished.done.emit()

    thread = threading.Thread(target=run, name="open-database", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
