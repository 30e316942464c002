"""The command line through real subprocesses: JSON shapes, error exits, and no Qt on its path."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest


def run_cli(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "collab_desktop"]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120)


def test_list_collaboratives_json(tmp_path: Path) -> None:
    result = run_cli("list", "collaboratives", "--json", db=tmp_path / "new.sqlite")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data) == 4
    assert {"id", "name", "short_name", "kind", "status"} <= set(data[0])
    names = {d["name"] for d in data}
    assert "Care Experience Improvement Collaborative" in names
    universal = next(d for d in data if d["short_name"] == "Universal Skills")
    assert universal["kind"] == "implementation" and universal["start_date"] == "2025-09-01"


def test_list_contacts_json(db_path: Path) -> None:
    result = run_cli("list", "contacts", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    alice = next(d for d in data if d["last_name"] == "Kennedy")
    assert set(alice) == {
        "id",
        "version",
        "first_name",
        "last_name",
        "email",
        "organization",
        "participant_type",
        "collaboratives",
    }
    assert alice["email"] == "Alice.M.Kennedy@dartmouth.edu"
    assert alice["version"] == 1
    assert sorted(alice["collaboratives"]) == [
        "Care Experience Improvement Collaborative",
        "SYNERGY Clinical Translational Research Collaborative",
    ]


def test_list_sessions_and_attendance_json(db, db_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.domain.timezones import localize
    from collab_desktop.services.directory.contacts import contact_by_email
    from collab_desktop.services.sessions.registrations import register, set_status
    from collab_desktop.services.sessions.sessions import save_session

    session = save_session(
        db,
        SessionRecord(
            collaborative_id=4,
            title="Monthly learning seminar",
            start=localize(datetime(2027, 7, 13, 12, 0)),
            end=localize(datetime(2027, 7, 13, 13, 0)),
            location="Room 101",
        ),
    )
    reg = register(db, session.id, contact_by_email(db, "megan.m.holthoff@dartmouth.edu").id)
    set_status(db, reg.id, "attended")
    db.dispose()

    result = run_cli("list", "sessions", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    [item] = json.loads(result.stdout)
    assert {"id", "collaborative", "title", "kind", "start", "end", "location"} <= set(item)
    assert item["start"] == "2027-07-13T12:00:00-04:00"
    assert item["end"] == "2027-07-13T13:00:00-04:00"
    assert item["collaborative"] == "LHS E-STaR: LHS Scientists Collaborative"

    result = run_cli("list", "attendance", "--session", str(session.id), "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {
            "email": "Megan.M.Holthoff@dartmouth.edu",
            "first_name": "Megan",
            "last_name": "Holthoff",
            "status": "attended",
        }
    ]


def test_text_table_output(db_path: Path) -> None:
    result = run_cli("list", "collaboratives", db=db_path)
    assert result.returncode == 0
    assert "Universal Skills Implementation Collaborative" in result.stdout
    assert result.stdout.splitlines()[1].startswith("--")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list", "attendance", "--session", "999"), "No session with id 999"),
        (("list", "attendance"), "needs --session"),
        (("list", "contacts", "--collaborative", "Nope"), "No collaborative called 'Nope'"),
    ],
)
def test_bad_input_is_one_error_line(db_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run_cli(*args, db=db_path)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_db_that_is_not_ours(tmp_path: Path) -> None:
    bad = tmp_path / "budget.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a database")
    result = run_cli("list", "collaboratives", db=bad)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "not a Collab Desktop database" in result.stderr
    assert bad.read_bytes() == b"PK\x03\x04 not a database"


def test_wrong_usage_exits_2(db_path: Path) -> None:
    result = run_cli("list", "everything", db=db_path)
    assert result.returncode == 2
    result = run_cli("frobnicate", db=db_path)
    assert result.returncode == 2


def test_cli_never_loads_qt(db_path: Path) -> None:
    code = (
        "import sys\n"
        "from collab_desktop.app import main\n"
        f"rc = main(['--db', {str(db_path)!r}, 'list', 'contacts', '--json'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert rc == 0 and not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_main_py_and_module_agree(db_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    via_main = subprocess.run(
        [
            sys.executable,
            str(root / "main.py"),
            "--db",
            str(db_path),
            "list",
            "collaboratives",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    via_module = run_cli("list", "collaboratives", "--json", db=db_path)
    assert via_main.returncode == 0 and via_main.stdout == via_module.stdout


def test_version(db_path: Path) -> None:
    from collab_desktop import __version__

    result = run_cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_only_the_process_entry_freezes_the_collector_after_a_command(db_path: Path) -> None:
    """run() (the installed command) skips the exit-time collections; main() changes nothing.

    main() also runs commands inside other programs (and these tests), where freezing every
    object out of the collector would keep cycles alive for the rest of the process.
    """
    code = (
        "import gc, sys\n"
        "from collab_desktop.app import main, run\n"
        f"args = ['--db', {str(db_path)!r}, 'list', 'collaboratives', '--json']\n"
        "assert main(args) == 0\n"
        "before = gc.get_freeze_count()\n"
        "sys.argv = ['collab-desktop', *args]\n"
        "assert run() == 0\n"
        "print('FROZEN', before, gc.get_freeze_count() > 0, file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stderr.split()[-3:] == ["FROZEN", "0", "True"]
    first, second = out.stdout.split("\n]\n")[:2]
    assert json.loads(first + "]") == json.loads(second + "]")
