"""Write user text to workbooks and CSV files as text, never as a formula.

openpyxl turns a str starting with "=" into a formula cell, and Excel may treat "+", "-" or "@"
as a formula once a user edits the cell; a contact named ``=HYPERLINK(...)`` must stay a name.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell

FORMULA_STARTS = ("=", "+", "-", "@")


def is_risky_text(value: Any) -> bool:
    """True for a str that a spreadsheet could read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_cell_value(cell: Cell | WriteOnlyCell, value: Any) -> Cell | WriteOnlyCell:
    """Assign value to a cell, forcing text when openpyxl or Excel would make it a formula."""
    cell.value = value
    if isinstance(value, str):
        if cell.data_type == "f":
            cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


def write_only_cell(ws: Any, value: Any) -> Any:
    """A value ready for ``ws.append`` in write-only mode: risky text wrapped as a text cell.

    Plain values are returned as they are, so rows of ordinary data stay as fast to write
    as openpyxl's own append.
    """
    if is_risky_text(value):
        return safe_cell_value(WriteOnlyCell(ws), value)
    return value


def safe_row(ws: Any, values: list[Any]) -> list[Any]:
    """A row for ``ws.append`` in write-only mode with every risky text made safe."""
    return [write_only_cell(ws, v) if is_risky_text(v) else v for v in values]


def csv_safe(value: Any) -> str:
    """A CSV field that a spreadsheet will not evaluate: risky text gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
