"""The waitlist from the command line: add-session --capacity, signup, cancel, mark, list."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from cli_runner import add_people, make_cli


def test_full_workshop_waitlist_from_the_command_line(db_path: Path, clock, capsys) -> None:  # noqa: ANN001
    cli = make_cli(db_path, capsys)
    day = (clock.moment + timedelta(days=14)).date()
    (created,) = cli(
        "add-session", "--collaborative", "LHS E-STaR", "--title", "October workshop",
        "--start", f"{day}T13:00", "--end", f"{day}T15:00", "--capacity", "2", "--json",
    ).json()  # fmt: skip
    sid = str(created["id"])
    assert created["capacity"] == 2
    ana, ben, cai, dee = add_people(
        cli, "LHS E-STaR", "Ana Lane", "Ben Lane", "Cai Lane", "Dee Lane"
    )

    answers = [
        cli("signup", "--session", sid, "--email", e, "--json").json() for e in (ana, ben, cai, dee)
    ]
    assert answers == [
        {"status": "registered"},
        {"status": "registered"},
        {"status": "waitlisted", "position": 1},
        {"status": "waitlisted", "position": 2},
    ]
    text = cli("signup", "--session", sid, "--email", ana)
    assert text.returncode == 1 and text.stderr.startswith("error: ")

    listed = {r["email"]: r for r in cli("list", "attendance", "--session", sid, "--json").json()}
    assert listed[dee]["status"] == "waitlisted" and listed[dee]["waitlist_position"] == 2

    assert cli("cancel", "--session", sid, "--email", ben, "--json").json() == {
        "cancelled": ben,
        "promoted": cai,
    }
    listed = {r["email"]: r for r in cli("list", "attendance", "--session", sid, "--json").json()}
    assert listed[cai]["status"] == "registered" and "waitlist_position" not in listed[cai]
    assert listed[dee]["waitlist_position"] == 1  # closed up
    assert cli("cancel", "--session", sid, "--email", dee, "--json").json() == {
        "cancelled": dee,
        "promoted": None,
    }
    again = cli("cancel", "--session", sid, "--email", dee)
    assert again.returncode == 1 and again.stderr.count("\n") == 1

    assert cli(
        "mark", "--session", sid, "--email", ana, "--status", "excused", "--json"
    ).json() == {"status": "excused"}
    assert cli(
        "mark", "--session", sid, "--email", ana, "--status", "attended", "--json"
    ).json() == {"status": "attended"}
    missing = cli("mark", "--session", sid, "--email", ben, "--status", "attended")
    assert missing.returncode == 1 and missing.stderr.startswith("error: ")
    assert "not registered" in missing.stderr
