"""The session commands end to end on a real database file: the key steps as a script runs
them (a new interpreter), the others through the same entry point in-process to stay fast."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import icalendar
import pytest
from openpyxl import load_workbook

from collab_desktop.io.signup_sheet import HEADER_ROW, ID_COL


def cli(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


class Ran:
    """Exit code and output of one in-process run, shaped like CompletedProcess."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def make_inline(db_path: Path, capsys):  # noqa: ANN001, ANN201
    from collab_desktop.cli import parse_args, run_command

    def inline(*args: str) -> Ran:
        code = run_command(parse_args(["--db", str(db_path), *args]))
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return inline


def test_plan_sign_up_print_and_record(db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    inline = make_inline(db_path, capsys)
    added = inline(
        "add-contact", "--first", "Ana", "--last", "Lopez",
        "--email", "ana@example.org", "--collaborative", "LHS E-STaR", "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["collaboratives"] == [
        "LHS E-STaR: LHS Scientists Collaborative"
    ]
    created = cli(
        db_path, "add-session", "--collaborative", "LHS E-STaR", "--title", "LHS seminar",
        "--start", "2030-02-12T12:00", "--end", "2030-02-12T13:00", "--location", "Room 1",
        "--repeat", "FREQ=MONTHLY;BYDAY=2TU;COUNT=3", "--json",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    sessions = json.loads(created.stdout)
    starts = [datetime.fromisoformat(s["start"]) for s in sessions]
    assert [(s.month, s.hour, s.utcoffset().total_seconds() / 3600) for s in starts] == [
        (2, 12, -5),
        (3, 12, -4),  # across the DST change: still noon
        (4, 12, -4),
    ]
    assert len({s["series_id"] for s in sessions}) == 1 and sessions[0]["series_id"]
    first = str(sessions[0]["id"])

    unknown = inline("signup", "--session", first, "--email", "nobody@example.org")
    assert unknown.returncode == 1 and unknown.stderr.startswith("error: ")
    assert "Traceback" not in unknown.stderr
    assert inline("signup", "--session", first, "--email", "ANA@example.org").returncode == 0

    sheet = tmp_path / "sheet.xlsx"
    exported = inline("export-signup", str(sheet), "--session", first, "--blank-rows", "3")
    assert exported.returncode == 0, exported.stderr
    wb = load_workbook(sheet)
    ws = wb.active
    assert ws.cell(HEADER_ROW + 1, 2).value == "Ana Lopez"
    assert ws.cell(HEADER_ROW + 1, ID_COL).value is not None
    ws.cell(HEADER_ROW + 1, 6, "A. Lopez")
    ws.cell(HEADER_ROW + 2, 2, "Ben Okafor")
    ws.cell(HEADER_ROW + 2, 4, "ben@example.org")
    wb.save(sheet)

    dry = inline("import-attendance", str(sheet), "--session", first, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    expected = {"attended": 1, "absent": 0, "walk_ins_added": 1, "contacts_created": 1}
    assert {k: json.loads(dry.stdout)[k] for k in expected} == expected
    applied = inline("import-attendance", str(sheet), "--session", first, "--json")
    assert {k: json.loads(applied.stdout)[k] for k in expected} == expected
    listed = inline("list", "attendance", "--session", first, "--json")
    assert {(r["email"], r["status"]) for r in json.loads(listed.stdout)} == {
        ("ana@example.org", "attended"),
        ("ben@example.org", "attended"),
    }

    ics = tmp_path / "estar.ics"
    # The command line never loads Qt: checked in a fresh interpreter on the export path.
    script = (
        "import sys; from collab_desktop.cli import parse_args, run_command; "
        f"code = run_command(parse_args(['--db', {str(db_path)!r}, 'export-ics', {str(ics)!r}, "
        "'--collaborative', 'LHS E-STaR'])); "
        "sys.exit(3 if 'PySide6' in sys.modules else code)"
    )
    no_qt = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert no_qt.returncode == 0, no_qt.stderr
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert [str(e["RRULE"].to_ical(), "ascii") for e in events] == [
        "FREQ=MONTHLY;COUNT=3;BYDAY=2TU"
    ]


def run_in_process(db_path: Path, capsys, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    """The same entry point without a new interpreter, for the quick error cases."""
    from collab_desktop.cli import parse_args, run_command

    code = run_command(parse_args(["--db", str(db_path), *args]))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_usage_and_input_errors(db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    gathering = ["add-session", "--collaborative", "all", "--title", "Gathering"]
    code, _, err = run_in_process(
        db_path, capsys, *gathering, "--start", "October", "--end", "2030-10-15T16:00"
    )
    assert code == 1 and "--start must look like" in err
    code, _, err = run_in_process(
        db_path, capsys, *gathering, "--start", "2030-10-15T09:00", "--end", "2030-10-15T16:00",
        "--repeat", "FREQ=OFTEN",
    )  # fmt: skip
    assert code == 1 and err.startswith("error: ")
    code, out, _ = run_in_process(
        db_path, capsys, *gathering, "--start", "2030-10-15T09:00", "--end", "2030-10-15T16:00",
        "--location", "Hanover Inn", "--json",
    )  # fmt: skip
    made = json.loads(out)[0]
    assert code == 0 and made["collaborative"] == "All collaboratives"
    code, _, err = run_in_process(
        db_path, capsys, "add-session", "--collaborative", "SYNERGY", "--title", "Clash",
        "--start", "2030-10-15T10:00", "--end", "2030-10-15T11:00", "--location", "Hanover Inn",
    )  # fmt: skip
    assert code == 0  # saved, with a hint about the gathering in the same room
    assert "warning: session" in err and 'Same room (Hanover Inn) as "Gathering"' in err
    not_sheet = tmp_path / "notes.xlsx"
    not_sheet.write_text("hello")
    code, _, err = run_in_process(
        db_path, capsys, "import-attendance", str(not_sheet), "--session", str(made["id"])
    )
    assert code == 1 and "not a Zoom participant report" in err and "sign-up sheet" in err
    code, _, err = run_in_process(
        db_path, capsys, "signup", "--session", "9999", "--email", "a@b.org"
    )
    assert code == 1 and "No session with id 9999" in err
    with pytest.raises(SystemExit) as usage:
        run_in_process(db_path, capsys, "export-signup", str(tmp_path / "x.xlsx"))
    assert usage.value.code == 2 and "--session" in capsys.readouterr().err


def test_trash_restore_puts_an_occurrence_back_in_its_series(db, db_path: Path) -> None:  # noqa: ANN001
    """The series' hooks into the trash are there in a fresh 'trash restore' run too."""
    from collab_desktop.services.safety.trash import delete_to_trash
    from collab_desktop.services.sessions.series import get_series

    created = cli(
        db_path, "add-session", "--collaborative", "LHS E-STaR", "--title", "LHS seminar",
        "--start", "2030-02-12T12:00", "--end", "2030-02-12T13:00",
        "--repeat", "FREQ=MONTHLY;BYDAY=2TU;COUNT=3", "--json",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    second = json.loads(created.stdout)[1]
    entry = delete_to_trash(db, "session", [second["id"]])
    series_id = second["series_id"]
    assert len(get_series(db, series_id).exdates) == 1

    restored = cli(db_path, "trash", "restore", str(entry.id))
    assert restored.returncode == 0, restored.stderr
    assert get_series(db, series_id).exdates == []
