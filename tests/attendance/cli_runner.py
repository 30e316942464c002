"""Run the command line in-process on a database file (as tests/cli does), with JSON helpers."""

from __future__ import annotations

import json
from pathlib import Path


class Ran:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr

    def json(self):  # noqa: ANN201
        assert self.returncode == 0, self.stderr
        return json.loads(self.stdout)


def make_cli(db_path: Path, capsys):  # noqa: ANN001, ANN201
    from collab_desktop.cli import parse_args, run_command

    def run(*args: str) -> Ran:
        code = run_command(parse_args(["--db", str(db_path), *args]))
        out = capsys.readouterr()
        return Ran(code, out.out, out.err)

    return run


def add_people(cli, collaborative: str, *names: str) -> list[str]:  # noqa: ANN001
    """Contacts (members of the collaborative) named 'First Last'; returns their emails."""
    emails = []
    for name in names:
        first, last = name.split(" ", 1)
        email = f"{first}.{last}@example.org".lower().replace(" ", "")
        ran = cli(
            "add-contact", "--first", first, "--last", last, "--email", email,
            "--collaborative", collaborative,
        )  # fmt: skip
        assert ran.returncode == 0, ran.stderr
        emails.append(email)
    return emails
