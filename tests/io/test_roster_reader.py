"""Each roster file shape reads into the right fields; each bad or hostile file gets a clear message."""

from __future__ import annotations

import shutil
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from collab_desktop.io import roster_files
from collab_desktop.io.roster_files import RosterFileError, open_roster
from collab_desktop.io.roster_mapping import extract_values, suggest_mapping
from collab_desktop.io.roster_reader import read_roster

DATA = Path(__file__).parent.parent / "data" / "rosters"


def _values(path: Path, **kwargs) -> list[dict]:
    table = read_roster(path, **kwargs)
    mapping = suggest_mapping(table.headers, table.hidden_columns)
    return [extract_values(cells, mapping) for _n, cells in table.rows]


def test_outlook_export() -> None:
    rows = _values(DATA / "outlook.csv")
    assert rows[0]["first_name"] == "Mary"
    assert rows[0]["last_name"] == "Jones"
    assert rows[0]["organization"] == "Valley Hospital"
    assert rows[0]["job_title"] == "Nurse Manager"
    assert rows[0]["email"] == "Mary.Jones@Valley.org"
    assert rows[0]["phone"] == "+1 555 0100"
    # Second address and mobile phone fill in when the first ones are empty.
    assert rows[1]["email"] == "tom.lee@valley.org"
    assert rows[1]["phone"] == "555 0101"


def test_microsoft_forms_export() -> None:
    table = read_roster(DATA / "ms_forms.csv")
    mapping = suggest_mapping(table.headers)
    assert mapping[:5] == ["ignore", "ignore", "ignore", "email", "full_name"]
    rows = [extract_values(c, mapping) for _n, c in table.rows]
    assert rows[0].get("email") == "" and not rows[0].get("first_name")
    assert (rows[1]["first_name"], rows[1]["last_name"], rows[1]["email"]) == (
        "Ravi",
        "Patel",
        "ravi.patel@mercy.org",
    )
    assert (rows[2]["first_name"], rows[2]["last_name"], rows[2]["email"]) == (
        "Lucía",
        "Fernández",
        "",
    )


def test_redcap_export() -> None:
    rows = _values(DATA / "redcap.csv")
    assert rows[1] == {
        "first_name": "Wen",
        "last_name": "Zhang 张",
        "email": "wen.zhang@example.org",
        "organization": "Northern Clinic",
        "participant_type": "researcher",
    }
    assert rows[0]["phone"] == "555-0102"


def test_legacy_xls_is_read() -> None:
    rows = _values(DATA / "legacy.xls")
    assert [r["last_name"] for r in rows] == ["Hopper", "Núñez"]


def _ods(path: Path, rows: list[list[str]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice writes its essentials."""

    def cells(row: list[str]) -> str:
        return "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )

    body = "".join(f"<table:table-row>{cells(r)}</table:table-row>" for r in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Roster">{body}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", manifest)
    return path


def test_opendocument_spreadsheet(tmp_path: Path) -> None:
    rows = _values(
        _ods(
            tmp_path / "r.ods",
            [["First Name", "Last Name", "Email"], ["Åsa", "Öberg", "asa@x.org"]],
        )
    )
    assert rows == [{"first_name": "Åsa", "last_name": "Öberg", "email": "asa@x.org"}]


def test_csv_semicolon_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("Prénom;Nom;Email\r\nJosé;Müller;jose@example.org\r\n".encode("cp1252"))
    table = read_roster(path)
    assert table.headers == ["Prénom", "Nom", "Email"]
    assert table.rows == [(2, ["José", "Müller", "jose@example.org"])]


def test_csv_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes("\ufeffFirst Name,Last Name\n李,小龙\n".encode())
    table = read_roster(path)
    assert table.headers == ["First Name", "Last Name"]
    assert table.rows == [(2, ["李", "小龙"])]


def _handmade(path: Path) -> None:
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    notes.append(["This workbook lists the spring cohort."])
    ws = wb.create_sheet("Spring cohort")
    ws.append(["Spring cohort roster"])
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Name (Last, First)", "Email", "Old email", "Organisation", "Internal code"])
    ws.append(["Lee, Ana", "ana@example.org", "ana@old.org", "Mercy", "X1"])
    ws.append([None, None, None, None, None])
    ws.append(["D'Arcy-Smith, Zoë", "zoe@example.org", None, "Valley", "X2"])
    ws.append(["Total", 2])
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions.group("E", hidden=True)
    wb.save(path)


def test_handmade_sheet(tmp_path: Path) -> None:
    path = tmp_path / "cohort.xlsx"
    _handmade(path)
    table = read_roster(path)
    assert table.sheet == "Spring cohort"
    assert table.sheet_names == ["Notes", "Spring cohort"]
    assert table.header_row == 2
    assert table.hidden_columns >= {4}
    assert [n for n, _c in table.rows] == [4, 6]
    rows = _values(path)
    assert rows[1]["first_name"] == "Zoë"
    assert rows[1]["last_name"] == "D'Arcy-Smith"
    assert rows[0]["organization"] == "Mercy"


def test_macro_workbook_suffix(tmp_path: Path) -> None:
    path = tmp_path / "cohort.xlsm"
    _handmade(path)
    assert [r["last_name"] for r in _values(path)] == ["Lee", "D'Arcy-Smith"]


def test_hidden_column_read_from_sheet_xml(tmp_path: Path) -> None:
    path = tmp_path / "cohort.xlsx"
    _handmade(path)
    source = open_roster(path)
    assert source.read_sheet("Spring cohort").hidden_columns == {2, 4}


def test_chosen_sheet_and_header_row(tmp_path: Path) -> None:
    path = tmp_path / "cohort.xlsx"
    _handmade(path)
    table = read_roster(path, sheet="Spring cohort", header_row=3)
    assert table.headers[0] == "Lee, Ana"
    with pytest.raises(RosterFileError, match="no sheet called 'Fall'"):
        read_roster(path, sheet="Fall")


# --- bad and hostile files: each a clear message, quickly -------------------------------------


def _expect(path: Path, pattern: str) -> None:
    start = time.perf_counter()
    with pytest.raises(RosterFileError, match=pattern):
        read_roster(path)
    assert time.perf_counter() - start < 10  # a guard against hanging, not a benchmark


def test_text_renamed_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_text("First Name,Email\nAna,a@x.org\n")
    _expect(path, "plain text.*rename it to end in .csv")


def test_password_protected(tmp_path: Path) -> None:
    _expect(DATA / "protected.xlsx", "protected with a password")


def test_truncated_zip(tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    _handmade(good)
    data = good.read_bytes()
    bad = tmp_path / "cut.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    _expect(bad, "damaged or incomplete")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    _expect(path, "is empty")


def test_empty_workbook(tmp_path: Path) -> None:
    path = tmp_path / "blank.xlsx"
    openpyxl.Workbook().save(path)
    _expect(path, "is empty")


def test_no_recognizable_header(tmp_path: Path) -> None:
    path = tmp_path / "numbers.xlsx"
    wb = openpyxl.Workbook()
    for i in range(30):
        wb.active.append([i, i * 2, "x"])
    wb.save(path)
    _expect(path, "No header row found")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    _expect(path, "not an Excel or OpenDocument workbook")


def _xlsx_with_sheet_xml(tmp_path: Path, sheet_xml: bytes, name: str) -> Path:
    good = tmp_path / "base.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Email"])
    wb.save(good)
    path = tmp_path / name
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml
            dst.writestr(info.filename, data)
    return path


def test_entity_bomb(tmp_path: Path) -> None:
    entities = "".join(
        f'<!ENTITY e{i} "{"&e" + str(i - 1) + ";" * 1 if i else "lol"}&e{max(i - 1, 0)};">'
        for i in range(1, 12)
    )
    xml = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY e0 "lol">' + entities + "]>"
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e11;</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    _expect(_xlsx_with_sheet_xml(tmp_path, xml, "lol.xlsx"), "XML declarations")


def test_zip_bomb(tmp_path: Path) -> None:
    padding = b" " * (roster_files.RATIO_CHECK_FROM_BYTES + 1024 * 1024)
    xml = (
        b'<?xml version="1.0"?><worksheet '
        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + padding
        + b"<sheetData/></worksheet>"
    )
    path = _xlsx_with_sheet_xml(tmp_path, xml, "bomb.xlsx")
    assert path.stat().st_size < 200_000
    _expect(path, "would unpack to")


def test_total_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.xlsx"
    _handmade(path)
    monkeypatch.setattr(roster_files, "MAX_UNCOMPRESSED_BYTES", 1000)
    _expect(path, "would unpack to")


def test_damaged_ole_file(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(roster_files.OLE_MAGIC + b"\x00" * 600)
    _expect(path, "damaged")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    _expect(tmp_path / "nope.xlsx", "No file at")
    _expect(tmp_path, "is a folder")


def test_unknown_binary_with_workbook_suffix(tmp_path: Path) -> None:
    path = tmp_path / "image.xlsx"
    shutil.copyfile(DATA / "legacy.xls", path)
    # An .xls saved under the wrong suffix is still read by its content.
    assert read_roster(path).headers[:2] == ["First Name", "Last Name"]
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _expect(path, "not a workbook that can be read")


def test_background_read_gives_the_same_table_and_the_same_errors(tmp_path: Path) -> None:
    """The CLI reads its roster on a thread while the database opens; nothing differs but time."""
    from collab_desktop.io.roster_reader import read_roster_in_background

    path = DATA / "outlook.csv"
    assert read_roster_in_background(path).result(timeout=30) == read_roster(path)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(RosterFileError) as exc_info:
        read_roster_in_background(broken).result(timeout=30)
    with pytest.raises(RosterFileError) as direct:
        read_roster(broken)
    assert str(exc_info.value) == str(direct.value)
