"""Where the data is, in words people read: a database file, or a team server's address.

Pure Python (no SQLAlchemy, no Qt): the window uses it for its title, status bar and recent list
before the database layer is loaded. Passwords never leave here: every text made from a URL
leaves the password out, and ``without_password`` is what may be written to the settings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from collab_desktop.domain.translation import translate

DEFAULT_PORT = 5432
# libpq's sslmode values offered in the window (any other passes through a URL unchanged).
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")
_SERVER_SCHEMES = {"postgresql", "postgres"}


def looks_like_url(target: str) -> bool:
    """True for ``scheme://...``: a URL is never taken for a file name."""
    return bool(_URL.match(target))


def is_server_url(target: str) -> bool:
    """True for a PostgreSQL URL (``postgresql://``, ``postgres://``, ``postgresql+psycopg://``)."""
    if not looks_like_url(target):
        return False
    return target.split("://", 1)[0].split("+", 1)[0].lower() in _SERVER_SCHEMES


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """A PostgreSQL database as the connection form holds it; never a password."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    sslmode: str = ""  # empty: libpq's default (prefer)
    service: str = ""  # a pg_service.conf entry; when set, it names host, port, database and user

    def url(self, password: str = "") -> str:
        """The postgresql:// URL; the password (for this connection only) goes in if given."""
        query = {}
        if self.service:
            query["service"] = self.service
        if self.sslmode:
            query["sslmode"] = self.sslmode
        netloc = ""
        if not self.service:
            auth = quote(self.user, safe="") if self.user else ""
            if auth and password:
                auth += ":" + quote(password, safe="")
            host = f"[{self.host}]" if ":" in self.host else self.host
            netloc = f"{auth}@{host}" if auth else host
            if self.host or (self.port and self.port != DEFAULT_PORT):
                netloc += f":{self.port or DEFAULT_PORT}"
        path = "/" + quote(self.database, safe="") if self.database and not self.service else ""
        tail = "?" + urlencode(query) if query else ""
        return f"postgresql://{netloc}{path}{tail}"

    def place(self) -> str:
        """'collab on db.example.org:5432 as dana' (the status bar and About)."""
        if self.service:
            return translate("DatabaseAddress", "service {service}").format(service=self.service)
        database = self.database or translate("DatabaseAddress", "(default database)")
        host = f"{self.host or translate('DatabaseAddress', 'this computer')}:{self.port}"
        if self.user:
            return translate("DatabaseAddress", "{database} on {host} as {user}").format(
                database=database, host=host, user=self.user
            )
        return translate("DatabaseAddress", "{database} on {host}").format(
            database=database, host=host
        )

    def label(self) -> str:
        """'collab on db.example.org (team)' (the recent list and the window title)."""
        if self.service:
            return translate("DatabaseAddress", "service {service} (team)").format(
                service=self.service
            )
        return translate("DatabaseAddress", "{database} on {host} (team)").format(
            database=self.database or translate("DatabaseAddress", "(default database)"),
            host=self.host or translate("DatabaseAddress", "this computer"),
        )


def address_from_url(url: str) -> ServerAddress:
    """The form's fields from a postgresql:// URL (a password in it is dropped)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        port = DEFAULT_PORT
    return ServerAddress(
        host=query.get("host", parts.hostname or ""),
        port=port,
        database=unquote(parts.path.lstrip("/")) or query.get("dbname", ""),
        user=unquote(parts.username or "") or query.get("user", ""),
        sslmode=query.get("sslmode", ""),
        service=query.get("service", ""),
    )


def without_password(target: str) -> str:
    """The target with any password taken out (from the URL's user part and its query)."""
    if not looks_like_url(target):
        return target
    parts = urlsplit(target)
    netloc = parts.netloc
    if "@" in netloc:
        auth, _, hostport = netloc.rpartition("@")
        netloc = f"{auth.split(':', 1)[0]}@{hostport}"
    query = [(k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password"]
    scheme = parts.scheme
    if is_server_url(target):
        scheme = "postgresql"  # as people write it, whatever driver the app added
    tail = "?" + urlencode(query) if query else ""
    return f"{scheme}://{netloc}{parts.path}{tail}"


def kind_of(target: str) -> str:
    """'PostgreSQL' or 'SQLite'."""
    return "PostgreSQL" if is_server_url(target) else "SQLite"


def place_of(target: str) -> str:
    """Where the data is, for the status bar: a file's path, or 'collab on host:5432 as dana'."""
    if is_server_url(target):
        return address_from_url(target).place()
    return target


def label_of(target: str) -> str:
    """A short name for menus and titles: a file's path, or 'collab on host (team)'."""
    if is_server_url(target):
        return address_from_url(target).label()
    return target
