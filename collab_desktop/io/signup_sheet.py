"""The printable sign-up sheet (xlsx): title block, registered people, blank walk-in rows.

Print set-up is done for the user (one page wide, header row repeated, margins, borders,
footer with "page x of y"); a hidden, protected column keeps each registration id so the
filled-in sheet can be read back by signup_sheet_reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from collab_desktop.domain.locale_format import clock_time, weekday_date
from collab_desktop.domain.records import RegistrationRecord, SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import session_kind_label
from collab_desktop.io.xlsx_safe import safe_cell_value

# The hidden markers and the id header stay English in every language: the reader finds them.
MARKER = "collab-desktop sign-up sheet"
ID_HEADER = "registration_id"
# In the hidden id column of the waitlist's heading row, so reading the sheet back skips it.
WAITLIST_MARKER = "waitlist"
# Column widths in characters; the last (hidden) column holds the registration id.
WIDTHS = (4, 26, 26, 30, 6, 32, 12)
FONT = "Calibri"
NAME_COL, ORG_COL, EMAIL_COL, CHECK_COL, SIGN_COL, ID_COL = 2, 3, 4, 5, 6, 7
HEADER_ROW = 7
ROW_HEIGHT = 24  # points: room to sign by hand
DEFAULT_BLANK_ROWS = 10


@dataclass(slots=True)
class SheetPerson:
    """One registered person as printed on the sheet."""

    registration_id: int
    name: str
    organization: str
    email: str
    waitlist_position: int | None = None


def sheet_headers() -> tuple[str, ...]:
    """The table's column headings in the chosen language; the hidden id column's stays a key."""
    return (
        translate("SignupSheet", "#"),
        translate("SignupSheet", "Name"),
        translate("SignupSheet", "Organization or role"),
        translate("SignupSheet", "Email"),
        translate("SignupSheet", "Here"),
        translate("SignupSheet", "Signature"),
        ID_HEADER,
    )


def people_from_registrations(
    registrations: list[RegistrationRecord], roles: dict[int, str] | None = None
) -> list[SheetPerson]:
    """People with a place (not cancelled, not waitlisted) sorted by last name, then first."""
    roles = roles or {}
    active = [r for r in registrations if r.status not in ("cancelled", "waitlisted")]
    active.sort(key=lambda r: (r.last_name.lower(), r.first_name.lower(), r.email.lower()))
    return [_person(r, roles) for r in active]


def waitlist_from_registrations(
    registrations: list[RegistrationRecord], roles: dict[int, str] | None = None
) -> list[SheetPerson]:
    """Waitlisted people in the order they wait."""
    waiting = [r for r in registrations if r.status == "waitlisted"]
    waiting.sort(key=lambda r: (r.waitlist_position or 0, r.id or 0))
    return [_person(r, roles or {}) for r in waiting]


def _person(r: RegistrationRecord, roles: dict[int, str]) -> SheetPerson:
    return SheetPerson(
        registration_id=r.id or 0,
        name=f"{r.first_name} {r.last_name}".strip() or r.email,
        organization=r.organization or roles.get(r.contact_id, ""),
        email=r.email,
        waitlist_position=r.waitlist_position,
    )


def session_when(session: SessionRecord) -> str:
    """'Tuesday 13 January 2026, 12:00-13:00 (America/New_York)', the date in the chosen language."""
    if session.start is None or session.end is None:
        return ""
    zone = getattr(session.start.tzinfo, "key", "")
    day = weekday_date(session.start)
    hours = f"{clock_time(session.start)}-{clock_time(session.end)}"
    return f"{day}, {hours}" + (f" ({zone})" if zone else "")


def write_signup_sheet(
    path: Path,
    session: SessionRecord,
    people: list[SheetPerson],
    blank_rows: int = DEFAULT_BLANK_ROWS,
    waitlist: list[SheetPerson] | None = None,
) -> Path:
    """Write the sheet to path (xlsx) and return it; the waitlist, if any, comes last, apart."""
    from openpyxl import Workbook

    if blank_rows < 0:
        raise ValueError(translate("SignupSheet", "The number of blank rows cannot be negative."))
    wb = Workbook()
    ws = wb.active
    ws.title = translate("SignupSheet", "Sign-up sheet")
    _title_block(ws, session)
    waitlist = waitlist or []
    _table(ws, people, blank_rows, waitlist)
    _print_setup(ws, session, len(people) + blank_rows + (len(waitlist) + 1 if waitlist else 0))
    wb.properties.title = translate("SignupSheet", "Sign-up sheet: {title}").format(
        title=session.title
    )
    wb.properties.creator = "Collab Desktop"
    path = Path(path)
    wb.save(path)
    return path


def _title_block(ws, session: SessionRecord) -> None:  # noqa: ANN001 - Worksheet
    from openpyxl.styles import Alignment, Font

    kind = session_kind_label(session.kind)
    location = translate("SignupSheet", "Location: {location}").format(
        location=session.location or "—"
    )
    presenter = translate("SignupSheet", "Presenter: {presenter}").format(
        presenter=session.presenters or "—"
    )
    lines = [
        (session.collaborative_name, Font(name=FONT, size=11, bold=True, color="555555")),
        (session.title, Font(name=FONT, size=16, bold=True)),
        (f"{kind} · {session_when(session)}", Font(name=FONT, size=11)),
        (location, Font(name=FONT, size=11)),
        (presenter, Font(name=FONT, size=11)),
    ]
    for row, (text, font) in enumerate(lines, start=1):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=SIGN_COL)
        cell = ws.cell(row=row, column=1)
        safe_cell_value(cell, text)
        cell.font = font
        cell.alignment = Alignment(vertical="center")
    ws.row_dimensions[2].height = 24
    note = ws.cell(row=6, column=1)
    note.value = translate(
        "SignupSheet",
        "Please print your name if it is not listed, and sign. Tick 'Here' if you attend.",
    )
    note.font = Font(name=FONT, size=9, italic=True, color="555555")
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=SIGN_COL)
    # Hidden facts for reading the sheet back.
    ws.cell(row=1, column=ID_COL, value=MARKER)
    ws.cell(row=2, column=ID_COL, value=session.id)


def _table(ws, people: list[SheetPerson], blank_rows: int, waitlist: list[SheetPerson]) -> None:  # noqa: ANN001
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="E0E0E0")
    for col, (title, width) in enumerate(zip(sheet_headers(), WIDTHS, strict=True), start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=title)
        cell.font = Font(name=FONT, bold=True)
        cell.fill = head_fill
        cell.border = border
        cell.alignment = Alignment(horizontal="center" if col in (1, CHECK_COL) else "left")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.column_dimensions[get_column_letter(ID_COL)].hidden = True
    style = _TableStyles(border)
    row = HEADER_ROW
    for number, person in enumerate(people, start=1):
        row += 1
        _person_row(ws, style, row, number, person)
    for _ in range(blank_rows):  # walk-ins write their name, organization and email too
        row += 1
        ws.row_dimensions[row].height = ROW_HEIGHT
        style.apply(ws.cell(row=row, column=1), 1, False)
        for col in range(NAME_COL, SIGN_COL + 1):
            style.apply(ws.cell(row=row, column=col), col, True)
    if waitlist:  # apart from the others: they have no place unless one frees up
        row += 1
        heading = ws.cell(
            row=row, column=NAME_COL, value=translate("SignupSheet", "Waitlist (in order)")
        )
        heading.font = Font(name=FONT, bold=True)
        ws.cell(row=row, column=ID_COL, value=WAITLIST_MARKER)
        for number, person in enumerate(waitlist, start=1):
            row += 1
            _person_row(ws, style, row, person.waitlist_position or number, person)
    # Protected so the hidden id column cannot be shown or changed; no password, so a user who
    # must change the layout can lift it from Excel's Review tab.
    ws.protection.sheet = True
    ws.protection.formatColumns = True
    ws.protection.formatRows = False
    ws.protection.formatCells = False
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)


def _person_row(ws, style: _TableStyles, row: int, number: int, person: SheetPerson) -> None:  # noqa: ANN001
    ws.row_dimensions[row].height = ROW_HEIGHT
    style.apply(ws.cell(row=row, column=1, value=number), 1, False)
    texts = ((NAME_COL, person.name), (ORG_COL, person.organization), (EMAIL_COL, person.email))
    for col, text in texts:
        # Styled first: the text's own quote prefix (a name starting with "=") goes on top.
        safe_cell_value(style.apply(ws.cell(row=row, column=col), col, False), text)
    for col in (CHECK_COL, SIGN_COL):  # ticked and signed by hand
        style.apply(ws.cell(row=row, column=col), col, True)
    ws.cell(row=row, column=ID_COL, value=person.registration_id)


class _TableStyles:
    """The table cells' look (border, font, alignment, lock) per column, made once.

    The first cell of each kind gets its style through openpyxl's attributes; the others copy
    that cell's style ids, as openpyxl's own worksheet copy does. Setting four style
    attributes on each of 2,000 cells cost 0.2 s, most of the sheet's time. A copy replaces
    the cell's whole style, so apply it before anything cell-specific (the quote prefix).
    """

    def __init__(self, border) -> None:  # noqa: ANN001 - openpyxl Border
        self.border = border
        self._made: dict[tuple[int, bool], object] = {}

    def apply(self, cell, col: int, unlocked: bool):  # noqa: ANN001, ANN201 - openpyxl Cell
        from copy import copy

        made = self._made.get((col, unlocked))
        if made is not None:
            cell._style = copy(made)
            return cell
        from openpyxl.styles import Alignment, Font, Protection

        small = col in (ORG_COL, EMAIL_COL)
        cell.border = self.border
        cell.alignment = Alignment(
            vertical="center",
            horizontal="center" if col in (1, CHECK_COL) else "left",
            # A long name or address shrinks to show whole rather than lose its end.
            shrink_to_fit=small or col == NAME_COL,
        )
        cell.font = Font(name=FONT, size=9 if small else 11)
        if unlocked:
            cell.protection = Protection(locked=False)
        self._made[(col, unlocked)] = copy(cell._style)
        return cell


def _print_setup(ws, session: SessionRecord, table_rows: int) -> None:  # noqa: ANN001
    from openpyxl.worksheet.page import PageMargins

    printed_width = sum(WIDTHS[:SIGN_COL])  # characters; the id column is hidden
    # Portrait unless the columns are too wide for it; long lists need the page's height.
    ws.page_setup.orientation = "portrait" if printed_width <= 130 else "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    # Up to 40 rows (25 names and the walk-in rows) fit one page; longer lists flow on.
    ws.page_setup.fitToHeight = 1 if table_rows <= 40 else 0
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:F{HEADER_ROW + table_rows}"
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, header=0.25, footer=0.3)
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = False
    day = session.start.strftime("%Y-%m-%d") if session.start else ""
    footer_text = f"{session.title} · {day}".replace("&", "&&")
    ws.oddFooter.left.text = footer_text
    ws.oddFooter.left.size = 8
    # &P and &N are the spreadsheet's page number and count, not mnemonics.
    ws.oddFooter.right.text = translate("SignupSheet", "Page &P of &N", "spreadsheet footer")
    ws.oddFooter.right.size = 8
