"""copy-db: a file to a server and back equal row for row (ids, links, the e-mail index), an
empty target set up, a target holding data refused unless --replace, sequences moved on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_run import cli, one_error_line
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import IntegrityError

from collab_desktop.store.location import database_url
from collab_desktop.store.models import Base
from collab_desktop.store.open import open_database

DATA = Path(__file__).resolve().parent.parent / "data" / "rosters"
# Steps that fill every kind of record: contacts, a series and its sessions, sign-ups, an import.
FILL = [
    ("add-contact", "--first", "zoë", "--last", "Ábrego", "--email", "Zoe.Abrego@Example.org",
     "--collaborative", "SYNERGY", "--role", "scientist"),
    ("add-session", "--collaborative", "LHS E-STaR", "--title", "LHS seminar",
     "--start", "2030-03-12T12:00", "--end", "2030-03-12T13:00",
     "--repeat", "FREQ=MONTHLY;BYDAY=2TU;COUNT=3"),
    ("signup", "--session", "1", "--email", "zoe.abrego@example.org", "--series", "--any-role"),
    ("import-roster", str(DATA / "redcap.csv"), "--collaborative", "SYNERGY"),
]  # fmt: skip


def all_rows(target: str) -> dict[str, list[tuple]]:
    engine = create_engine(database_url(target))
    try:
        with engine.connect() as conn:
            return {
                t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Path:
    """The template database filled by the FILL commands once for this file's tests."""
    folder = tmp_path_factory.mktemp("filled")
    path = folder / "filled.sqlite"
    shutil.copyfile(template_db, path)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("COLLAB_DESKTOP_HOME", str(folder / "home"))
        for step in FILL:
            done = cli(*step, db=str(path))
            assert done.returncode == 0, done.stderr
    # Every command has exited, so the file holds all their commits (no -wal file left).
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def filled_file(db_path: Path, filled_template: Path) -> str:
    """A fresh copy of the filled database for one test (in place of its empty db_path)."""
    shutil.copyfile(filled_template, db_path)
    return str(db_path)


def test_a_file_to_a_server_and_back_is_equal_row_for_row(
    filled_file: str, empty_pg_url: str, tmp_path: Path
) -> None:
    to_server = cli("copy-db", filled_file, empty_pg_url, "--json")
    assert to_server.returncode == 0, to_server.stderr
    counts = json.loads(to_server.stdout)["tables"]
    before = all_rows(filled_file)
    assert counts == {name: len(rows) for name, rows in before.items()}
    assert counts["contacts"] > 5 and counts["registrations"] > 0
    assert counts["session_series"] == 1 and counts["import_changes"] > 0
    assert all_rows(empty_pg_url) == before

    back = tmp_path / "back" / "copy.sqlite"
    done = cli("copy-db", empty_pg_url, str(back))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Copied postgresql://")
    assert all_rows(str(back)) == before
    # The copy is a working database: it opens, lists, and checks clean.
    listed = cli("list", "contacts", "--json", db=str(back))
    assert listed.returncode == 0, listed.stderr
    assert cli("check", db=str(back)).returncode == 0
    # The case-insensitive e-mail index came along on both.
    for target in (empty_pg_url, str(back)):
        db, _ = open_database(target)
        with pytest.raises(IntegrityError), db.session() as s:
            s.execute(
                text(
                    "UPDATE contacts SET email = ' ZOE.ABREGO@example.org ' WHERE id = "
                    "(SELECT min(id) FROM contacts WHERE lower(email) <> 'zoe.abrego@example.org')"
                )
            )
        db.dispose()


def test_a_file_to_a_file(filled_file: str, tmp_path: Path) -> None:
    target = tmp_path / "second.sqlite"
    done = cli("copy-db", filled_file, str(target), "--json")
    assert done.returncode == 0, done.stderr
    assert all_rows(str(target)) == all_rows(filled_file)


def test_the_next_insert_on_the_server_does_not_collide(
    filled_file: str, empty_pg_url: str
) -> None:
    assert cli("copy-db", filled_file, empty_pg_url).returncode == 0
    highest = max(r[0] for r in all_rows(filled_file)["contacts"])
    added = cli(
        "add-contact", "--first", "New", "--last", "Person", "--email", "new@example.org",
        "--json", db=empty_pg_url,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["id"] == highest + 1
    session = cli(
        "add-session", "--collaborative", "SYNERGY", "--title", "After the move", "--start", "2031-01-01T10:00",
        "--end", "2031-01-01T11:00", db=empty_pg_url,
    )  # fmt: skip
    assert session.returncode == 0, session.stderr


def test_a_target_holding_data_is_refused_unless_replace(
    filled_file: str, pg_url: str, tmp_path: Path
) -> None:
    # pg_url holds the first-run data only: that counts as data.
    before = all_rows(pg_url)
    line = one_error_line(cli("copy-db", filled_file, pg_url))
    assert "already holds data" in line and "--replace" in line
    assert all_rows(pg_url) == before

    fresh = tmp_path / "fresh.sqlite"
    assert cli("list", "collaboratives", db=str(fresh)).returncode == 0
    assert "already holds data" in one_error_line(cli("copy-db", filled_file, str(fresh)))

    done = cli("copy-db", filled_file, pg_url, "--replace")
    assert done.returncode == 0, done.stderr
    assert all_rows(pg_url) == all_rows(filled_file)
    again = cli("copy-db", pg_url, str(fresh), "--replace")
    assert again.returncode == 0, again.stderr
    assert all_rows(str(fresh)) == all_rows(filled_file)


def test_bad_sources_and_targets_are_one_line(filled_file: str, tmp_path: Path) -> None:
    assert "does not exist" in one_error_line(
        cli("copy-db", str(tmp_path / "nope.sqlite"), str(tmp_path / "x.sqlite"))
    )
    assert "same database" in one_error_line(cli("copy-db", filled_file, filled_file))
    unreachable = "postgresql://postgres@127.0.0.1:1/collab"
    assert "Cannot reach" in one_error_line(cli("copy-db", filled_file, unreachable))
