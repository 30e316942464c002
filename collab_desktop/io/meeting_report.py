"""Online-meeting attendance reports: Zoom participant CSVs and Microsoft Teams attendance
reports (UTF-16 tab-separated .csv, or .xlsx), recognised by their content, never by name.

Formats only: the result is one Join per line of the report (a person who dropped out and came
back has several), with times as aware datetimes. Matching people and adding up minutes is the
services' job.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from collab_desktop.domain.errors import AppError
from collab_desktop.domain.timezones import local_zone
from collab_desktop.domain.translation import translate

MAX_BYTES = 50 * 1024 * 1024


class MeetingReportError(AppError):
    """The file is not a meeting report we can read; the message says why."""


@dataclass(slots=True)
class Join:
    """One stay in the meeting: from join to leave."""

    name: str
    email: str
    join: datetime
    leave: datetime


@dataclass(slots=True)
class MeetingReport:
    source: str  # "zoom" or "teams"
    start: datetime | None  # the meeting's start as the report gives it
    joins: list[Join] = field(default_factory=list)
    waiting_room_lines: int = 0


_TIME_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%dT%H:%M:%S",
    "%m/%d/%y, %I:%M:%S %p",
    "%m/%d/%y, %H:%M:%S",
    "%m/%d/%Y, %I:%M:%S %p",
    "%m/%d/%Y, %H:%M:%S",
)
_DAY_FIRST = tuple(f.replace("%m/%d", "%d/%m") for f in _TIME_FORMATS if "%m/%d" in f)


def parse_time(value: object, zone, day_first: bool = False) -> datetime:  # noqa: ANN001
    """A report's time as an aware datetime (the report's zone, else the workstation's)."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = " ".join(str(value).replace("\u202f", " ").split())
        moment = None
        for fmt in _DAY_FIRST + _TIME_FORMATS if day_first else _TIME_FORMATS + _DAY_FIRST:
            try:
                moment = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        if moment is None:
            try:
                moment = datetime.fromisoformat(text)
            except ValueError as exc:
                raise MeetingReportError(
                    translate("MeetingReport", "Cannot read the time {text!r}.").format(text=text)
                ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


_DURATION = re.compile(r"(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?", re.I)


def parse_duration(text: str) -> timedelta:
    """'1h 2m 3s', '48m 10s', '52' (minutes) -> a timedelta."""
    text = str(text).strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return timedelta(minutes=float(text))
    m = _DURATION.fullmatch(text)
    if not text or m is None:
        raise MeetingReportError(
            translate("MeetingReport", "Cannot read the duration {text!r}.").format(text=text)
        )
    h, mi, s = (int(g) if g else 0 for g in m.groups())
    return timedelta(hours=h, minutes=mi, seconds=s)


def _zone(name: str):  # noqa: ANN202
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def read_meeting_report(path: Path) -> MeetingReport:
    """Read a Zoom or Teams attendance report; MeetingReportError for anything else."""
    path = Path(path)
    if not path.exists():
        raise MeetingReportError(
            translate("MeetingReport", "No such file: {path}").format(path=path)
        )
    data = path.read_bytes()
    if not data.strip(b"\x00\r\n\t \xef\xbb\xbf\xff\xfe"):
        raise MeetingReportError(
            translate("MeetingReport", "{name} is empty.").format(name=path.name)
        )
    if len(data) > MAX_BYTES:
        raise MeetingReportError(
            translate(
                "MeetingReport", "{name} is far too large to be an attendance report."
            ).format(name=path.name)
        )
    is_zip = data.startswith(b"PK\x03\x04")  # an .xlsx, whatever the file is called
    rows = _xlsx_rows(path) if is_zip else _text_rows(data, path.name)
    rows = [[c.strip() if isinstance(c, str) else c for c in r] for r in rows]
    rows = [r for r in rows if any(c not in ("", None) for c in r)]
    if _is_teams(rows):
        return _teams(rows, path.name)
    zoom = _zoom(rows)
    if zoom is not None:
        return zoom
    raise MeetingReportError(
        translate(
            "MeetingReport",
            "{name} is not a Zoom participant report, a Teams attendance report or a Collab Desktop sign-up sheet.",
        ).format(name=path.name)
    )


def _text_rows(data: bytes, name: str) -> list[list[str]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise MeetingReportError(
                translate("MeetingReport", "{name} is not a text report we can read.").format(
                    name=name
                )
            ) from exc
    if "\x00" in text:
        raise MeetingReportError(
            translate("MeetingReport", "{name} is damaged or not a text report.").format(name=name)
        )
    delimiter = "\t" if text.count("\t") > text.count(",") else ","
    return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx_rows(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_BYTES:
                raise MeetingReportError(
                    translate("MeetingReport", "{name} is far too large to be a report.").format(
                        name=path.name
                    )
                )
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise MeetingReportError(
            translate("MeetingReport", "{name} is damaged or not an .xlsx workbook.").format(
                name=path.name
            )
        ) from exc
    try:
        rows: list[list[object]] = []
        for ws in wb.worksheets:  # newer downloads put each section on its own sheet
            ws.reset_dimensions()
            rows += [["" if c is None else c for c in r] for r in ws.iter_rows(values_only=True)]
        return rows
    finally:
        wb.close()


# ---- Teams -------------------------------------------------------------------------------

_SECTION = re.compile(r"^\s*(\d)\.\s*(summary|participants|in-meeting activities)\s*$", re.I)


def _is_teams(rows: list[list]) -> bool:
    return any(r and isinstance(r[0], str) and _SECTION.match(r[0]) for r in rows) or any(
        r and r[0] == "Meeting Summary" for r in rows
    )


def _teams(rows: list[list], name: str) -> MeetingReport:
    sections: dict[str, list[list]] = {}
    current = "summary"
    lower_case = False
    for r in rows:
        m = _SECTION.match(r[0]) if isinstance(r[0], str) else None
        if m:
            current = m.group(2).lower()
            lower_case = lower_case or r[0].strip()[3:].islower()
            continue
        sections.setdefault(current, []).append(r)
    summary = {str(r[0]).strip().lower(): r[1] for r in sections.get("summary", []) if len(r) > 1}
    zone = _zone(str(summary.get("time zone", ""))) or local_zone()
    texts = [str(v) for v in summary.values()]
    day_first = lower_case or _looks_day_first(texts)
    start_value = summary.get("start time")
    start = parse_time(start_value, zone, day_first) if start_value else None
    report = MeetingReport("teams", start)
    table = sections.get("in-meeting activities") or sections.get("participants")
    if not table:
        raise MeetingReportError(
            translate("MeetingReport", "{name}: the Teams report has no participants.").format(
                name=name
            )
        )
    header = [str(c).strip().lower() for c in table[0]]
    col = _columns(
        header, name, join=("join time", "first join"), leave=("leave time", "last leave")
    )
    day_first = day_first or _looks_day_first([str(r[col["join"]]) for r in table[1:]])
    for r in table[1:]:
        cells = [*r, *[""] * (len(header) - len(r))]
        report.joins.append(
            Join(
                name=str(cells[col["name"]]),
                email=str(cells[col["email"]]) if col["email"] is not None else "",
                join=parse_time(cells[col["join"]], zone, day_first),
                leave=parse_time(cells[col["leave"]], zone, day_first),
            )
        )
    return report


def _looks_day_first(texts: list[str]) -> bool:
    """True when a date's first number cannot be a month (13/3/26)."""
    return any(
        (m := re.match(r"\s*(\d{1,2})/(\d{1,2})/", t)) and int(m.group(1)) > 12 for t in texts
    )


def _columns(header: list[str], name: str, join: tuple, leave: tuple) -> dict[str, int | None]:
    def find(*names: str) -> int | None:
        for i, h in enumerate(header):
            if any(h == n or h.startswith(n) for n in names):
                return i
        return None

    col = {
        "name": find("name", "full name"),
        "email": find("email", "user email"),
        "join": find(*join),
        "leave": find(*leave),
        "waiting": find("in waiting room"),
    }
    if None in (col["name"], col["join"], col["leave"]):
        raise MeetingReportError(
            translate(
                "MeetingReport", "{name}: the participants' table lacks its name or time columns."
            ).format(name=name)
        )
    return col


# ---- Zoom --------------------------------------------------------------------------------


def _zoom(rows: list[list]) -> MeetingReport | None:
    head_at = next(
        (
            i
            for i, r in enumerate(rows)
            if isinstance(r[0], str) and r[0].strip().lower().startswith("name (original name)")
        ),
        None,
    )
    if head_at is None:
        return None
    zone = local_zone()
    start = None
    if head_at >= 2:  # the meeting-details block: a header row and one row of values
        details = dict(
            zip(
                (str(c).strip().lower() for c in rows[head_at - 2]),
                rows[head_at - 1],
                strict=False,
            )
        )
        if details.get("start time"):
            start = parse_time(details["start time"], zone)
    header = [str(c).strip().lower() for c in rows[head_at]]
    col = _columns(header, "report", join=("join time",), leave=("leave time",))
    report = MeetingReport("zoom", start)
    for r in rows[head_at + 1 :]:
        cells = [*r, *[""] * (len(header) - len(r))]
        if col["waiting"] is not None and str(cells[col["waiting"]]).strip().lower() == "yes":
            report.waiting_room_lines += 1
            continue
        report.joins.append(
            Join(
                name=str(cells[col["name"]]),
                email=str(cells[col["email"]]) if col["email"] is not None else "",
                join=parse_time(cells[col["join"]], zone),
                leave=parse_time(cells[col["leave"]], zone),
            )
        )
    if report.start is None and report.joins:
        report.start = min(j.join for j in report.joins)
    return report
