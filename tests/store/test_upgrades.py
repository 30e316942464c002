"""Upgrades keep every row: stored databases of each released schema, and injected migrations."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config

from collab_desktop.services.safety.backups import list_backups
from collab_desktop.services.safety.database_open import open_database_with_backups
from collab_desktop.store import migrate as migrate_module
from collab_desktop.store.errors import MigrationFailed, SchemaTooNew
from collab_desktop.store.migrate import head_revision
from collab_desktop.store.open import open_database

DATA = Path(__file__).resolve().parent.parent / "data"
STORED = sorted(DATA.glob("schema_*.sqlite"))
# This release's head, taken before any test injects extra revisions.
HEAD = head_revision()
# The revision the injected test migrations get, one above this release's head (revision ids
# need not be numbers: a branch may name its own).
NEXT = "9999_injected_by_test"
PACKAGED = Path(migrate_module.__file__).resolve().parent / "migrations"


def snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of every table (except Alembic's own), with the column names."""
    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'alembic_version'"
            )
        ]
        out = {}
        for table in tables:
            cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            rows = cur.fetchall()
            if table == "app_meta":
                # The upgrade adds which release it was, for older releases' messages.
                rows = [r for r in rows if r[0] != "schema_release"]
            out[table] = ([d[0] for d in cur.description], rows)
        return out


def assert_rows_survived(before: dict, after: dict) -> None:
    """Each old table is still there with every row, its values unchanged in the old columns."""
    for table, (columns, rows) in before.items():
        assert table in after, f"table {table} disappeared"
        new_columns, new_rows = after[table]
        keep = [new_columns.index(c) for c in columns if c in new_columns]
        old_keep = [columns.index(c) for c in columns if c in new_columns]
        assert len(new_rows) == len(rows), f"{table}: {len(rows)} rows became {len(new_rows)}"
        assert [tuple(r[i] for i in keep) for r in new_rows] == [
            tuple(r[i] for i in old_keep) for r in rows
        ], f"{table}: values changed"


def test_there_is_a_stored_database_for_the_current_schema() -> None:
    assert DATA / f"schema_{head_revision()}.sqlite" in STORED


@pytest.mark.parametrize("stored", STORED, ids=lambda p: p.stem)
def test_stored_database_upgrades_to_head_keeping_every_row(stored: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(stored, path)
    before = snapshot(path)
    assert all(rows for _cols, rows in before.values()), "every table should hold rows"
    with sqlite3.connect(path) as conn:
        old_rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]

    db, report = open_database_with_backups(path)
    db.dispose()

    assert report.to_revision == head_revision()
    assert_rows_survived(before, snapshot(path))
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        name = conn.execute(
            "SELECT last_name, email_key FROM contacts WHERE email='Ana3@Example.org'"
        )
        assert name.fetchone() == ("Lopez-Ñúñez", "ana3@example.org")
    if old_rev != head_revision():
        assert [b.reason for b in list_backups(path)] == ["before-upgrade"]
        assert_rows_survived(before, snapshot(list_backups(path)[0].path))


def test_newer_schema_refusal_leaves_stored_file_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(STORED[-1], path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew):
        open_database_with_backups(path)
    assert path.read_bytes() == before
    assert list_backups(path) == []
    assert not Path(str(path) + "-wal").exists()


REBUILD_CONTACTS = """
from alembic import op
import sqlalchemy as sa

revision = "{next}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A full table rebuild of a parent table: with foreign keys on, SQLite's DROP TABLE
    # would cascade-delete memberships, registrations and series registrations.
    with op.batch_alter_table("contacts", recreate="always") as batch:
        batch.add_column(sa.Column("pronouns", sa.String(40), nullable=False, server_default=""))
    with op.batch_alter_table("learning_sessions", recreate="always") as batch:
        batch.add_column(sa.Column("room", sa.String(40), nullable=False, server_default=""))
    {tail}


def downgrade() -> None:
    pass
"""


def _scripts_with(tmp_path: Path, tail: str) -> Config:
    """The packaged migrations plus one extra revision on top of head."""
    scripts = tmp_path / "migrations"
    shutil.copytree(PACKAGED, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / f"{NEXT}_test_rebuild.py").write_text(
        REBUILD_CONTACTS.format(head=HEAD, next=NEXT, tail=tail)
    )
    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    return cfg


def test_table_rebuild_migration_keeps_child_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stored.sqlite"
    shutil.copyfile(DATA / f"schema_{HEAD}.sqlite", path)
    before = snapshot(path)
    cfg = _scripts_with(tmp_path, "pass")
    monkeypatch.setattr(migrate_module, "alembic_config", lambda: cfg)
    monkeypatch.setattr(migrate_module, "expected_head", migrate_module.head_revision)

    db, report = open_database_with_backups(path)
    db.dispose()

    assert (report.from_revision, report.to_revision) == (HEAD, NEXT)
    after = snapshot(path)
    assert "pronouns" in after["contacts"][0] and "room" in after["learning_sessions"][0]
    assert_rows_survived(before, after)
    assert len(after["registrations"][1]) == 10 and len(after["memberships"][1]) == 11
    assert [b.reason for b in list_backups(path)] == ["before-upgrade"]
    # The rebuild dropped the expression index (SQLite cannot reflect it); it is put back.
    with sqlite3.connect(path) as conn:
        assert conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'ux_contacts_email_lower'"
        ).fetchone()


def test_failing_migration_rolls_back_completely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stored.sqlite"
    shutil.copyfile(DATA / f"schema_{HEAD}.sqlite", path)
    before = snapshot(path)
    cfg = _scripts_with(tmp_path, 'raise RuntimeError("disk said no")')
    monkeypatch.setattr(migrate_module, "alembic_config", lambda: cfg)
    monkeypatch.setattr(migrate_module, "expected_head", migrate_module.head_revision)

    with pytest.raises(MigrationFailed, match="left as it was"):
        open_database(path)

    # Both rebuilt tables, the cascaded children and the revision are exactly as before.
    assert snapshot(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restoring_a_backup_of_an_older_schema_upgrades_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collab_desktop.services.safety.backups import restore_backup

    stored = DATA / f"schema_{HEAD}.sqlite"
    old_backup = tmp_path / "old-backup.sqlite"
    shutil.copyfile(stored, old_backup)
    before = snapshot(old_backup)
    current = tmp_path / "current.sqlite"
    shutil.copyfile(stored, current)
    cfg = _scripts_with(tmp_path, "pass")
    monkeypatch.setattr(migrate_module, "alembic_config", lambda: cfg)
    monkeypatch.setattr(migrate_module, "expected_head", migrate_module.head_revision)
    db, _ = open_database_with_backups(current)
    with db.session() as s:
        from collab_desktop.store.models import Contact

        s.query(Contact).delete()

    result = restore_backup(db, old_backup)
    db.dispose()

    assert result.migration is not None
    assert (result.migration.from_revision, result.migration.to_revision) == (HEAD, NEXT)
    after = snapshot(current)
    assert "pronouns" in after["contacts"][0]
    assert_rows_survived(before, after)
    assert snapshot(old_backup) == before  # the backup itself is never changed
