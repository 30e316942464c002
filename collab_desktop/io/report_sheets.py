"""Worksheet helpers for the report workbook: a bold header row, typed cells, column widths."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from collab_desktop.io.xlsx_safe import safe_cell_value

PERCENT = "0.0%"
DAY = "yyyy-mm-dd"
MONTH = "yyyy-mm"
MAX_WIDTH = 60


def _shown_width(value: Any, number_format: str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return len(number_format or DAY)
    if isinstance(value, float):
        return 7
    return len(str(value))


def write_table(
    ws: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    formats: dict[int, str] | None = None,
    first_row: int = 1,
) -> int:
    """Write a header row and data rows (numbers stay numbers); returns the last row written."""
    formats = formats or {}
    widths = [len(h) for h in headers]
    bold = Font(bold=True)
    for col, header in enumerate(headers, start=1):
        safe_cell_value(ws.cell(row=first_row, column=col), header).font = bold
    row_no = first_row
    for row_no, values in enumerate(rows, start=first_row + 1):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=row_no, column=col)
            safe_cell_value(cell, value)
            fmt = formats.get(col - 1)
            if fmt is not None and value is not None:
                cell.number_format = fmt
            widths[col - 1] = max(widths[col - 1], _shown_width(value, fmt))
    for col, width in enumerate(widths, start=1):
        letter = get_column_letter(col)
        current = ws.column_dimensions[letter].width or 0
        ws.column_dimensions[letter].width = max(current, min(width + 2, MAX_WIDTH))
    ws.freeze_panes = ws.cell(row=first_row + 1, column=1)
    return row_no
