"""Choosing the database by URL: a URL is never a file name, and no message shows a password."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from collab_desktop.store import sqlite
from collab_desktop.store.database import Database
from collab_desktop.store.location import UnsupportedDatabase, database_url, describe


def test_postgresql_urls_become_psycopg_urls() -> None:
    for given in (
        "postgresql://ann@db.example.org:5432/collab",
        "postgresql+psycopg://ann@db.example.org:5432/collab",
        "postgres://ann@db.example.org:5432/collab",
    ):
        assert database_url(given) == "postgresql+psycopg://ann@db.example.org:5432/collab"
    # libpq's own settings pass through: service files, TLS, sockets.
    url = database_url("postgresql:///collab?service=team&sslmode=verify-full")
    assert url == "postgresql+psycopg:///collab?service=team&sslmode=verify-full"


def test_paths_stay_files_and_other_schemes_are_refused(tmp_path: Path) -> None:
    assert database_url(tmp_path / "a.sqlite").startswith("sqlite+pysqlite:///")
    odd = tmp_path / "postgresql:x"
    assert sqlite.path_from_url(database_url(str(odd))) == odd
    with pytest.raises(UnsupportedDatabase, match="mysql:// databases are not supported"):
        database_url("mysql://ann@host/collab")
    with pytest.raises(UnsupportedDatabase, match="psycopg2 driver is not supported"):
        database_url("postgresql+psycopg2://ann@host/collab")


def test_the_variable_names_the_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLLAB_DESKTOP_DB", "postgresql://ann@host/collab")
    assert database_url(None) == "postgresql+psycopg://ann@host/collab"
    monkeypatch.delenv("COLLAB_DESKTOP_DB")
    assert database_url(None).endswith("collab-desktop.sqlite")


def test_describe_never_shows_a_password() -> None:
    url = database_url(
        "postgresql://ann:s3cret@db.example.org:5432/collab?password=s3cret&sslmode=require"
    )
    shown = describe(url)
    assert "s3cret" not in shown
    assert shown == "postgresql://ann@db.example.org:5432/collab?sslmode=require"
    db = Database(url)
    assert db.describe() == shown and db.path is None
    db.dispose()


def test_a_url_on_the_command_line_creates_no_file(tmp_path: Path) -> None:
    # Port 1 on loopback: nothing listens there.
    result = subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", "postgresql://ann:pw@127.0.0.1:1/collab",
         "list", "collaboratives", "--json"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("error: Cannot reach the database server (postgresql://ann@127.0.0.1:1/")
    assert "pw" not in line.split("127.0.0.1")[0]
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_opens_a_server_database(empty_pg_url: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "collab_desktop", "list", "collaboratives", "--json"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
        env={**__import__("os").environ, "COLLAB_DESKTOP_DB": empty_pg_url},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 4
    assert list(tmp_path.iterdir()) == []
