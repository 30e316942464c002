"""User text written to workbooks stays text: no formula cells, quote prefix on risky starts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from collab_desktop.io.xlsx_safe import (
    csv_safe,
    safe_cell_value,
    safe_row,
    safe_values,
    write_only_cell,
)

RISKY = ['=HYPERLINK("http://x","click")', "=1+1", "+1 555 0100", "-5", "@SUM(A1)"]


@pytest.mark.parametrize("value", RISKY)
def test_normal_workbook_cell_stays_text(tmp_path: Path, value: str) -> None:
    wb = openpyxl.Workbook()
    cell = safe_cell_value(wb.active["A1"], value)
    assert cell.data_type == "s"
    assert cell.quotePrefix
    path = tmp_path / "out.xlsx"
    wb.save(path)
    back = openpyxl.load_workbook(path)["Sheet"]["A1"]
    assert back.data_type == "s"
    assert back.value == value


def test_write_only_rows_keep_text_and_plain_values(tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Roster")
    ws.append(safe_row(ws, [*RISKY, "Ana", 3]))
    wb.save(tmp_path / "w.xlsx")
    row = next(openpyxl.load_workbook(tmp_path / "w.xlsx")["Roster"].iter_rows())
    assert [c.value for c in row] == [*RISKY, "Ana", 3]
    assert all(c.data_type != "f" for c in row)
    assert all(c.quotePrefix for c in row[: len(RISKY)])
    assert not row[len(RISKY)].quotePrefix


def test_plain_values_pass_through_untouched() -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    assert write_only_cell(ws, "Ana") == "Ana"
    assert write_only_cell(ws, 5) == 5
    assert write_only_cell(ws, "=") != "="


def test_csv_safe_prefixes_risky_text() -> None:
    assert csv_safe("=1+1") == "'=1+1"
    assert csv_safe("@x") == "'@x"
    assert csv_safe("Ana") == "Ana"
    assert csv_safe(None) == ""


def test_control_characters_are_dropped_not_fatal(tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Roster")
    ws.append(safe_row(ws, ["Ana\x00\x0b Lee", "=\x01x"]))
    wb.save(tmp_path / "c.xlsx")
    row = next(openpyxl.load_workbook(tmp_path / "c.xlsx")["Roster"].iter_rows(values_only=True))
    assert row == ("Ana Lee", "=x")


def test_safe_values_returns_plain_rows_as_they_are() -> None:
    ws = openpyxl.Workbook(write_only=True).create_sheet()
    row = (1, "Ana", None, "O'Brien")
    assert safe_values(ws, row) is row
    # A false alarm of the whole-row test: each value is then checked and kept as it is.
    alarm = (-5, "line\n=not a start")
    assert safe_values(ws, alarm) == list(alarm)


def test_safe_values_quotes_only_risky_text(tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Roster")
    ws.append(safe_values(ws, (-5, "+1 603 555", "Ana\x01", "=1+1", "a\n@b")))
    wb.save(tmp_path / "v.xlsx")
    row = next(openpyxl.load_workbook(tmp_path / "v.xlsx")["Roster"].iter_rows())
    assert [c.value for c in row] == [-5, "+1 603 555", "Ana", "=1+1", "a\n@b"]
    assert [bool(c.quotePrefix) for c in row] == [False, True, False, True, False]
    assert all(c.data_type != "f" for c in row)


def test_quoted_cells_read_back_with_their_text_and_style(tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Roster")
    long_text = "=" + "x" * 40000
    ws.append(safe_row(ws, ["@a", None, long_text]))
    ws.append(safe_row(ws, ["-b"]))
    wb.save(tmp_path / "q.xlsx")
    rows = list(openpyxl.load_workbook(tmp_path / "q.xlsx")["Roster"].iter_rows())
    assert [c.coordinate for c in rows[0] if c.value is not None] == ["A1", "C1"]
    assert rows[0][0].value == "@a" and rows[0][0].quotePrefix
    assert rows[0][2].value == long_text[:32767]
    assert rows[1][0].value == "-b" and rows[1][0].quotePrefix
