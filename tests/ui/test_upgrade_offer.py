"""Opening a database of an older release in the window asks first; Yes backs it up and
upgrades it in the background, No leaves it as it is and the window on the database it had."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from collab_desktop.store.migrate import head_revision

DATA = Path(__file__).resolve().parent.parent / "data"


def stored_revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def older_copy(tmp_path: Path, revision: str = "0003") -> Path:
    target = tmp_path / "elsewhere" / f"old-{revision}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DATA / f"schema_{revision}.sqlite", target)
    return target


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every warning box shown (none is left open on screen)."""
    shown: list[str] = []

    def warning(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(warning))
    return shown


def test_yes_backs_up_upgrades_and_opens_the_older_file(window, answer, tmp_path: Path) -> None:  # noqa: ANN001
    old = older_copy(tmp_path)
    with sqlite3.connect(old) as conn:
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    asked = answer(QMessageBox.StandardButton.Yes)

    assert window.switch_database(old)

    assert "made by an older release" in asked[-1] and "Upgrade now?" in asked[-1]
    assert str(old.parent / "backups") in asked[-1]
    assert window.ctx.db.path == old
    assert stored_revision(old) == head_revision()
    backups = list((old.parent / "backups").glob("*before-upgrade*.sqlite"))
    assert len(backups) == 1 and stored_revision(backups[0]) == "0003"
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == contacts


def test_no_leaves_the_file_as_it_was_and_the_window_where_it_was(
    window, answer, tmp_path: Path
) -> None:  # noqa: ANN001
    old = older_copy(tmp_path, "0001")
    before = old.read_bytes()
    current = window.ctx.db.path
    asked = answer(QMessageBox.StandardButton.No)

    assert not window.switch_database(old)

    assert len(asked) == 1
    assert old.read_bytes() == before
    assert not (old.parent / "backups").exists() or not any((old.parent / "backups").iterdir())
    assert window.ctx.db.path == current
    from collab_desktop.services.directory.collaboratives import list_collaboratives

    assert len(list_collaboratives(window.ctx.db)) == 4  # still working on its own database
    assert window.isEnabled()


def test_a_newer_file_is_refused_naming_the_release(
    window, answer, warnings: list[str], tmp_path: Path
) -> None:  # noqa: ANN001
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(DATA / f"schema_{head_revision()}.sqlite", newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.execute(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('schema_release', '7.2.0')"
        )
    before = newer.read_bytes()
    asked = answer(QMessageBox.StandardButton.Yes)

    assert not window.switch_database(newer)

    assert asked == []
    assert len(warnings) == 1 and "Install Collab Desktop 7.2.0 or later" in warnings[0]
    assert newer.read_bytes() == before


def test_at_start_the_same_question_is_asked(qtbot, answer, tmp_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.ui.app import open_database_or_say_why

    parent = QWidget()
    qtbot.addWidget(parent)
    old = older_copy(tmp_path)
    answer(QMessageBox.StandardButton.No)
    assert open_database_or_say_why(old, False, parent) is None
    assert stored_revision(old) == "0003"

    answer(QMessageBox.StandardButton.Yes)
    db = open_database_or_say_why(old, False, parent)
    assert db is not None
    db.dispose()
    assert stored_revision(old) == head_revision()


def test_a_read_only_window_does_not_upgrade(qtbot, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from collab_desktop.ui.app import open_database_or_say_why

    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *_a: told.append(text))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    old = older_copy(tmp_path)
    assert open_database_or_say_why(old, True, parent) is None
    assert "read-only" in told[0]
    assert stored_revision(old) == "0003"


def server_at(url: str, revision: str) -> None:
    """An older release's schema on an empty server database, with one collaborative in it."""
    from alembic import command
    from sqlalchemy import create_engine

    from collab_desktop.store.location import database_url
    from collab_desktop.store.migrate import alembic_config

    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.exec_driver_sql(
            "INSERT INTO collaboratives (name, short_name, kind, focus, status, sponsor,"
            " description, colour, created_at, updated_at) VALUES ('Kept', 'K', 'improvement',"
            " 'applied', 'active', '', '', '#000000', now(), now())"
        )
    engine.dispose()


def server_revision(url: str) -> str:
    import psycopg

    from collab_desktop.store.location import database_url

    conninfo = database_url(url).replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_an_older_server_database_is_upgraded_after_a_snapshot(
    qtbot, answer, empty_pg_url: str
) -> None:  # noqa: ANN001
    from collab_desktop.services.safety.server_backups import server_backup_dir
    from collab_desktop.ui.dialogs.upgrade_offer import offer_upgrade

    parent = QWidget()
    qtbot.addWidget(parent)
    server_at(empty_pg_url, "0002")

    asked = answer(QMessageBox.StandardButton.No)
    assert not offer_upgrade(empty_pg_url, parent)
    assert server_revision(empty_pg_url) == "0002"
    assert "Every workstation" in asked[-1] and str(server_backup_dir()) in asked[-1]

    answer(QMessageBox.StandardButton.Yes)
    assert offer_upgrade(empty_pg_url, parent)
    assert server_revision(empty_pg_url) == head_revision()
    snaps = list(server_backup_dir().glob("*before-upgrade*.sqlite"))
    assert len(snaps) == 1 and stored_revision(snaps[0]) == "0002"
    with sqlite3.connect(snaps[0]) as conn:
        assert conn.execute("SELECT name FROM collaboratives").fetchall() == [("Kept",)]
    # Opened again, nothing more is asked.
    assert offer_upgrade(empty_pg_url, parent)
    assert len(asked) == 2


def test_a_newer_server_database_is_refused_naming_the_release(qtbot, pg_url: str) -> None:  # noqa: ANN001
    from sqlalchemy import text

    from collab_desktop.store.errors import SchemaTooNew
    from collab_desktop.store.open import open_database
    from collab_desktop.ui.dialogs.upgrade_offer import offer_upgrade

    db, _ = open_database(pg_url)
    with db.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        s.execute(text("UPDATE app_meta SET value = '7.2.0' WHERE key = 'schema_release'"))
    db.dispose()
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(SchemaTooNew, match=r"Install Collab Desktop 7\.2\.0 or later"):
        offer_upgrade(pg_url, parent)


def test_the_window_asks_before_upgrading_an_older_server_it_opens_by_url(
    window, answer, warnings: list[str], empty_pg_url: str
) -> None:  # noqa: ANN001
    server_at(empty_pg_url, "0002")
    current = window.ctx.db.path
    asked = answer(QMessageBox.StandardButton.No)

    assert not window.switch_database(empty_pg_url)

    assert len(asked) == 1 and "Every workstation" in asked[0]
    assert warnings == []  # No is an answer, not a failure: nothing more is said
    assert server_revision(empty_pg_url) == "0002"
    assert window.ctx.db.path == current

    answer(QMessageBox.StandardButton.Yes)
    assert window.switch_database(empty_pg_url)
    assert server_revision(empty_pg_url) == head_revision()
    from collab_desktop.services.directory.collaboratives import list_collaboratives

    assert window.ctx.db.path is None
    assert "Kept" in {c.name for c in list_collaboratives(window.ctx.db)}


def test_at_start_no_to_an_older_server_ends_the_start(qtbot, answer, empty_pg_url: str) -> None:  # noqa: ANN001
    from collab_desktop.ui.app import open_server_at_start

    parent = QWidget()
    qtbot.addWidget(parent)
    server_at(empty_pg_url, "0002")
    asked = answer(QMessageBox.StandardButton.No)

    assert open_server_at_start(empty_pg_url, parent) is None

    assert len(asked) == 1 and server_revision(empty_pg_url) == "0002"
