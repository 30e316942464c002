"""Where the data is: a file path or a database URL, from --db, COLLAB_DESKTOP_DB or the default.

A string with a scheme (``postgresql://...``) is a URL and is never taken for a file name.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from collab_desktop.domain.translation import translate
from collab_desktop.store import postgresql, sqlite
from collab_desktop.store.errors import DatabaseFileError

# The variable that names the database when --db is not given (a path or a URL).
DB_ENV = "COLLAB_DESKTOP_DB"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


class UnsupportedDatabase(DatabaseFileError):
    """A URL naming a kind of database (or a driver) this release cannot open."""


def looks_like_url(target: str) -> bool:
    return bool(_URL.match(target))


def database_url(target: Path | str | None = None) -> str:
    """The SQLAlchemy URL for a path, a URL, or (when None) COLLAB_DESKTOP_DB or the default file."""
    if target is None or (isinstance(target, str) and not target.strip()):
        target = os.environ.get(DB_ENV) or None
    if target is None:
        from collab_desktop.paths import default_db_path

        return sqlite.url_for_path(default_db_path())
    if isinstance(target, str) and looks_like_url(target):
        if postgresql.is_postgresql_url(target):
            try:
                return postgresql.normalize_url(target)
            except postgresql.UnsupportedDriver as exc:
                raise UnsupportedDatabase(str(exc)) from exc
        if sqlite.is_sqlite_url(target):
            return target
        scheme = target.split("://", 1)[0]
        raise UnsupportedDatabase(
            translate(
                "Location",
                "{scheme}:// databases are not supported; give a database file or a postgresql://user@host:5432/dbname URL.",
            ).format(scheme=scheme)
        )
    return sqlite.url_for_path(Path(target).expanduser())


def describe(url: str) -> str:
    """Where the data is, for the status bar and messages; never shows a password."""
    if postgresql.is_postgresql_url(url):
        return postgresql.describe(url)
    path = sqlite.path_from_url(url)
    return str(path) if path else url


def kind(url: str) -> str:
    """'PostgreSQL' or 'SQLite', for messages."""
    return "PostgreSQL" if postgresql.is_postgresql_url(url) else "SQLite"
