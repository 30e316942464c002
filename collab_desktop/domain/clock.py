"""The app's one clock: every "now" and "today" in the code comes from here.

Asking one place (not datetime.now() spread over the modules) lets tests and benchmarks set the
time, so nothing that depends on the day, the hour or the zone passes on some days only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from collab_desktop.domain.timezones import local_zone


def _system_now() -> datetime:
    return datetime.now(UTC)


_source: Callable[[], datetime] = _system_now


def now() -> datetime:
    """Now, aware, in UTC."""
    return _source().astimezone(UTC)


def local_now() -> datetime:
    """Now, aware, in the workstation's zone (wall-clock time for forms and file names)."""
    return now().astimezone(local_zone())


def today() -> date:
    """Today's date in the workstation's zone."""
    return local_now().date()


def set_source(source: Callable[[], datetime] | None) -> None:
    """Make now() ask source (an aware datetime each call); None goes back to the system clock."""
    global _source
    _source = source or _system_now


class FixedClock:
    """A clock that stands still at a moment until told to move (for tests and benchmarks)."""

    def __init__(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware moment")
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        """Jump to moment (aware)."""
        if moment.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware moment")
        self.moment = moment

    def advance(self, delta: timedelta) -> None:
        """Move on by delta."""
        self.moment = self.moment + delta


@contextmanager
def frozen_at(moment: datetime) -> Iterator[FixedClock]:
    """Within the block now() is moment (and moves only when told); the system clock after."""
    clock = FixedClock(moment)
    before = _source
    set_source(clock)
    try:
        yield clock
    finally:
        set_source(before)
