"""``list at-risk``: the members who stopped coming, as JSON and as a table (both databases)."""

from __future__ import annotations

import json

from at_risk_scenario import COLLABORATIVE, OTHER, build_drift


def _cli(db_target: str, capsys):  # noqa: ANN001, ANN202
    from collab_desktop.cli import parse_args, run_command

    def run(*args: str) -> tuple[int, str, str]:
        code = run_command(parse_args(["--db", db_target, *args]))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_list_at_risk_json(db, db_target: str, capsys, clock) -> None:  # noqa: ANN001
    drift = build_drift(db)
    cli = _cli(db_target, capsys)
    code, out, err = cli("list", "at-risk", "--collaborative", COLLABORATIVE, "--json")
    assert code == 0, err
    assert json.loads(out) == [
        {
            "email": drift.emails["Dana Reyes"],
            "name": "Dana Reyes",
            "collaborative": COLLABORATIVE,
            "missed": 3,
            "last_attended": drift.days[1].isoformat(),
        },
        {
            "email": drift.emails["Fay Wu"],
            "name": "Fay Wu",
            "collaborative": COLLABORATIVE,
            "missed": 3,
            "last_attended": drift.days[0].isoformat(),
        },
        {
            "email": drift.emails["Gus Hale"],
            "name": "Gus Hale",
            "collaborative": COLLABORATIVE,
            "missed": 3,
            "last_attended": None,
        },
    ]
    code, out, _ = cli(
        "list", "at-risk", "--collaborative", COLLABORATIVE, "--missed", "2", "--json"
    )
    assert {r["name"] for r in json.loads(out)} == {
        "Dana Reyes", "Fay Wu", "Gus Hale", "Hal Ode", "Kim Sato",
    }  # fmt: skip
    code, out, _ = cli("list", "at-risk", "--collaborative", OTHER, "--json")
    assert (code, json.loads(out)) == (0, [])


def test_list_at_risk_table_and_errors(db, db_target: str, capsys, clock) -> None:  # noqa: ANN001
    drift = build_drift(db)
    cli = _cli(db_target, capsys)
    code, out, _ = cli("list", "at-risk", "--collaborative", COLLABORATIVE)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["name", "email", "collaborative", "missed", "last", "attended"]
    gus = next(line for line in lines if "Gus Hale" in line)
    assert gus.split()[-2:] == ["3", "never"]
    assert drift.days[1].isoformat() in next(line for line in lines if "Dana Reyes" in line)
    code, _, err = cli("list", "at-risk", "--missed", "0")
    assert code == 1 and err.startswith("error:") and len(err.strip().splitlines()) == 1
    code, _, err = cli("list", "at-risk", "--collaborative", "No Such Collaborative")
    assert code == 1 and err.startswith("error:")
