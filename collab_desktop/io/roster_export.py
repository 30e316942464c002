"""Roster workbooks: the members of one collaborative (or everyone), and an import's rejected rows.

Both are written from plain rows (the roster's are read by the rosters service) with openpyxl in
write-only mode, user text through xlsx_safe. The roster keeps each contact's id in a hidden first
column that refuses typing (a data validation rather than sheet protection, so sorting and
filtering still work in Excel), so a coordinator can fix names or emails and import the file back
onto the same contacts.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from collab_desktop.domain.import_records import ImportPlan
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.io.xlsx_safe import safe_cell_value, safe_row, safe_values

# The roster's column headings in English; the file gets them in the chosen language
# (roster_headers()), and roster_mapping knows them in English and in the languages we ship.
ROSTER_HEADERS = (
    QT_TRANSLATE_NOOP("RosterExport", "Collab Desktop contact id"),
    QT_TRANSLATE_NOOP("RosterExport", "First name"),
    QT_TRANSLATE_NOOP("RosterExport", "Last name"),
    QT_TRANSLATE_NOOP("RosterExport", "Email"),
    QT_TRANSLATE_NOOP("RosterExport", "Phone"),
    QT_TRANSLATE_NOOP("RosterExport", "Organization"),
    QT_TRANSLATE_NOOP("RosterExport", "Department"),
    QT_TRANSLATE_NOOP("RosterExport", "Job title"),
    QT_TRANSLATE_NOOP("RosterExport", "Participant type"),
    QT_TRANSLATE_NOOP("RosterExport", "Collaborative"),
    QT_TRANSLATE_NOOP("RosterExport", "Role"),
    QT_TRANSLATE_NOOP("RosterExport", "Joined"),
    QT_TRANSLATE_NOOP("RosterExport", "Notes"),
)
_MAX_WIDTH = 50
_WIDTH_SAMPLE = 2000


def roster_headers() -> list[str]:
    """The roster's column headings in the chosen language."""
    return [translate("RosterExport", header) for header in ROSTER_HEADERS]


def write_roster(path: Path | str, rows: list[tuple[Any, ...]], title: str | None = None) -> int:
    """Write roster rows to an .xlsx file; returns the number of data rows."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(title or translate("RosterExport", "Roster")))
    headers = roster_headers()
    widths = _column_widths(headers, rows)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "B2"
    guard = DataValidation(
        type="custom",
        formula1="FALSE",
        showErrorMessage=True,
        errorTitle=headers[0],
        error=translate(
            "RosterExport", "This hidden column links each row to its contact. Leave it as it is."
        ),
    )
    guard.add(f"A2:A{max(len(rows) + 1, 2)}")
    ws.data_validations.append(guard)
    bold = Font(bold=True)
    header = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    for row in rows:
        ws.append(safe_values(ws, row))
    ws.auto_filter.ref = f"A1:{get_column_letter(len(ROSTER_HEADERS))}{len(rows) + 1}"
    wb.save(path)
    return len(rows)


def _sheet_title(name: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in name).strip()
    return (cleaned or translate("RosterExport", "Roster"))[:31]


def _column_widths(headers: Iterable[str], rows: list[tuple[Any, ...]]) -> list[float]:
    widths = [len(h) + 4 for h in headers]
    for row in rows[:_WIDTH_SAMPLE]:
        for i, value in enumerate(row):
            if value is not None:
                widths[i] = max(widths[i], min(len(str(value)) + 2, _MAX_WIDTH))
    return [float(w) for w in widths]


def write_rejected_rows(plan: ImportPlan, path: Path | str) -> int:
    """The rows an import rejected, with their original headers and a Reason column."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(translate("RosterExport", "Rejected rows"))
    headers = [*plan.headers, translate("RosterExport", "Reason")]
    bold = Font(bold=True)
    cells = []
    for text in headers:
        cell = safe_cell_value(WriteOnlyCell(ws), text)
        cell.font = bold
        cells.append(cell)
    ws.append(cells)
    rejected = plan.errors
    for item in rejected:
        source = list(item.source) + [None] * (len(plan.headers) - len(item.source))
        ws.append(safe_row(ws, [*source[: len(plan.headers)], item.message]))
    ws.freeze_panes = "A2"
    wb.save(path)
    return len(rejected)


def emails_for_clipboard(emails: Iterable[str | None]) -> str:
    """Addresses joined with '; ' as Outlook's To: field takes them (blanks and repeats dropped)."""
    seen: set[str] = set()
    out = []
    for email in emails:
        text = (email or "").strip()
        if text and text.lower() not in seen:
            seen.add(text.lower())
            out.append(text)
    return "; ".join(out)
