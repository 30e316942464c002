"""Printing results: JSON for scripts, aligned text tables for people."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from collab_desktop.domain.translation import translate

T = TypeVar("T")


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def print_json(data: Any) -> None:
    print(json.dumps(data, default=_default, ensure_ascii=False, indent=2))


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Columns padded to their widest value; an empty result says so."""
    if not rows:
        print(translate("Output", "(none)"))
        return
    text_rows = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in text_rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def print_records(
    items: Sequence[T],
    as_json: bool,
    json_row: Callable[[T], Any],
    headers: Sequence[str],
    table_row: Callable[[T], Sequence[Any]],
) -> None:
    """Items as a JSON list (json_row of each) for scripts, or as a table for people."""
    if as_json:
        print_json([json_row(item) for item in items])
    else:
        print_table(headers, [table_row(item) for item in items])
