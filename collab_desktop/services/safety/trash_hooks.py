"""What a feature does when its records go to the trash or come back from it.

The trash knows tables and foreign keys, not features. A feature whose records need more than
that (a series skips the date of an occurrence that is deleted, and takes the exception back
when the occurrence is restored) registers a hook for its kind of record here. The trash calls
the hooks inside its own transaction with the session and the ids of the main records: before
they are captured and deleted, and after they are back (with their ids now, which may be new).

Features register their hooks when collab_desktop.services is imported (services/__init__.py),
so the window, the command line and tests calling services directly all get them. This module
imports nothing at load, so registering costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TrashHook = Callable[["Session", list[int]], None]

_ON_TRASH: dict[str, list[TrashHook]] = {}
_ON_RESTORE: dict[str, list[TrashHook]] = {}


def on_trash(kind: str, hook: TrashHook) -> None:
    """Call hook(session, ids) when records of this kind go to the trash (before the delete)."""
    _add(_ON_TRASH, kind, hook)


def on_restore(kind: str, hook: TrashHook) -> None:
    """Call hook(session, ids) when records of this kind are back from the trash (flushed)."""
    _add(_ON_RESTORE, kind, hook)


def run_trash_hooks(s: Session, kind: str, ids: list[int]) -> None:
    """Within the delete's transaction: the hooks registered for this kind, in order."""
    for hook in _ON_TRASH.get(kind, ()):
        hook(s, ids)


def run_restore_hooks(s: Session, kind: str, ids: list[int]) -> None:
    """Within the restore's transaction: the hooks registered for this kind, in order."""
    for hook in _ON_RESTORE.get(kind, ()):
        hook(s, ids)


def _add(hooks: dict[str, list[TrashHook]], kind: str, hook: TrashHook) -> None:
    registered = hooks.setdefault(kind, [])
    if hook not in registered:  # registering twice (a module reloaded) still runs it once
        registered.append(hook)
