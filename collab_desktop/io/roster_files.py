"""Open roster files (.xlsx/.xlsm/.xls/.ods/.csv) as plain rows, refusing hostile or broken files.

Workbooks are read with python-calamine (fast, also reads .xls and .ods). Before any parser
sees a zip, its sizes and compression ratios are checked (zip bombs) and its XML parts are
checked for DTDs (entity bombs); each problem becomes a RosterFileError with a message that
says what is wrong and what to do.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from collab_desktop.domain.errors import AppError
from collab_desktop.domain.locale_format import whole_number
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Real workbooks inflate ~5-30x; a member far beyond this ratio and size is a zip bomb.
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200
RATIO_CHECK_FROM_BYTES = 8 * 1024 * 1024
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_SAVE_AS = QT_TRANSLATE_NOOP(
    "RosterFiles",
    "Open it in Excel and save it as an Excel workbook (.xlsx) or CSV, then try again.",
)


def _save_as() -> str:
    """The advice that ends several messages, in the chosen language."""
    return translate("RosterFiles", _SAVE_AS)


class RosterFileError(AppError):
    """A roster file cannot be read; the message says why and what to do."""


@dataclass(slots=True)
class SheetData:
    """The cells of one sheet as rows of Python values, plus which columns are hidden."""

    name: str
    rows: list[list[Any]]
    hidden_columns: set[int] = field(default_factory=set)


class RosterSource:
    """An opened roster file: its sheet names and, on request, each sheet's rows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._workbook: Any = None
        self._text_rows: list[list[Any]] | None = None
        self.is_zip = False
        self.sheet_names: list[str] = []

    def read_sheet(self, name: str | None = None) -> SheetData:
        """Rows of the named sheet (default: the first)."""
        if self._text_rows is not None:
            return SheetData(self.sheet_names[0], self._text_rows)
        name = name or self.sheet_names[0]
        if name not in self.sheet_names:
            raise RosterFileError(
                translate(
                    "RosterFiles", "{name} has no sheet called {name2!r}. Its sheets: {value}."
                ).format(name=self.path.name, name2=name, value=", ".join(self.sheet_names))
            )
        import python_calamine

        try:
            rows = self._workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except python_calamine.CalamineError as exc:
            raise RosterFileError(
                translate(
                    "RosterFiles", "The sheet {name!r} in {name2} is damaged ({exc}). {SAVE_AS}"
                ).format(name=name, name2=self.path.name, exc=exc, SAVE_AS=_save_as())
            ) from exc
        hidden: set[int] = set()
        if self.is_zip:
            hidden = xlsx_hidden_columns(self.path, name)
        return SheetData(name, rows, hidden)


def open_roster(path: Path | str) -> RosterSource:
    """Open a roster file after checking that it is safe and readable."""
    path = Path(path)
    if not path.exists():
        raise RosterFileError(translate("RosterFiles", "No file at {path}.").format(path=path))
    if path.is_dir():
        raise RosterFileError(
            translate("RosterFiles", "{path} is a folder; choose a roster file.").format(path=path)
        )
    with open(path, "rb") as fh:
        head = fh.read(8)
    if not head:
        raise RosterFileError(
            translate(
                "RosterFiles", "{name} is empty (0 bytes). Choose the file with the roster."
            ).format(name=path.name)
        )
    suffix = path.suffix.lower()
    source = RosterSource(path)
    if head.startswith(ZIP_MAGIC):
        check_zip(path)
        source.is_zip = True
        source._workbook = _calamine_open(path, (".xlsx", ".xlsm", ".ods"))
    elif head == OLE_MAGIC:
        if _ENCRYPTION_INFO in path.read_bytes():
            raise RosterFileError(
                translate(
                    "RosterFiles",
                    "{name} is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it, and try again.",
                ).format(name=path.name)
            )
        source._workbook = _calamine_open(path, (".xls",))
    elif suffix in WORKBOOK_SUFFIXES:
        if _looks_like_text(path):
            raise RosterFileError(
                translate(
                    "RosterFiles",
                    "{name} is not an Excel workbook: it holds plain text. If it is a CSV file, "
                    "rename it to end in .csv; otherwise open it in Excel and save it as an "
                    "Excel workbook (.xlsx) or CSV, then try again.",
                ).format(name=path.name)
            )
        raise RosterFileError(
            translate("RosterFiles", "{name} is not a workbook that can be read. {SAVE_AS}").format(
                name=path.name, SAVE_AS=_save_as()
            )
        )
    else:  # .csv, .txt, or any other name: read as delimited text
        source._text_rows = read_text_rows(path)
        source.sheet_names = [path.stem]
        return source
    source.sheet_names = [
        m.name for m in source._workbook.sheets_metadata if str(m.typ).endswith("WorkSheet")
    ] or list(source._workbook.sheet_names)
    if not source.sheet_names:
        raise RosterFileError(
            translate(
                "RosterFiles", "{name} has no sheets. Choose the file with the roster."
            ).format(name=path.name)
        )
    return source


def _calamine_open(path: Path, suffixes: tuple[str, ...]) -> Any:
    import python_calamine

    try:
        if path.suffix.lower() in suffixes:
            return python_calamine.CalamineWorkbook.from_path(str(path))
        # A workbook saved under another suffix: let calamine tell the format by content.
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))
    except python_calamine.PasswordError as exc:
        raise RosterFileError(
            translate(
                "RosterFiles",
                "{name} is protected with a password. Remove the password in Excel, save it, and try again.",
            ).format(name=path.name)
        ) from exc
    except (python_calamine.CalamineError, OSError, ValueError) as exc:
        raise RosterFileError(
            translate(
                "RosterFiles", "{name} is damaged or not a complete workbook ({exc}). {SAVE_AS}"
            ).format(name=path.name, exc=exc, SAVE_AS=_save_as())
        ) from exc


def check_zip(path: Path) -> None:
    """Refuse truncated zips, zip bombs and XML with DTDs before a parser inflates anything."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names and "content.xml" not in names:
                raise RosterFileError(
                    translate(
                        "RosterFiles",
                        "{name} is a zip file but not an Excel or OpenDocument workbook. Choose the roster workbook itself.",
                    ).format(name=path.name)
                )
            total = sum(i.file_size for i in infos)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise RosterFileError(_bomb_message(path, total))
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_CHECK_FROM_BYTES and ratio > MAX_RATIO:
                    raise RosterFileError(_bomb_message(path, total))
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with zf.open(info) as fh:
                        start = fh.read(2048)
                    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                        raise RosterFileError(
                            translate(
                                "RosterFiles",
                                "{name} contains XML declarations that workbooks never use "
                                "(a known way to attack spreadsheet readers), so it was not "
                                "opened. {SAVE_AS}",
                            ).format(name=path.name, SAVE_AS=_save_as())
                        )
    except zipfile.BadZipFile as exc:
        raise RosterFileError(
            translate(
                "RosterFiles",
                "{name} is damaged or incomplete (perhaps a download or copy was cut short). Get a fresh copy of the file and try again.",
            ).format(name=path.name)
        ) from exc
    except (OSError, EOFError, zipfile.LargeZipFile) as exc:
        raise RosterFileError(
            translate("RosterFiles", "{name} cannot be read ({exc}). {SAVE_AS}").format(
                name=path.name, exc=exc, SAVE_AS=_save_as()
            )
        ) from exc


def _bomb_message(path: Path, total: int) -> str:
    return translate(
        "RosterFiles",
        "{name} would unpack to {size} MiB, far more than any roster; it was not opened. "
        "If it is a real roster, save just the roster sheet as CSV.",
    ).format(name=path.name, size=whole_number(round(total / 1024 / 1024)))


def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as fh:
        sample = fh.read(4096)
    return b"\x00" not in sample and _decode(sample) is not None


def _decode(data: bytes) -> str | None:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def read_text_rows(path: Path) -> list[list[Any]]:
    """Rows of a CSV/text file: UTF-8 (with or without BOM) or Windows-1252; , ; or tab."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text: str | None = data.decode("utf-16")
    else:
        if b"\x00" in data[:4096]:
            raise RosterFileError(
                translate("RosterFiles", "{name} is not a text or CSV file. {SAVE_AS}").format(
                    name=path.name, SAVE_AS=_save_as()
                )
            )
        text = _decode(data)
    if text is None:
        raise RosterFileError(
            translate("RosterFiles", "{name} is not a text or CSV file. {SAVE_AS}").format(
                name=path.name, SAVE_AS=_save_as()
            )
        )
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text)))


def sniff_delimiter(text: str) -> str:
    """The delimiter used most in the first lines: comma, semicolon or tab."""
    sample = "\n".join(text.splitlines()[:20])
    counts = {d: sample.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


_COL = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')


def xlsx_hidden_columns(path: Path, sheet_name: str) -> set[int]:
    """Zero-based indexes of the columns hidden in an xlsx sheet (read from its <cols> part)."""
    try:
        with zipfile.ZipFile(path) as zf:
            target = _sheet_part(zf, sheet_name)
            if target is None:
                return set()
            with zf.open(target) as fh:
                head = fh.read(256 * 1024)
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return set()
    head = head.split(b"<sheetData", 1)[0]
    hidden: set[int] = set()
    for match in _COL.finditer(head):
        attrs = dict(_ATTR.findall(match.group(1)))
        if attrs.get(b"hidden") in (b"1", b"true"):
            lo, hi = int(attrs.get(b"min", b"1")), int(attrs.get(b"max", b"1"))
            hidden.update(range(lo - 1, min(hi, 16384)))
    return hidden


def _sheet_part(zf: zipfile.ZipFile, sheet_name: str) -> str | None:
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    workbook = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    rel_id = None
    for sheet in workbook.iter(f"{ns_main}sheet"):
        if sheet.get("name") == sheet_name:
            rel_id = sheet.get(f"{ns_rel}id")
    if rel_id is None:
        return None
    rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    for rel in rels:
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None
