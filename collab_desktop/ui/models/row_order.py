"""Keeping a shown order of record positions right as single records come, change and go.

The table model keeps its rows as positions into its list of records, ordered by a sort key with
ties in position order (what a stable ``sorted`` gives). These helpers place one position in such
an order, and renumber positions after records were taken out of the list.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any


def goes_before(keys: Sequence[Any], descending: bool, a: int, b: int) -> bool:
    """True when position a comes before position b (ties: the lower position first)."""
    ka, kb = keys[a], keys[b]
    if ka != kb:
        return ka > kb if descending else ka < kb
    return a < b


def place(order: Sequence[int], position: int, keys: Sequence[Any], descending: bool) -> int:
    """Where position belongs in order (a binary search; order must not hold it).

    Raises TypeError when keys of different types meet (the caller re-sorts as text).
    """
    lo, hi = 0, len(order)
    while lo < hi:
        mid = (lo + hi) // 2
        if goes_before(keys, descending, order[mid], position):
            lo = mid + 1
        else:
            hi = mid
    return lo


def renumbered(order: Sequence[int], removed: Sequence[int]) -> list[int]:
    """Positions in order after the (sorted) removed positions left the list of records."""
    if not removed:
        return list(order)
    return [p - bisect_left(removed, p) for p in order]


def blocks(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Runs of consecutive rows as (first, last), last run first (for removing rows)."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs[::-1]
