"""What a service call changed: run it and get, with its result, the ChangeSet it committed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from collab_desktop.domain.changes import ChangeSet
from collab_desktop.store.change_capture import CapturedChanges, capture_changes

T = TypeVar("T")


@contextmanager
def reporting() -> Iterator[CapturedChanges]:
    """Collect what the transactions committed in this thread inside the block.

    ``captured.changes`` holds it afterwards, also when the block ended with an error after
    some of its transactions had committed (what the window must still show).
    """
    with capture_changes() as captured:
        yield captured


def run_reporting(fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[T, ChangeSet]:
    """Call fn(*args, **kwargs); return its result and what its committed transactions changed."""
    with capture_changes() as captured:
        result = fn(*args, **kwargs)
    return result, captured.changes
