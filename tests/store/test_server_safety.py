"""Safety commands on a team database: backup writes a snapshot file that copy-db brings back,
restore explains itself and changes nothing, check finds broken links and duplicate e-mails,
upgrade-db keeps a snapshot of the older schema first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_run import cli, one_error_line
from sqlalchemy import create_engine

from collab_desktop.store.location import database_url
from collab_desktop.store.models import Base


def all_rows(target: str) -> dict[str, list[tuple]]:
    from sqlalchemy import select

    engine = create_engine(database_url(target))
    try:
        with engine.connect() as conn:
            return {
                t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
                for t in Base.metadata.sorted_tables
            }
    finally:
        engine.dispose()


def test_backup_of_a_server_is_a_file_copy_db_brings_back(
    pg_url: str, empty_pg_url: str, tmp_path: Path
) -> None:
    added = cli("add-contact", "--first", "Ann", "--last", "Lee", "--email", "a@x.org", db=pg_url)
    assert added.returncode == 0, added.stderr
    out = tmp_path / "snap.sqlite"
    done = cli("backup", str(out), db=pg_url)
    assert done.returncode == 0, done.stderr
    assert f"Backed up to {out}" in done.stdout and "5 contacts" in done.stdout
    assert not Path(str(out) + "-wal").exists() and not Path(str(out) + ".part").exists()
    assert "already exists" in one_error_line(cli("backup", str(out), db=pg_url)).lower()

    back = cli("copy-db", str(out), empty_pg_url)
    assert back.returncode == 0, back.stderr
    assert all_rows(empty_pg_url) == all_rows(pg_url)

    default = cli("backup", db=pg_url)
    assert default.returncode == 0, default.stderr
    assert "server-backups" in default.stdout


def test_restore_on_a_server_explains_and_changes_nothing(pg_url: str, tmp_path: Path) -> None:
    out = tmp_path / "snap.sqlite"
    assert cli("backup", str(out), db=pg_url).returncode == 0
    before = all_rows(pg_url)
    line = one_error_line(cli("restore", str(out), db=pg_url))
    assert "copy-db" in line and "--replace" in line
    assert all_rows(pg_url) == before


def test_check_on_a_server_finds_broken_links_and_duplicate_emails(pg_server, pg_url: str) -> None:  # noqa: ANN001
    healthy = cli("check", db=pg_url)
    assert healthy.returncode == 0, healthy.stderr
    assert "healthy" in healthy.stdout and "4 contacts" in healthy.stdout

    name = pg_url.rsplit("/", 1)[1]
    pg_server.admin_execute(
        "ALTER TABLE memberships DISABLE TRIGGER ALL",
        "UPDATE memberships SET contact_id = 999 WHERE id IN (1, 2)",
        "ALTER TABLE memberships ENABLE TRIGGER ALL",
        "DROP INDEX ux_contacts_email_lower",
        "UPDATE contacts SET email = 'Same@x.org' WHERE id IN (1, 2)",
        database=name,
    )
    broken = cli("check", db=pg_url)
    assert broken.returncode == 1
    assert "2 memberships point to a contact that no longer exists." in broken.stdout
    assert "same@x.org is held by 2 contacts." in broken.stdout
    assert broken.stderr.startswith("error: ")


def test_upgrade_db_on_a_server_keeps_a_snapshot_first(empty_pg_url: str) -> None:
    from alembic import command

    from collab_desktop.store.migrate import alembic_config

    engine = create_engine(database_url(empty_pg_url))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.exec_driver_sql(
            "INSERT INTO collaboratives (name, short_name, kind, focus, status, sponsor,"
            " description, colour, created_at, updated_at) VALUES ('Kept', 'K', 'improvement',"
            " 'applied', 'active', '', '', '#000000', now(), now())"
        )
    engine.dispose()

    done = cli("upgrade-db", "--json", db=empty_pg_url)
    assert done.returncode == 0, done.stderr
    import json

    report = json.loads(done.stdout)
    assert report["upgraded"] and report["backup"]
    snap = Path(report["backup"])
    assert "before-upgrade" in snap.name and "server-backups" in str(snap.parent)
    with sqlite3.connect(snap) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
        assert conn.execute("SELECT name FROM collaboratives").fetchall() == [("Kept",)]
    # The snapshot opens with this release (upgraded as any older file would be).
    listed = cli("list", "collaboratives", "--json", db=str(snap))
    assert listed.returncode == 0, listed.stderr
    assert "Kept" in listed.stdout
