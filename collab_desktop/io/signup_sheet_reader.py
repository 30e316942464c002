"""Read a filled-in sign-up sheet back: who ticked or signed, and walk-ins written in blank rows."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from collab_desktop.domain.errors import AppError
from collab_desktop.domain.translation import translate
from collab_desktop.io.signup_sheet import (
    CHECK_COL,
    EMAIL_COL,
    ID_COL,
    ID_HEADER,
    MARKER,
    NAME_COL,
    ORG_COL,
    SIGN_COL,
    WAITLIST_MARKER,
)

# A sign-up sheet is small; anything inflating past this is not one (and may be a zip bomb).
MAX_UNCOMPRESSED = 50 * 1024 * 1024


class SheetReadError(AppError):
    """The file is not a readable sign-up sheet; the message says why."""


@dataclass(slots=True)
class SheetRow:
    """One table row of the sheet as written by hand or typed."""

    row_number: int
    registration_id: int | None
    name: str
    organization: str
    email: str
    marked: bool  # anything in the check or signature cell


@dataclass(slots=True)
class FilledSheet:
    """What a filled-in sheet says."""

    session_id: int | None
    rows: list[SheetRow]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _open(path: Path):  # noqa: ANN202 - Workbook
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    if not path.exists():
        raise SheetReadError(
            translate("SignupSheetReader", "No such file: {path}").format(path=path)
        )
    try:
        with zipfile.ZipFile(path) as zf:
            if sum(info.file_size for info in zf.infolist()) > MAX_UNCOMPRESSED:
                raise SheetReadError(
                    translate(
                        "SignupSheetReader", "{file} is far too large to be a sign-up sheet."
                    ).format(file=path.name)
                )
        return load_workbook(path, data_only=True)
    except zipfile.BadZipFile as exc:
        raise SheetReadError(
            translate(
                "SignupSheetReader",
                "{file} is not an .xlsx workbook (or it is password-protected).",
            ).format(file=path.name)
        ) from exc
    except (InvalidFileException, KeyError, ValueError) as exc:
        raise SheetReadError(
            translate(
                "SignupSheetReader", "{file} cannot be read as a sign-up sheet: {problem}"
            ).format(file=path.name, problem=exc)
        ) from exc


def read_signup_sheet(path: Path) -> FilledSheet:
    """The rows of a sheet made by write_signup_sheet; SheetReadError for anything else."""
    wb = _open(path)
    try:
        ws = next((w for w in wb.worksheets if w.cell(1, ID_COL).value == MARKER), None)
        if ws is None:
            raise SheetReadError(
                translate(
                    "SignupSheetReader",
                    "{file} is not a Collab Desktop sign-up sheet "
                    "(export one with File > Export sign-up sheet).",
                ).format(file=Path(path).name)
            )
        header = next(
            (r for r in range(1, 40) if ws.cell(r, ID_COL).value == ID_HEADER),
            None,
        )
        if header is None:
            raise SheetReadError(
                translate(
                    "SignupSheetReader",
                    "The sheet's table header is missing; was the sheet changed?",
                )
            )
        session_value = ws.cell(2, ID_COL).value
        session_id = int(session_value) if isinstance(session_value, int | float) else None
        rows: list[SheetRow] = []
        for r in range(header + 1, ws.max_row + 1):
            cells = {c: _text(ws.cell(r, c).value) for c in range(1, ID_COL + 1)}
            reg_text = cells[ID_COL]
            if reg_text == WAITLIST_MARKER:  # the heading above the waitlisted people
                continue
            row = SheetRow(
                row_number=r,
                registration_id=int(reg_text) if reg_text.isdigit() else None,
                name=cells[NAME_COL],
                organization=cells[ORG_COL],
                email=cells[EMAIL_COL],
                marked=bool(cells[CHECK_COL] or cells[SIGN_COL]),
            )
            if row.registration_id is None and not (
                row.name or row.organization or row.email or row.marked
            ):
                continue
            rows.append(row)
        return FilledSheet(session_id=session_id, rows=rows)
    finally:
        wb.close()
