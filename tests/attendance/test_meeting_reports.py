"""Zoom and Teams attendance reports read back into a session: drop-outs and rejoins, two
devices, waiting rooms, name suffixes, both Zoom layouts, Teams in UTF-16 (both byte orders),
older day-first downloads and the .xlsx form; bad files get one clear error."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from attendance_helpers import collaborative, person, session
from cli_runner import make_cli

from collab_desktop.domain.timezones import local_zone
from collab_desktop.io.meeting_report import parse_duration, read_meeting_report
from collab_desktop.services.errors import ServiceError
from collab_desktop.services.sessions.meeting_attendance import (
    apply_meeting_attendance,
    name_key,
    preview_meeting_attendance,
)
from collab_desktop.services.sessions.registrations import list_registrations, register


def _start(clock) -> datetime:  # noqa: ANN001
    """The seminar: yesterday 13:00-14:00 in the workstation's zone."""
    day = (clock.moment - timedelta(days=1)).astimezone(local_zone()).date()
    return datetime(day.year, day.month, day.day, 13, 0, tzinfo=local_zone())


@pytest.fixture
def seminar(db, clock):  # noqa: ANN001, ANN201
    collab = collaborative(db)
    start = _start(clock)
    sid = session(db, collab, start, minutes=60)
    people = {
        "dana": person(db, "Dana", "Reyes", collab),
        "jose": person(db, "José", "Núñez", collab),
        "kim": person(db, "Kim", "Park", collab),
        "lee": person(db, "Lee", "Ortiz", collab),
        "walk": person(db, "Wanda", "Smith", collab),  # not signed up
    }
    for key in ("dana", "jose", "kim", "lee"):
        register(db, sid, people[key])
    return sid, start, people


def t(start: datetime, minutes: float) -> datetime:
    return start + timedelta(minutes=minutes)


def zoom_lines(start: datetime, fmt: str) -> list[tuple[str, str, datetime, datetime, str]]:
    """Name, email, join, leave, in-waiting-room."""
    return [
        ("Host Person", "host@example.org", t(start, -5), t(start, 65), "No"),
        ("Dana Reyes (she/her)", "dana.reyes@example.org", t(start, -3), t(start, -1), "Yes"),
        ("Dana Reyes (she/her)", "dana.reyes@example.org", t(start, 0), t(start, 20), "No"),
        ("Dana Reyes (she/her)", "dana.reyes@example.org", t(start, 25), t(start, 40), "No"),
        ("Dana Reyes (iPad)", "", t(start, 30), t(start, 45), "No"),  # second device
        ("Nunez, Jose (Guest)", "", t(start, 2), t(start, 58), "No"),
        ("Kim Park", "kim.park@example.org", t(start, 0), t(start, 10), "No"),
        ("Kim Park", "kim.park@example.org", t(start, 12), t(start, 20), "No"),
        ("Wanda Smith", "wanda.smith@example.org", t(start, 1), t(start, 59), "No"),
        ("Stranger Danger", "stranger@elsewhere.org", t(start, 0), t(start, 60), "No"),
    ]


def write_zoom(path: Path, start: datetime, layout: str, details: bool) -> Path:
    fmt = "%m/%d/%Y %I:%M:%S %p"
    out = []
    if details:
        out.append(
            "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants"
        )
        out.append(
            f"812 3456 7890,Hybrid seminar,{t(start, -5).strftime(fmt)},"
            f"{t(start, 65).strftime(fmt)},host@example.org,70,8"
        )
        out.append("")
    if layout == "older":
        out.append(
            "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,"
            "Recording Consent,In Waiting Room"
        )
    else:
        out.append(
            "Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,"
            "In waiting room"
        )
    for name, email, join, leave, waiting in zoom_lines(start, fmt):
        minutes = round((leave - join).total_seconds() / 60)
        guest = "Yes" if not email else "No"
        consent = ",Y" if layout == "older" else ""
        out.append(
            f'"{name}",{email},{join.strftime(fmt)},{leave.strftime(fmt)},{minutes},{guest}'
            f"{consent},{waiting}"
        )
    path.write_text("\n".join(out) + "\n", encoding="utf-8-sig")
    return path


def teams_rows(start: datetime, older: bool) -> list[list[str]]:
    def when(moment: datetime) -> str:
        if older:  # day-first, 24-hour
            return moment.strftime("%d/%m/%Y, %H:%M:%S")
        return (
            f"{moment.month}/{moment.day}/{moment:%y}, {moment.strftime('%I:%M:%S %p').lstrip('0')}"
        )

    heads = (
        ("1. summary", "2. participants", "3. in-meeting activities")
        if older
        else ("1. Summary", "2. Participants", "3. In-Meeting Activities")
    )
    activities = [
        ("Dana Reyes", t(start, 1), t(start, 18), "dana.reyes@example.org"),
        ("Dana Reyes", t(start, 22), t(start, 50), "dana.reyes@example.org"),  # rejoined
        ("Dana Reyes", t(start, 40), t(start, 55), "dana.reyes@example.org"),  # phone too
        ("Park, Kim", t(start, 0), t(start, 15), ""),
        ("Lee Ortiz", t(start, 3), t(start, 63), "LEE.ORTIZ@example.org"),
    ]
    rows = [
        [heads[0]],
        ["Meeting title", "Hybrid seminar"],
        ["Attended participants", "3"],
        ["Start time", when(t(start, -2))],
        ["End time", when(t(start, 64))],
        ["Meeting duration", "1h 6m 0s"],
        [],
        [heads[1]],
        ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Role"],
        [
            "Dana Reyes",
            when(t(start, 1)),
            when(t(start, 55)),
            "50m 0s",
            "dana.reyes@example.org",
            "Attendee",
        ],
        ["Park, Kim", when(t(start, 0)), when(t(start, 15)), "15m", "", "Attendee"],
        [
            "Lee Ortiz",
            when(t(start, 3)),
            when(t(start, 63)),
            "1h 0m 0s",
            "LEE.ORTIZ@example.org",
            "Attendee",
        ],
        [],
        [heads[2]],
        ["Name", "Join Time", "Leave Time", "Duration", "Email", "Role"],
    ]
    for name, join, leave, email in activities:
        minutes = int((leave - join).total_seconds() // 60)
        rows.append([name, when(join), when(leave), f"{minutes}m 0s", email, "Attendee"])
    return rows


def write_teams(path: Path, start: datetime, encoding: str, older: bool = False) -> Path:
    text = "\r\n".join("\t".join(r) for r in teams_rows(start, older)) + "\r\n"
    bom = b"\xff\xfe" if encoding == "utf-16-le" else b"\xfe\xff"
    path.write_bytes(bom + text.encode(encoding))
    return path


def write_teams_xlsx(path: Path, start: datetime) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in teams_rows(start, older=False):
        ws.append(r or [None])
    wb.save(path)
    return path


def statuses(db, sid: int) -> dict[str, tuple[str, bool]]:  # noqa: ANN001
    return {r.first_name: (r.status, r.walk_in) for r in list_registrations(db, sid)}


def test_helpers() -> None:
    assert parse_duration("1h 2m 3s") == timedelta(hours=1, minutes=2, seconds=3)
    assert parse_duration("48m 10s") == timedelta(minutes=48, seconds=10)
    assert name_key("Núñez, José (Guest)") == name_key("jose nunez")
    assert name_key("Dana Reyes (she/her)") == name_key("DANA REYES (iPad)") == "dana reyes"


@pytest.mark.parametrize("layout", ["older", "current"])
@pytest.mark.parametrize("details", [True, False])
def test_zoom_report_reads_back(db, seminar, tmp_path: Path, layout: str, details: bool) -> None:  # noqa: ANN001
    sid, start, _people = seminar
    path = write_zoom(tmp_path / "participants_81234567890.csv", start, layout, details)
    report = read_meeting_report(path)
    assert report.source == "zoom" and report.waiting_room_lines == 1

    preview = preview_meeting_attendance(db, path, sid)
    minutes = {p.name: p.minutes for p in preview.attended + preview.below_minimum}
    # Dana: 0-20 and 25-40, the iPad 30-45 overlapping: 20 + 20 = 40 (waiting room not counted)
    assert minutes["Dana Reyes"] == 40
    assert minutes["Kim Park"] == 18  # dropped out and came back, still short of 30
    counts = apply_meeting_attendance(db, preview)
    assert counts == {
        "attended": 3,
        "walk_ins": 1,
        "below_minimum": ["Kim Park <kim.park@example.org>"],
        "unmatched": ["Host Person <host@example.org>", "Stranger Danger <stranger@elsewhere.org>"],
        "ambiguous": [],
    }
    assert statuses(db, sid) == {
        "Dana": ("attended", False),
        "José": ("attended", False),
        "Kim": ("registered", False),  # below the minimum: kept, never marked absent
        "Lee": ("registered", False),  # not in the report: kept
        "Wanda": ("attended", True),
    }


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_teams_csv_in_either_byte_order(db, seminar, tmp_path: Path, encoding: str) -> None:  # noqa: ANN001
    sid, start, _people = seminar
    path = write_teams(tmp_path / "meetingAttendanceReport.csv", start, encoding)
    preview = preview_meeting_attendance(db, path, sid, min_minutes=20)
    minutes = {p.name: p.minutes for p in preview.attended + preview.below_minimum}
    assert minutes == {"Dana Reyes": 17 + 33, "Lee Ortiz": 60, "Park, Kim": 15}
    assert apply_meeting_attendance(db, preview)["attended"] == 2
    assert statuses(db, sid)["Dana"] == ("attended", False)
    assert statuses(db, sid)["Kim"] == ("registered", False)


def test_older_teams_download_with_day_first_dates(db, seminar, tmp_path: Path) -> None:  # noqa: ANN001
    sid, start, _people = seminar
    path = write_teams(tmp_path / "report.txt", start, "utf-16-le", older=True)
    report = read_meeting_report(path)
    assert report.start == t(start, -2)
    preview = preview_meeting_attendance(db, path, sid, min_share=0.5)
    assert sorted(p.name for p in preview.attended) == ["Dana Reyes", "Lee Ortiz"]


def test_teams_xlsx(db, seminar, tmp_path: Path) -> None:  # noqa: ANN001
    sid, start, _people = seminar
    path = write_teams_xlsx(tmp_path / "attendance.xlsx", start)
    preview = preview_meeting_attendance(db, path, sid)
    assert sorted(p.name for p in preview.attended) == ["Dana Reyes", "Lee Ortiz"]


def test_report_of_another_day_is_refused_unless_forced(db, seminar, tmp_path: Path) -> None:  # noqa: ANN001
    sid, start, _people = seminar
    path = write_zoom(tmp_path / "z.csv", start - timedelta(days=7), "current", True)
    with pytest.raises(ServiceError, match="--force"):
        preview_meeting_attendance(db, path, sid)
    assert preview_meeting_attendance(db, path, sid, force=True).unmatched


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe", b"just some words\nnothing else\n", b"PK\x03\x04 broken zip"],
    ids=["empty", "bom-only", "unknown", "damaged-xlsx"],
)
def test_bad_files_get_one_clear_error(db, seminar, tmp_path: Path, content: bytes) -> None:  # noqa: ANN001
    sid, _start, _people = seminar
    path = tmp_path / "report.csv"
    path.write_bytes(content)
    with pytest.raises(ServiceError):
        preview_meeting_attendance(db, path, sid)


def test_import_attendance_command(db_path: Path, clock, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    from collab_desktop.store.open import open_database

    db, _ = open_database(db_path)
    collab = collaborative(db)
    start = _start(clock)
    sid = session(db, collab, start, minutes=60)
    for first, last in (("Dana", "Reyes"), ("Kim", "Park"), ("José", "Núñez")):
        register(db, sid, person(db, first, last, collab))
    person(db, "Wanda", "Smith", collab)
    db.dispose()
    cli = make_cli(db_path, capsys)
    path = write_zoom(tmp_path / "zoom.csv", start, "older", True)

    dry = cli("import-attendance", str(path), "--session", str(sid), "--dry-run", "--json").json()
    assert (dry["attended"], dry["walk_ins"]) == (3, 1)
    assert dry["below_minimum"] == ["Kim Park <kim.park@example.org>"]
    assert len(dry["unmatched"]) == 2
    listed = cli("list", "attendance", "--session", str(sid), "--json").json()
    assert {r["status"] for r in listed} == {"registered"}  # the dry run changed nothing

    done = cli(
        "import-attendance", str(path), "--session", str(sid), "--min-minutes", "15",
        "--add-unmatched", "--json",
    ).json()  # fmt: skip
    assert (done["attended"], done["walk_ins"], done["unmatched"]) == (6, 3, [])
    listed = {
        r["email"]: r["status"]
        for r in cli("list", "attendance", "--session", str(sid), "--json").json()
    }
    assert listed["stranger@elsewhere.org"] == "attended"
    assert listed["kim.park@example.org"] == "attended"

    other = write_zoom(tmp_path / "old.csv", start - timedelta(days=3), "current", True)
    ran = cli("import-attendance", str(other), "--session", str(sid))
    assert ran.returncode == 1 and ran.stderr.startswith("error: ") and ran.stderr.count("\n") == 1
    assert cli("import-attendance", str(other), "--session", str(sid), "--force").returncode == 0
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    ran = cli("import-attendance", str(empty), "--session", str(sid))
    assert ran.returncode == 1 and ran.stderr.count("\n") == 1
