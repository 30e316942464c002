"""The roster commands: import-roster, export-roster, imports, undo-import."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl

DATA = Path(__file__).parent.parent / "data" / "rosters"


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _contact_count(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT count(*) FROM contacts").fetchone()[0]
    finally:
        con.close()


def test_import_json_twice_then_undo(db_path: Path, tmp_path: Path) -> None:
    start = _contact_count(db_path)
    first = _cli(
        db_path,
        "import-roster",
        str(DATA / "outlook.csv"),
        "--collaborative",
        "Care Experience Improvement Collaborative",
        "--role",
        "member",
        "--json",
    )
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert {k: data[k] for k in ("added", "updated", "unchanged", "errors")} == {
        "added": 2,
        "updated": 0,
        "unchanged": 0,
        "errors": [],
    }
    second = json.loads(_cli(db_path, "import-roster", str(DATA / "outlook.csv"), "--json").stdout)
    assert (second["added"], second["unchanged"]) == (0, 2)
    assert _contact_count(db_path) == start + 2
    history = json.loads(_cli(db_path, "imports", "--json").stdout)
    assert [h["id"] for h in history] == [second["batch_id"], data["batch_id"]]
    undo = _cli(db_path, "undo-import", str(data["batch_id"]))
    assert undo.returncode == 0, undo.stderr
    assert _contact_count(db_path) == start
    again = _cli(db_path, "undo-import", str(data["batch_id"]))
    assert again.returncode == 1
    assert again.stderr.startswith("error: ") and "already undone" in again.stderr


def test_errors_out_and_dry_run(db_path: Path, tmp_path: Path) -> None:
    src = tmp_path / "r.csv"
    src.write_text("Name,Email\nAna Lee,ana@x.org\nBad Row,bad@\n,\n", encoding="utf-8")
    errors = tmp_path / "errors.xlsx"
    start = _contact_count(db_path)
    out = _cli(
        db_path, "import-roster", str(src), "--dry-run", "--errors-out", str(errors), "--json"
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["added"] == 1 and data["dry_run"] is True
    assert [e["row"] for e in data["errors"]] == [3]
    assert _contact_count(db_path) == start
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[0] == ("Name", "Email", "Reason")
    assert rows[1][:2] == ("Bad Row", "bad@")


def test_bad_file_and_unknown_collaborative_exit_1(db_path: Path, tmp_path: Path) -> None:
    fake = tmp_path / "r.xlsx"
    fake.write_text("not a workbook")
    out = _cli(db_path, "import-roster", str(fake))
    assert out.returncode == 1
    assert out.stderr.startswith("error: ") and "Traceback" not in out.stderr
    out = _cli(db_path, "import-roster", str(DATA / "redcap.csv"), "--collaborative", "Nope")
    assert out.returncode == 1 and "No collaborative called 'Nope'" in out.stderr
    out = _cli(db_path, "import-roster", str(DATA / "redcap.csv"), "--on-existing", "merge")
    assert out.returncode == 2


def test_export_roster(db_path: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "out.xlsx"
    out = _cli(
        db_path,
        "export-roster",
        str(out_file),
        "--collaborative",
        "Care Experience Improvement Collaborative",
    )
    assert out.returncode == 0, out.stderr
    ws = openpyxl.load_workbook(out_file).active
    assert ws.max_row > 1
