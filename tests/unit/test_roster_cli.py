"""The roster commands: import-roster, export-roster, imports, undo-import.

Two runs go through a real subprocess (exit codes, one-line errors, JSON on stdout); the rest
call the same entry point in-process, which is much faster.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from collab_desktop.app import main

DATA = Path(__file__).parent.parent / "data" / "rosters"
CARE = "Care Experience Improvement Collaborative"


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _run(capsys: pytest.CaptureFixture, db_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _contact_count(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        con.close()


def test_import_json_in_a_real_process(db_path: Path) -> None:
    start = _contact_count(db_path)
    args = ("import-roster", str(DATA / "outlook.csv"), "--collaborative", CARE, "--json")
    first = _cli(db_path, *args, "--role", "member")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert {k: data[k] for k in ("added", "updated", "unchanged", "errors")} == {
        "added": 2,
        "updated": 0,
        "unchanged": 0,
        "errors": [],
    }
    assert _contact_count(db_path) == start + 2


def test_bad_file_is_one_error_line_in_a_real_process(db_path: Path, tmp_path: Path) -> None:
    fake = tmp_path / "r.xlsx"
    fake.write_text("not a workbook")
    out = _cli(db_path, "import-roster", str(fake))
    assert out.returncode == 1
    assert out.stderr.startswith("error: ") and out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr


def test_import_twice_history_and_undo(capsys, db_path: Path) -> None:  # noqa: ANN001
    start = _contact_count(db_path)
    code, out, _ = _run(capsys, db_path, "import-roster", str(DATA / "redcap.csv"), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["added"] == 2
    code, out, _ = _run(capsys, db_path, "import-roster", str(DATA / "redcap.csv"), "--json")
    assert (json.loads(out)["added"], json.loads(out)["unchanged"]) == (0, 2)
    code, out, _ = _run(capsys, db_path, "imports", "--json")
    history = json.loads(out)
    assert [h["added"] for h in history] == [0, 2]
    code, out, _ = _run(capsys, db_path, "imports")
    assert "redcap.csv" in out
    code, out, _ = _run(capsys, db_path, "undo-import", str(data["batch_id"]))
    assert code == 0 and "undid import" in out
    assert _contact_count(db_path) == start
    code, _out, err = _run(capsys, db_path, "undo-import", str(data["batch_id"]))
    assert code == 1 and err.startswith("error: ") and "already undone" in err


def test_errors_out_and_dry_run(capsys, db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    src = tmp_path / "r.csv"
    src.write_text("Name,Email\nAna Lee,ana@x.org\nBad Row,bad@\n,\n", encoding="utf-8")
    errors = tmp_path / "errors.xlsx"
    start = _contact_count(db_path)
    code, out, _ = _run(
        capsys,
        db_path,
        "import-roster",
        str(src),
        "--dry-run",
        "--errors-out",
        str(errors),
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["added"] == 1 and data["dry_run"] is True
    assert [e["row"] for e in data["errors"]] == [3]
    assert _contact_count(db_path) == start
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Email", "Reason")
    assert rows[1][:2] == ("Bad Row", "bad@")
    code, out, err = _run(capsys, db_path, "import-roster", str(src))
    assert code == 0 and "added 1" in out and "row 3:" in err


def test_refusals(capsys, db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    code, _out, err = _run(
        capsys, db_path, "import-roster", str(DATA / "redcap.csv"), "--collaborative", "Nope"
    )
    assert code == 1 and "No collaborative called 'Nope'" in err
    code, _out, err = _run(capsys, db_path, "import-roster", str(DATA / "protected.xlsx"))
    assert code == 1 and "password" in err
    code, _out, err = _run(capsys, db_path, "export-roster", str(tmp_path / "out.csv"))
    assert code == 1 and ".xlsx" in err
    with pytest.raises(SystemExit) as exc:
        main(["--db", str(db_path), "import-roster", "x.csv", "--on-existing", "merge"])
    assert exc.value.code == 2
    capsys.readouterr()


def test_export_roster(capsys, db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    out_file = tmp_path / "out.xlsx"
    code, out, _ = _run(capsys, db_path, "export-roster", str(out_file), "--collaborative", CARE)
    assert code == 0 and "wrote" in out
    rows = list(openpyxl.load_workbook(out_file).active.iter_rows(values_only=True))
    assert len(rows) > 1
    assert {r[9] for r in rows[1:]} == {CARE}


def test_parsing_the_command_line_loads_no_database_layer(db_path: Path) -> None:
    """import-roster starts reading its file before SQLAlchemy loads, so parsing must not load it."""
    code = (
        "import sys; from collab_desktop.cli import parse_args; "
        f"args = parse_args(['--db', {str(db_path)!r}, 'import-roster', 'x.xlsx']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'openpyxl')), "
        "args.prepare.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "start_reading"]


def test_import_from_a_read_under_way_matches_the_file_import(db_path: Path) -> None:
    """import_roster given a background read plans exactly what it plans from the path."""
    from collab_desktop.io.roster_reader import read_roster_in_background
    from collab_desktop.services.rosters.roster_import import import_roster
    from collab_desktop.store.open import open_database

    db, _ = open_database(db_path)
    try:
        path = DATA / "outlook.csv"
        by_path, _ = import_roster(db, path, dry_run=True)
        by_future, result = import_roster(db, read_roster_in_background(path), dry_run=True)
        assert [(r.row, r.outcome, r.email) for r in by_future.rows] == [
            (r.row, r.outcome, r.email) for r in by_path.rows
        ]
        assert result.added == len(by_path.new_contacts) > 0
    finally:
        db.dispose()
