"""Worksheet helpers for the report workbook (write-only mode): bold headers, typed cells, widths.

Write-only worksheets stream rows to disk, so widths and frozen panes are set before the first
row is appended; every value goes through the shared formula-safe helpers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from collab_desktop.io.xlsx_safe import safe_cell_value, safe_row

PERCENT = "0.0%"
DAY = "yyyy-mm-dd"
MONTH = "yyyy-mm"
MAX_WIDTH = 60
_BOLD = Font(bold=True)


def formatted(ws: Any, value: Any, number_format: str) -> Any:
    """A cell showing value with a number format (None stays an empty cell)."""
    if value is None:
        return None
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def _shown_width(value: Any) -> int:
    if isinstance(value, Cell):
        fmt = value.number_format
        value = value.value
        if isinstance(value, date):
            return len(fmt)
    if value is None:
        return 0
    if isinstance(value, date):
        return len(DAY)
    if isinstance(value, float):
        return 7
    return len(str(value))


def write_table(
    ws: Any,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    formats: dict[int, str] | None = None,
    before: Sequence[Sequence[Any]] = (),
) -> int:
    """Append `before` rows, a bold header row and the data rows; returns the last row number.

    Numbers stay numbers; columns in `formats` (index -> number format) get that format.
    """
    formats = formats or {}
    data = [list(r) for r in rows]
    widths = [len(h) for h in headers]
    for values in data:
        for col, value in enumerate(values):
            widths[col] = max(widths[col], _shown_width(value))
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(width + 2, MAX_WIDTH)
    header_row = len(before) + 1
    ws.freeze_panes = f"A{header_row + 1}"
    for values in before:
        ws.append(safe_row(ws, list(values)))
    header = []
    for text in headers:
        cell = safe_cell_value(WriteOnlyCell(ws), text)
        cell.font = _BOLD
        header.append(cell)
    ws.append(header)
    for values in data:
        row = safe_row(ws, values)
        for col, fmt in formats.items():
            row[col] = formatted(ws, row[col], fmt)
        ws.append(row)
    return header_row + len(data)
