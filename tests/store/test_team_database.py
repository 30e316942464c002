"""The same schema and migrations on a real PostgreSQL server: first open, upgrades on purpose,
newer schemas refused, the e-mail index, and one clear line for each fault on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from cli_run import one_error_line
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from collab_desktop.store.errors import SchemaTooNew, SchemaTooOld
from collab_desktop.store.location import database_url
from collab_desktop.store.open import open_database
from collab_desktop.store.schema_version import SCHEMA_HEAD


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", url, *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def migrate_to(url: str, revision: str) -> None:
    """Bring an empty server database to an older revision, as an older release would."""
    from alembic import command
    from sqlalchemy import create_engine

    from collab_desktop.store.migrate import alembic_config

    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_two_first_opens_at_once_set_up_the_database_once(empty_pg_url: str) -> None:
    results, errors = [], []

    def open_it() -> None:
        try:
            db, report = open_database(empty_pg_url)
            results.append(report.from_revision)
            db.dispose()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    db, _ = open_database(empty_pg_url)
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM collaboratives")).scalar() == 4
        assert s.execute(text("SELECT count(*) FROM participant_types")).scalar() == 6
    db.dispose()


def test_an_older_schema_is_upgraded_only_on_purpose(empty_pg_url: str) -> None:
    migrate_to(empty_pg_url, "0002")
    with pytest.raises(SchemaTooOld, match="upgrade-db"):
        open_database(empty_pg_url)
    line = one_error_line(cli(empty_pg_url, "list", "collaboratives", "--json"))
    assert "older release (schema 0002" in line and "upgrade-db" in line

    done = cli(empty_pg_url, "upgrade-db")
    assert done.returncode == 0, done.stderr
    assert f"from schema 0002 to {SCHEMA_HEAD}" in done.stdout
    listed = cli(empty_pg_url, "list", "collaboratives", "--json")
    assert listed.returncode == 0, listed.stderr
    again = cli(empty_pg_url, "upgrade-db")
    assert f"already has this release's schema ({SCHEMA_HEAD})" in again.stdout


def test_a_newer_schema_is_refused_naming_the_release_it_needs(pg_url: str) -> None:
    db, _ = open_database(pg_url)
    with db.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        s.execute(text("UPDATE app_meta SET value = '7.2.0' WHERE key = 'schema_release'"))
    db.dispose()
    with pytest.raises(SchemaTooNew, match=r"Install Collab Desktop 7\.2\.0 or later"):
        open_database(pg_url)
    line = one_error_line(cli(pg_url, "upgrade-db"))
    assert "newer release" in line and "7.2.0" in line


def test_one_address_twice_is_refused_by_the_server(pg_url: str) -> None:
    db, _ = open_database(pg_url)
    insert = text(
        "INSERT INTO contacts (first_name, last_name, email, phone, organization, department,"
        " job_title, participant_type, notes, consent, created_at, updated_at)"
        " VALUES ('A', 'B', :e, '', '', '', '', '', '', false, now(), now())"
    )
    with db.session() as s:
        s.execute(insert, {"e": "Same.Person@Example.org"})
        s.execute(insert, {"e": ""})
        s.execute(insert, {"e": ""})
    with pytest.raises(IntegrityError, match="ux_contacts_email_lower"), db.session() as s:
        s.execute(insert, {"e": " same.person@example.ORG "})
    db.dispose()


def test_faults_are_one_line_each(pg_server, pg_url: str) -> None:  # noqa: ANN001
    from postgres_server import NO_RIGHTS_USER, PASSWORD, PASSWORD_USER

    name = pg_url.rsplit("/", 1)[1]
    missing = one_error_line(cli(pg_server.url("no_such_db"), "list", "collaboratives"))
    assert "The database no_such_db does not exist" in missing

    wrong = one_error_line(
        cli(pg_server.url(name, PASSWORD_USER, "wrong"), "list", "collaboratives")
    )
    assert "refused the user name or password" in wrong and "wrong" not in wrong.split(")")[0]
    env = {**os.environ, "PGPASSWORD": PASSWORD}
    right = subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", pg_server.url(name, PASSWORD_USER),
         "list", "collaboratives"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert "permission denied" in right.stderr or right.returncode == 0

    denied = one_error_line(cli(pg_server.url(name, NO_RIGHTS_USER), "list", "collaboratives"))
    assert "no permission" in denied and "permission denied for table" in denied


def test_an_unreachable_server_is_one_line(pg_server, pg_url: str) -> None:  # noqa: ANN001
    pg_server.stop()
    try:
        line = one_error_line(cli(pg_url, "list", "collaboratives", "--json"))
    finally:
        pg_server.resume()
    assert line.startswith("error: Cannot reach the database server (postgresql://postgres@")
    ok = cli(pg_url, "list", "collaboratives", "--json")
    assert ok.returncode == 0, ok.stderr
