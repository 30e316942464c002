"""copy-db's targets: a copy that fails half-way leaves an empty target set up (its set-up is
not part of the copy's transaction) and says why in one line; an older target file is never
upgraded silently: refused, or with --replace upgraded only after a backup of it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_run import cli, one_error_line
from sqlalchemy import create_engine, text

from collab_desktop.store.location import database_url
from collab_desktop.store.migrate import head_revision

DATA = Path(__file__).resolve().parent.parent / "data"


def with_a_broken_link(path: Path) -> Path:
    """A database file holding a membership of a contact that does not exist (foreign keys off,
    as an old damaged file might): a copy into a database that checks links must fail."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO memberships (contact_id, collaborative_id, role, active, created_at,"
            " updated_at) VALUES (9999, 1, 'member', 1, '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00')"
        )
    return path


def state(target: str) -> tuple[str | None, int, int]:
    """(schema revision, collaboratives, memberships) of a database file or URL."""
    engine = create_engine(database_url(target))
    try:
        with engine.connect() as conn:
            return (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar(),
                conn.execute(text("SELECT count(*) FROM collaboratives")).scalar(),
                conn.execute(text("SELECT count(*) FROM memberships")).scalar(),
            )
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new file, or an empty server database (no tables)."""
    if request.param == "postgresql":
        return request.getfixturevalue("empty_pg_url")
    return str(tmp_path / "target" / "new.sqlite")


def test_a_failed_copy_leaves_the_empty_target_set_up_and_says_why(
    db_path: Path, empty_target: str
) -> None:
    source = with_a_broken_link(db_path)

    line = one_error_line(cli("copy-db", str(source), empty_target))

    # A server checks each link as the rows come; SQLite checks them all at the commit.
    on_server = empty_target.startswith("postgresql")
    assert ("failed while copying memberships" if on_server else "FOREIGN KEY") in line
    assert "Nothing was copied" in line and "set up and empty" in line
    assert "check` lists the broken links" in line
    assert state(empty_target) == (head_revision(), 0, 0)

    # Mended, the same command copies into the set-up target without --replace.
    with sqlite3.connect(source) as conn:
        conn.execute("DELETE FROM memberships WHERE contact_id = 9999")
    done = cli("copy-db", str(source), empty_target)
    assert done.returncode == 0, done.stderr
    assert state(empty_target) == state(str(source))


def older_file(tmp_path: Path) -> Path:
    target = tmp_path / "older" / "target.sqlite"
    target.parent.mkdir()
    shutil.copyfile(DATA / "schema_0003.sqlite", target)
    return target


def test_an_older_target_file_is_refused_and_left_as_it_was(db_path: Path, tmp_path: Path) -> None:
    target = older_file(tmp_path)
    before = target.read_bytes()

    line = one_error_line(cli("copy-db", str(db_path), str(target)))

    assert "older release (schema 0003)" in line and "--replace" in line
    assert target.read_bytes() == before
    assert not (target.parent / "backups").exists()


def test_an_older_target_file_is_backed_up_before_it_is_upgraded_and_replaced(
    db_path: Path, tmp_path: Path
) -> None:
    target = older_file(tmp_path)
    before = state(str(target))

    done = cli("copy-db", str(db_path), str(target), "--replace")

    assert done.returncode == 0, done.stderr
    [backup] = (target.parent / "backups").glob("*before-upgrade-from-0003*.sqlite")
    assert f"backed up to {backup}" in done.stdout
    assert state(str(backup)) == before
    assert state(str(target)) == state(str(db_path))


def test_an_older_server_target_is_refused_and_left_as_it_was(
    db_path: Path, empty_pg_url: str
) -> None:
    from alembic import command

    from collab_desktop.store.migrate import alembic_config

    engine = create_engine(database_url(empty_pg_url))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    engine.dispose()

    line = one_error_line(cli("copy-db", str(db_path), empty_pg_url, "--replace"))

    assert "older release (schema 0002" in line and "upgrade-db" in line
    assert state(empty_pg_url) == ("0002", 0, 0)
