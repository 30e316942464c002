"""A team server looked at before use (Test connection) and a file moved into it, on a real
PostgreSQL server: what each state says, and a move that never overwrites."""

from __future__ import annotations

from pathlib import Path

import pytest
from postgres_server import PASSWORD, PASSWORD_USER

from collab_desktop.services.safety.copy_database import CopyRefused
from collab_desktop.services.safety.team_server import ServerState, move_to_server, probe_server
from collab_desktop.store.migrate import head_revision
from collab_desktop.store.open import open_database


def test_probe_tells_an_empty_a_ready_and_a_foreign_database_apart(
    pg_url: str, empty_pg_url: str, pg_server
) -> None:  # noqa: ANN001
    empty = probe_server(empty_pg_url)
    assert empty.state is ServerState.EMPTY and empty.server_version
    assert "sets it up when you open it" in empty.message

    ready = probe_server(pg_url)
    assert ready.state is ServerState.READY and ready.schema == head_revision()
    assert ready.message.startswith(f"Connected to PostgreSQL {ready.server_version}: ")

    name = empty_pg_url.rsplit("/", 1)[1]
    pg_server.admin_execute("CREATE TABLE invoices (id int)", database=name)
    foreign = probe_server(empty_pg_url)
    assert foreign.state is ServerState.FOREIGN and "not Collab Desktop's" in foreign.message


def test_probe_says_why_it_cannot_connect_in_one_line_without_the_password(pg_server) -> None:  # noqa: ANN001
    missing = probe_server(pg_server.url("no_such_database"))
    assert missing.state is ServerState.UNREACHABLE and not missing.connected
    assert missing.message.startswith("The database no_such_database does not exist on the server")

    wrong = probe_server(pg_server.url("postgres", PASSWORD_USER, "wrong-" + PASSWORD))
    assert "refused the user name or password" in wrong.message
    assert PASSWORD not in wrong.message and "\n" not in wrong.message

    unsupported = probe_server("mysql://h/db")
    assert unsupported.state is ServerState.UNREACHABLE and "not supported" in unsupported.message


def test_move_copies_a_file_into_an_empty_server_database(db_path: Path, empty_pg_url: str) -> None:
    result = move_to_server(db_path, empty_pg_url)
    assert result.tables["collaboratives"] == 4
    db, report = open_database(empty_pg_url)
    try:
        assert report.from_revision == head_revision()  # set up by the move, not again
    finally:
        db.dispose()


def test_move_refuses_a_database_that_holds_anything(db_path: Path, pg_url: str, pg_server) -> None:  # noqa: ANN001
    with pytest.raises(CopyRefused, match="is not empty .*nothing was copied"):
        move_to_server(db_path, pg_url)
    with pytest.raises(CopyRefused, match="^Nothing was copied. The database gone does not exist"):
        move_to_server(db_path, pg_server.url("gone"))


def test_a_service_name_from_pg_service_conf_is_enough(
    pg_url: str, pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    name = pg_url.rsplit("/", 1)[1]
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[team]\nhost=127.0.0.1\nport={pg_server.port}\ndbname={name}\nuser=postgres\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    probe = probe_server("postgresql://?service=team")
    assert probe.state is ServerState.READY, probe.message
