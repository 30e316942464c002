"""Background work through one door: a single worker thread, progress and Cancel, results by signal."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from collab_desktop.domain.translation import translate

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel; the task's transaction rolls back."""


class TaskContext:
    """Handed to a task: report progress and check for Cancel."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> bool:
        """Report progress; returns False (and the task should stop) once cancelled."""
        self._signals.progress.emit(int(done), int(total))
        return not self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(
        self,
        fn: Callable[..., Any],
        args: tuple,
        kwargs: dict,
        signals: _Signals,
        ctx: TaskContext | None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._args, self._kwargs, self._signals, self._ctx = (
            fn,
            args,
            kwargs,
            signals,
            ctx,
        )

    def run(self) -> None:
        try:
            if self._ctx is not None:
                result = self._fn(self._ctx, *self._args, **self._kwargs)
            else:
                result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread
            if not isinstance(exc, Cancelled):
                log.exception("background task failed")
            self._signals.failed.emit(exc, traceback.format_exc())
            return
        self._signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs one task at a time off the GUI thread (database writes never race each other)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        progress: str | None = None,
        parent: QWidget | None = None,
        with_context: bool = False,
        **kwargs: Any,
    ) -> TaskContext | None:
        """Queue fn(*args); with progress text, show a modal progress dialog with Cancel.

        With with_context (implied by progress), fn is called as fn(ctx, *args) so it can report
        progress and notice Cancel.
        """
        # Parented here, so the worker thread dropping its last Python reference never deletes
        # the object; it is deleted on this (the GUI) thread once the task has reported.
        signals = _Signals(self)
        self._live.add(signals)
        ctx = TaskContext(signals) if (with_context or progress) else None
        dialog: QProgressDialog | None = None
        if progress:
            dialog = QProgressDialog(progress, translate("TaskRunner", "Cancel"), 0, 0, parent)
            dialog.setWindowTitle(translate("TaskRunner", "Working"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            assert ctx is not None
            dialog.canceled.connect(ctx.cancel)

            def _progress(done: int, total: int) -> None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)

            signals.progress.connect(_progress)

        def _finish() -> None:
            self._live.discard(signals)
            signals.deleteLater()
            if dialog is not None and shiboken6.isValid(dialog):  # gone with a closed parent
                dialog.hide()
                dialog.deleteLater()

        def _done(result: object) -> None:
            _finish()
            if on_done is not None:
                on_done(result)

        def _failed(exc: BaseException, details: str) -> None:
            _finish()
            if on_error is not None:
                on_error(exc, details)
            else:
                raise exc

        signals.finished.connect(_done)
        signals.failed.connect(_failed)
        self._pool.start(_Job(fn, args, kwargs, signals, ctx))
        return ctx

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work is done (used on exit so no write is cut off)."""
        return self._pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._live)
