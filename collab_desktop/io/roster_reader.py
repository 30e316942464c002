"""Read a roster sheet into a RosterTable: pick the sheet, find the header, keep the data rows."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from threading import Thread

from collab_desktop.domain.bulk import paused_gc
from collab_desktop.domain.import_records import RosterTable
from collab_desktop.domain.translation import translate
from collab_desktop.io.roster_files import RosterFileError, RosterSource, open_roster
from collab_desktop.io.roster_mapping import (
    find_header_row,
    header_texts,
    is_blank,
    is_data_row,
)


@paused_gc()
def read_roster(
    path: Path | str, sheet: str | None = None, header_row: int | None = None
) -> RosterTable:
    """The roster in a file: the named sheet (default: the first with a recognizable header)."""
    source = open_roster(path)
    data = source.read_sheet(sheet) if sheet else _first_with_header(source)
    rows = data.rows
    if all(is_blank(row) for row in rows):
        raise RosterFileError(
            translate(
                "RosterReader",
                "The sheet {name!r} in {name2} is empty. Choose the sheet or file that holds the roster.",
            ).format(name=data.name, name2=source.path.name)
        )
    if header_row is None:
        header_row = find_header_row(rows)
        if header_row is None:
            raise RosterFileError(
                translate(
                    "RosterReader",
                    "No header row found in the sheet {name!r} of {name2}: none of its first 20 rows has two or more column names we know (such as First Name, Last Name, Name, Email). Add a header row, or pick the header row by hand.",
                ).format(name=data.name, name2=source.path.name)
            )
    elif not 0 <= header_row < len(rows):
        raise RosterFileError(
            translate("RosterReader", "The sheet {name!r} has no row {value}.").format(
                name=data.name, value=header_row + 1
            )
        )
    width = max((len(r) for r in rows), default=0)
    headers = header_texts(rows[header_row]) + [""] * (width - len(rows[header_row]))
    body = [
        (number, row)
        for number, row in enumerate(rows[header_row + 1 :], start=header_row + 2)
        if is_data_row(row)
    ]
    return RosterTable(
        path=source.path,
        sheet_names=source.sheet_names,
        sheet=data.name,
        header_row=header_row,
        headers=headers,
        rows=body,
        hidden_columns=data.hidden_columns,
        all_rows=rows,
    )


def read_roster_in_background(path: Path | str, sheet: str | None = None) -> Future[RosterTable]:
    """Start read_roster on its own thread; the Future gives the table or raises its error.

    python-calamine parses without holding the interpreter lock, so a command that starts
    reading first and then loads the database layer and opens the database does both at once.
    """
    future: Future[RosterTable] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(read_roster(path, sheet=sheet))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on the Future
            future.set_exception(exc)

    Thread(target=run, name="roster-read", daemon=True).start()
    return future


def _first_with_header(source: RosterSource):  # noqa: ANN202 - SheetData
    first = None
    for name in source.sheet_names:
        data = source.read_sheet(name)
        if first is None:
            first = data
        if find_header_row(data.rows) is not None:
            return data
    return first
