"""The participant mix summed per month, quarter or year, for a chart that cannot show every session.

A chart with a bar per session is unreadable (and slow to draw) past a few dozen sessions; the
table beside it keeps every session, while the chart shows the same attendees per period.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from collab_desktop.domain.report_records import AttendeeMix, SessionMix

# Bucket sizes from finest to coarsest; the finest that fits the bar limit is used.
SESSION, MONTH, QUARTER, YEAR = "session", "month", "quarter", "year"
GRAINS = (SESSION, MONTH, QUARTER, YEAR)


@dataclass(slots=True)
class MixBucket(AttendeeMix):
    """Attendees per participant type over one session or one period (start is its first day)."""

    start: date
    title: str = ""
    sessions: int = 0
    counts: dict[str, int] = field(default_factory=dict)


def period_start(day: date, grain: str) -> date:
    """First day of the month, quarter or year that holds day."""
    if grain == MONTH:
        return day.replace(day=1)
    if grain == QUARTER:
        return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    if grain == YEAR:
        return date(day.year, 1, 1)
    raise ValueError(f"not a period: {grain}")


def next_period(start: date, grain: str) -> date:
    """First day of the period after the one starting at start."""
    months = {MONTH: 1, QUARTER: 3, YEAR: 12}[grain]
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def periods(first: date, last: date, grain: str) -> list[date]:
    """Starts of every period from first's to last's, inclusive (empty periods included)."""
    starts, current = [], period_start(first, grain)
    while current <= last:
        starts.append(current)
        current = next_period(current, grain)
    return starts


def choose_grain(sessions: list[SessionMix], max_bars: int) -> str:
    """The finest grain with at most max_bars bars: sessions, else months, quarters, years."""
    if len(sessions) <= max_bars:
        return SESSION
    first, last = min(x.day for x in sessions), max(x.day for x in sessions)
    for grain in (MONTH, QUARTER):
        if len(periods(first, last, grain)) <= max_bars:
            return grain
    return YEAR


def mix_buckets(sessions: list[SessionMix], max_bars: int) -> tuple[str, list[MixBucket]]:
    """The mix as at most max_bars bars (years may exceed it): the grain and its buckets."""
    grain = choose_grain(sessions, max_bars)
    if grain == SESSION:
        return grain, [MixBucket(x.day, x.title, 1, dict(x.counts)) for x in sessions]
    first, last = min(x.day for x in sessions), max(x.day for x in sessions)
    buckets = {start: MixBucket(start) for start in periods(first, last, grain)}
    for x in sessions:
        bucket = buckets[period_start(x.day, grain)]
        bucket.sessions += 1
        for ptype, n in x.counts.items():
            bucket.counts[ptype] = bucket.counts.get(ptype, 0) + n
    return grain, list(buckets.values())
