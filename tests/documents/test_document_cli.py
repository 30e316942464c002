"""The document commands through the command line's entry point, on a real database file."""

from __future__ import annotations

import json
from pathlib import Path

from collab_desktop.cli import parse_args, run_command


def run(db_path: Path, capsys, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = run_command(parse_args(["--db", str(db_path), *args]))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_certificates_command(db_path: Path, year, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "certs"
    code, _, err = run(
        db_path, capsys, "certificate-settings", "--collaborative", "LHS E-STaR",
        "--provider", "The Center", "--signatory", "Megan Holthoff", "--credit-rate", "0.5",
        "--credit-type", "CE credits", "--json",
    )  # fmt: skip
    assert code == 0, err
    code, stdout, err = run(
        db_path, capsys, "certificates", str(out), "--collaborative", "LHS E-STaR",
        "--from", "2026-01-01", "--to", "2026-12-31", "--min-attended", "2", "--json",
    )  # fmt: skip
    assert code == 0, err
    rows = json.loads(stdout)
    assert [set(r) for r in rows] == [{"email", "name", "file", "hours", "code"}] * len(rows)
    by_name = {r["name"]: r for r in rows}
    assert (
        by_name["Bob Smith"]["hours"] == 3.0 and by_name["Bob Smith"]["email"] == "bob@example.org"
    )
    assert by_name["سلمى الحسيني"]["email"] is None
    assert all(Path(r["file"]).is_file() for r in rows)

    code, stdout, err = run(
        db_path, capsys, "reissue-certificate", rows[0]["code"], str(tmp_path / "again")
    )
    assert code == 0, err
    again = Path(stdout.split("Wrote ", 1)[1].strip())
    assert again.read_bytes() == Path(rows[0]["file"]).read_bytes()


def test_certificates_bad_input(db_path: Path, year, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "none"
    code, stdout, err = run(
        db_path, capsys, "certificates", str(out), "--session", str(year.gathering_id), "--json"
    )
    assert code == 1 and stdout == ""
    assert err.startswith("error: Nobody attended") and err.count("\n") == 1
    assert not out.exists()
    code, _, err = run(db_path, capsys, "certificates", str(out), "--session", "9999")
    assert code == 1 and err.startswith("error: No session with id 9999")
    code, _, err = run(db_path, capsys, "certificates", str(out), "--series", year.series_id,
                       "--from", "2026-01-01")  # fmt: skip
    assert code == 1 and "--from and --to go with --collaborative" in err
