"""A PostgreSQL cluster of one test's own, for tests that stop or kill the server: the shared
cluster of the run must never be stopped under the other tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from missing_tool import missing_tool
from postgres_server import INSTALL_HINT, PostgresServer, find_bindir


@pytest.fixture
def own_pg_server() -> Iterator[PostgresServer]:
    """A throwaway cluster made for this test only, removed afterwards."""
    bindir = find_bindir()
    if bindir is None:
        missing_tool(INSTALL_HINT)
    server = PostgresServer(bindir).start()
    yield server
    server.remove()


def activity(server: PostgresServer, database: str) -> list[tuple[str, str]]:
    """(state, query) of the app's connections to database right now."""
    with server.admin() as conn:
        return conn.execute(
            "SELECT state, query FROM pg_stat_activity"
            # Any client of the app's: an import names its holder in application_name.
            " WHERE datname = %s AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
            (database,),
        ).fetchall()
