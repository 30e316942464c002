"""Writing user text to xlsx cells so that it can never become a live formula."""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell

# Starts that Excel may read as a formula when someone edits the cell.
FORMULA_STARTS = ("=", "+", "-", "@")


def _neutralise(cell: Any, value: Any) -> None:
    if not isinstance(value, str):
        return
    if cell.data_type == "f":
        cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def safe_cell_value(cell: Any, value: Any) -> Any:
    """Assign value to a worksheet cell; strings stay text (no formula, quote-prefixed if risky)."""
    cell.value = value
    _neutralise(cell, value)
    return cell


def write_only_cell(ws: Any, value: Any) -> WriteOnlyCell:
    """A WriteOnlyCell holding value, neutralised like safe_cell_value."""
    cell = WriteOnlyCell(ws, value=value)
    _neutralise(cell, value)
    return cell
