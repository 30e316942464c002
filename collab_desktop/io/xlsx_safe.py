"""Write user text to workbooks and CSV files as text, never as a formula.

openpyxl turns a str starting with "=" into a formula cell, and Excel may treat "+", "-" or "@"
as a formula once a user edits the cell; a contact named ``=HYPERLINK(...)`` must stay a name.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles.cell_style import StyleArray

FORMULA_STARTS = ("=", "+", "-", "@")
# Either a formula-like start or a character XML cannot hold: the values that need care.
_STARTS = frozenset(FORMULA_STARTS)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NEEDS_CARE = re.compile(r"^[=+\-@]|[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_risky_text(value: Any) -> bool:
    """True for a str that a spreadsheet could read as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def clean_text(value: str) -> str:
    """Text without the control characters that XML (and so .xlsx) cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def safe_cell_value(cell: Cell | WriteOnlyCell, value: Any) -> Cell | WriteOnlyCell:
    """Assign value to a cell, forcing text when openpyxl or Excel would make it a formula."""
    if isinstance(value, str):
        value = clean_text(value)
    cell.value = value
    if isinstance(value, str):
        if cell.data_type == "f":
            cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


_new_cell = Cell.__new__
_MAX_TEXT = 32767  # Excel's (and openpyxl's) longest cell text
_QUOTED = StyleArray()
_QUOTED.quotePrefix = 1


def _quoted_text_cell(ws: Any, value: str) -> Cell:
    """A write-only text cell with the quote prefix, built without openpyxl's per-cell checks.

    The value is already free of control characters (clean_text); the slots set here are all
    of Cell's, so the cell is the one ``WriteOnlyCell(ws, value)`` plus the style would make.
    A roster has one such cell per row (phone numbers start with "+"), hence the short cut.
    """
    cell = _new_cell(Cell)
    cell.parent = ws
    cell.row = cell.column = 1  # openpyxl sets the real place when it writes the row
    cell._value = value[:_MAX_TEXT]
    cell.data_type = "s"
    cell._hyperlink = cell._comment = None
    # One shared, never-changed style array: openpyxl only reads it to find the style's id.
    cell._style = _QUOTED
    return cell


def write_only_cell(ws: Any, value: Any) -> Any:
    """A value ready for ``ws.append`` in write-only mode: risky text wrapped as a text cell.

    Plain values are returned as they are, so rows of ordinary data stay as fast to write
    as openpyxl's own append.
    """
    if is_risky_text(value):
        return _quoted_text_cell(ws, clean_text(value))
    return value


def safe_row(ws: Any, values: list[Any]) -> list[Any]:
    """A row for ``ws.append`` in write-only mode: risky text made safe, control characters gone."""
    out = list(values)
    for i, v in enumerate(out):
        if v.__class__ is str and _NEEDS_CARE.search(v):
            v = clean_text(v)
            out[i] = _quoted_text_cell(ws, v) if v.startswith(FORMULA_STARTS) else v
    return out


def safe_values(ws: Any, values: tuple[Any, ...] | list[Any]) -> tuple[Any, ...] | list[Any]:
    """Like safe_row, but returns the row itself (not a copy) when no value needs care.

    The whole row is tested at once: its values' text joined by newlines, so each value's start
    follows a newline. A hit may be a false alarm (a negative number, a newline followed by "="
    inside a value); each value is then looked at on its own.
    """
    text = "\n" + "\n".join(map(str, values))
    control = _CONTROL.search(text) is not None
    if not (control or "\n=" in text or "\n+" in text or "\n-" in text or "\n@" in text):
        return values
    out = list(values)
    for i, v in enumerate(out):
        if v.__class__ is str and (control or v[:1] in _STARTS):
            v = clean_text(v) if control else v
            out[i] = _quoted_text_cell(ws, v) if v.startswith(FORMULA_STARTS) else v
    return out


def csv_safe(value: Any) -> str:
    """A CSV field that a spreadsheet will not evaluate: risky text gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
