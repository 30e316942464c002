"""One line for the user about a database failure that is not a bug: a server that cannot be
reached, refuses the user, or went away in the middle of a command."""

from __future__ import annotations


def server_failure_message(exc: BaseException, target: str | None) -> str | None:
    """The message for exc when it came from the database server, else None (a real bug)."""
    from collab_desktop.store import postgresql
    from collab_desktop.store.location import database_url

    # SQLAlchemy wraps what the driver raises, except in COPY (the bulk paths), where the
    # driver's own error comes through: both are the server's.
    try:
        url = database_url(target)
    except Exception:  # noqa: BLE001 - the URL was fine enough to connect with
        return None
    if not postgresql.is_postgresql_url(url):
        return None
    return postgresql.failure_message(exc, url)


def database_failure_line(exc: BaseException, url: str) -> str | None:
    """One line for an error a database raised (a broken rule, a server gone away), whether
    SQLAlchemy wrapped it or the driver raised it (COPY); None when it is not one (a bug)."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    from collab_desktop.store import postgresql
    from collab_desktop.store.location import describe

    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if postgresql.is_postgresql_url(url):
        return postgresql.failure_message(orig, url)
    if isinstance(orig, sqlite3.Error):
        first = next((line.strip() for line in str(orig).splitlines() if line.strip()), "")
        return f"{describe(url)} reported an error: {first or type(orig).__name__}"
    return None
