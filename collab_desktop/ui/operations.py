"""Every write from the window goes through one door: ``Operation``.

It runs the service call (at once, so a form has its answer before the next line; or on the
background worker with progress and Cancel), then does the rest once, the same way everywhere:
records the undo step, publishes what the transactions committed (a ChangeSet, captured by the
store) and shows a ServiceError, unless the caller takes the error itself (a form shows it beside
the field). In the spirit of Anki's ``CollectionOp(parent, op).success(cb).run_in_background()``::

    Operation(ctx, self, "Save", lambda: svc.save_contact(ctx.db, record))
        .undo_step(lambda saved: ...)
        .success(self.show_saved)
        .failure(self.form_errors)
        .run()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from collab_desktop.domain.changes import ChangeSet
from collab_desktop.domain.errors import AppError
from collab_desktop.domain.translation import translate
from collab_desktop.services.changes import reporting
from collab_desktop.services.errors import NotFoundError
from collab_desktop.store.errors import DatabaseFileError, DatabaseUnavailable
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import show_error
from collab_desktop.ui.tasks import Cancelled, TaskContext

log = logging.getLogger(__name__)

T = TypeVar("T")
# Errors whose message is meant for the user as it is: a refused change (a ServiceError), a
# file in a format that cannot be read (an io error), a database file that
# cannot be used, a file that cannot be read or written. Anything else is a fault and goes to the
# window's error hook.
SHOWN_ERRORS = (AppError, DatabaseFileError, OSError)


@dataclass(slots=True)
class _Outcome:
    """What a background run hands back to the GUI thread."""

    result: Any
    error: BaseException | None
    changes: ChangeSet


class Operation(Generic[T]):
    """One write (or a read that may fail) run from the window; see the module docstring."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None, title: str, op: Callable[..., T]
    ) -> None:
        self.ctx = ctx
        self.parent = parent
        self.title = title
        self._op = op
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[Exception], object] | None = None
        self._cancelled: Callable[[], object] | None = None
        self._always: Callable[[], object] | None = None
        self._undo: Callable[[T], Any] | None = None
        self._also = ChangeSet()
        self.result: T | None = None
        self.changes = ChangeSet()

    # --- what to do afterwards ------------------------------------------------------------
    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        """Call ``callback(result)`` after the undo step is recorded and the changes published."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], object]) -> Operation[T]:
        """Hand a ServiceError (or another of SHOWN_ERRORS) to ``callback`` instead of a box."""
        self._failure = callback
        return self

    def cancelled(self, callback: Callable[[], object]) -> Operation[T]:
        """Call ``callback()`` when the user pressed Cancel (nothing is shown otherwise)."""
        self._cancelled = callback
        return self

    def always(self, callback: Callable[[], object]) -> Operation[T]:
        """Call ``callback()`` once the operation is over, whatever happened (before the rest)."""
        self._always = callback
        return self

    def undo_step(self, step: Callable[[T], Any] = lambda result: result) -> Operation[T]:
        """Record ``step(result)`` (a services.undo.undo Change, or None) in Edit > Undo on success."""
        self._undo = step
        return self

    def also(self, changes: ChangeSet) -> Operation[T]:
        """On success, publish these changes too (ones no transaction reports: a file put in place)."""
        self._also = self._also | changes
        return self

    # --- running ------------------------------------------------------------------------
    def run(self) -> bool:
        """Run now, on this thread; True when the operation succeeded (``self.result`` holds it)."""
        with reporting() as captured:
            try:
                result = self._op()
            except SHOWN_ERRORS as exc:
                self._finish(captured.changes, error=exc)
                return False
            except BaseException as exc:
                if (fault := self._server_fault(exc)) is not None:
                    self._finish(captured.changes, error=fault)
                    return False
                # What committed before the fault is real: the views must still show it.
                self._publish(captured.changes)
                self._call_always()
                raise
        self._finish(captured.changes, result=result)
        return True

    def run_in_background(
        self, progress: str | None = None, with_task: bool = False
    ) -> TaskContext | None:
        """Run on the worker thread; with ``progress`` text, a progress dialog with Cancel.

        With ``with_task`` the operation is called as ``op(task)`` so it can report progress
        (``task.progress(done, total)``) and notice Cancel. A read the user cancelled (nothing
        committed) reports cancellation rather than its result.
        """
        op, use_task = self._op, with_task

        def job(task: TaskContext) -> _Outcome:
            with reporting() as captured:
                try:
                    result = op(task) if use_task else op()
                    if task.cancelled and not captured.changes:
                        raise Cancelled()
                except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                    return _Outcome(None, exc, captured.changes)
            return _Outcome(result, None, captured.changes)

        holder: dict[str, TaskContext | None] = {}

        def landed(outcome: _Outcome) -> None:
            task = holder.get("task")
            error = outcome.error
            if error is not None and (fault := self._server_fault(error)) is not None:
                error = fault
            if error is None:
                self._finish(outcome.changes, result=outcome.result)
            elif isinstance(error, Cancelled) or (
                task is not None and task.cancelled and isinstance(error, SHOWN_ERRORS)
            ):
                self._finish(outcome.changes, cancelled=True)
            elif isinstance(error, SHOWN_ERRORS):
                self._finish(outcome.changes, error=error)
            else:
                self._publish(outcome.changes)
                self._call_always()
                raise error  # a fault: the window's error hook logs and reports it

        task = self.ctx.tasks.run(
            job, on_done=landed, progress=progress, parent=self.parent, with_context=True
        )
        holder["task"] = task
        return task

    def _server_fault(self, exc: BaseException) -> DatabaseUnavailable | None:
        """The server went away, restarted or refused: its one line for the user (nothing was
        committed by the failed transaction, so the user's work can be tried again)."""
        if isinstance(exc, SHOWN_ERRORS):
            return None
        from collab_desktop.store.failures import server_failure_message

        message = server_failure_message(exc, self.ctx.db.url)
        if message is None:
            return None
        log.warning("%s: %s", self.title, message)
        fault = DatabaseUnavailable(
            translate("Operation", "{message} Try again once the server is back.").format(
                message=message
            )
        )
        fault.__cause__ = exc
        return fault

    # --- afterwards, once ---------------------------------------------------------------
    def _finish(
        self,
        changes: ChangeSet,
        result: Any = None,
        error: Exception | None = None,
        cancelled: bool = False,
    ) -> None:
        ok = error is None and not cancelled
        if ok:
            self.result = result
            step = self._undo(result) if self._undo is not None else None
            if step is not None:
                self.ctx.events.record(step)
        self._publish(changes, also=ok)
        self._call_always()
        parent_alive = self.parent is None or shiboken6.isValid(self.parent)
        if ok:
            if self._success is not None and parent_alive:
                self._success(result)
        elif cancelled:
            if self._cancelled is not None and parent_alive:
                self._cancelled()
        elif self._failure is not None and parent_alive:
            self._failure(error)
        else:
            show_error(self.parent if parent_alive else None, self.title, str(error))
        if isinstance(error, DatabaseUnavailable):
            # After the failure is shown: the window marks that work as waiting for the server.
            self.ctx.events.server_unreachable.emit(
                str(error), self.parent if parent_alive else None
            )

    def _call_always(self) -> None:
        if self._always is not None and (self.parent is None or shiboken6.isValid(self.parent)):
            self._always()

    def _publish(self, changes: ChangeSet, also: bool = False) -> None:
        self.changes = changes | self._also if also else changes
        self.ctx.events.publish(self.changes)


def fetch_or_none(fetch: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """A read for a record that may be gone (deleted, or its creation undone): None then."""
    try:
        return fetch(*args, **kwargs)
    except NotFoundError:
        return None
