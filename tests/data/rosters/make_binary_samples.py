"""Rebuild legacy.xls and protected.xlsx, the two samples that need writers the app does not use.

Run with a Python that has xlwt, msoffcrypto-tool and openpyxl installed:
    python tests/data/rosters/make_binary_samples.py
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import xlwt
from msoffcrypto.format.ooxml import OOXMLFile

HERE = Path(__file__).parent
ROWS = [
    ("First Name", "Last Name", "Email", "Organization"),
    ("Grace", "Hopper", "grace@example.org", "Navy Medical"),
    ("José", "Núñez", "jose@example.org", "Clínica Norte"),
]


def legacy_xls() -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Roster")
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(HERE / "legacy.xls"))


def protected_xlsx() -> None:
    wb = openpyxl.Workbook()
    for row in ROWS:
        wb.active.append(row)
    plain = io.BytesIO()
    wb.save(plain)
    plain.seek(0)
    office = OOXMLFile(plain)
    with open(HERE / "protected.xlsx", "wb") as out:
        office.encrypt("secret", out)


if __name__ == "__main__":
    legacy_xls()
    protected_xlsx()
