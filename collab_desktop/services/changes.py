"""What a service call changed: run it and get, with its result, the ChangeSet it committed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from collab_desktop.domain.changes import ChangeSet
from collab_desktop.store.change_capture import CapturedChanges, capture_changes

__all__ = ["CapturedChanges", "ChangeSet", "reporting", "run_reporting"]

T = TypeVar("T")

# Collects the ChangeSets committed in this thread inside a ``with reporting() as captured:``
# block (``captured.changes``), also when the block ends with an error after some commits.
reporting = capture_changes


def run_reporting(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, ChangeSet]:
    """Call fn(*args, **kwargs); return its result and what its committed transactions changed."""
    with capture_changes() as captured:
        result = fn(*args, **kwargs)
    return result, captured.changes
