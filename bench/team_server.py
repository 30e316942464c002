"""The bench's team database: a throwaway PostgreSQL server on loopback (started like the tests'
one) and empty databases on it, or the bench database copied in (bench_live.py, bench_team.py).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from postgres_server import INSTALL_HINT, PostgresServer, find_bindir  # noqa: E402

_numbers = iter(range(1, 10_000))


def server_binaries() -> Path | None:
    """The PostgreSQL server binaries, or None after saying how to install them."""
    bindir = find_bindir()
    if bindir is None:
        print(INSTALL_HINT)
    return bindir


@contextmanager
def team_server(bindir: Path) -> Iterator[PostgresServer]:
    """A started server, removed (data folder and all) when the block ends."""
    server = PostgresServer(bindir).start()
    try:
        yield server
    finally:
        server.remove()


def new_database(server: PostgresServer, name: str | None = None) -> str:
    """The URL of a new empty database on the server (``bench_<n>`` unless named)."""
    name = name or f"bench_{next(_numbers)}"
    server.admin_execute(f"CREATE DATABASE {name}")
    return server.url(name)


def copy_bench_database(server: PostgresServer, bench_db: Path, name: str | None = None) -> str:
    """The URL of a new database on the server holding a copy of the bench database."""
    from collab_desktop.services.safety.copy_database import copy_database

    url = new_database(server, name)
    copy_database(bench_db, url)
    return url
