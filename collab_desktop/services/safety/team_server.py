"""A team server, looked at before use: can it be reached, what does it hold; and moving a file there.

``probe_server`` answers the connection form's Test connection: the server's version and whether
the database is empty, set up by this release, older or newer, or a fault in one line. It never
changes anything. ``move_to_server`` copies a database file into an empty server database.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.copy_database import CopyRefused, CopyResult, copy_database
from collab_desktop.store.location import database_url, describe


class ServerState(StrEnum):
    """What the probed database holds."""

    UNREACHABLE = "unreachable"  # no connection: the message says why
    EMPTY = "empty"  # no tables: set up on first open
    READY = "ready"  # this release's schema
    OLDER = "older"  # an older release's schema: upgrade on purpose
    NEWER = "newer"  # a newer release's schema: refused
    FOREIGN = "foreign"  # tables that are not Collab Desktop's


@dataclass(frozen=True, slots=True)
class ServerProbe:
    """The answer to Test connection."""

    state: ServerState
    message: str
    server_version: str = ""
    schema: str | None = None
    tables: int = 0

    @property
    def connected(self) -> bool:
        return self.state is not ServerState.UNREACHABLE


def probe_server(target: str) -> ServerProbe:
    """Connect once to the server database at target and say what is there (read only)."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    from collab_desktop.store import postgresql
    from collab_desktop.store.errors import DatabaseFileError
    from collab_desktop.store.migrate import MARKER_TABLE, head_revision, known_revisions

    try:
        url = database_url(target)
    except DatabaseFileError as exc:
        return ServerProbe(ServerState.UNREACHABLE, str(exc))
    if not postgresql.is_postgresql_url(url):
        return ServerProbe(
            ServerState.UNREACHABLE,
            translate("TeamServer", "{target} is not a team server's address.").format(
                target=target
            ),
        )
    engine = postgresql.create_postgresql_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            version = str(conn.exec_driver_sql("SHOW server_version").scalar() or "").split()[0]
            tables = set(inspect(conn).get_table_names())
            schema = None
            if "alembic_version" in tables:
                schema = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        message = postgresql.failure_message(exc, url) or str(exc.orig or exc)
        return ServerProbe(ServerState.UNREACHABLE, message)
    finally:
        engine.dispose()
    head = head_revision()
    if not tables:
        return ServerProbe(
            ServerState.EMPTY,
            translate(
                "TeamServer",
                "Connected to PostgreSQL {version}. The database is empty: Collab Desktop sets "
                "it up when you open it.",
            ).format(version=version),
            version,
        )
    if schema is None or MARKER_TABLE not in tables:
        return ServerProbe(
            ServerState.FOREIGN,
            translate(
                "TeamServer",
                "Connected to PostgreSQL {version}, but the database holds {count} tables that "
                "are not Collab Desktop's. Choose an empty database or one made by Collab "
                "Desktop.",
            ).format(version=version, count=len(tables)),
            version,
            schema,
            len(tables),
        )
    if schema == head:
        state = ServerState.READY
        text_ = translate(
            "TeamServer",
            "Connected to PostgreSQL {version}: a Collab Desktop database (schema {schema}), "
            "ready.",
        ).format(version=version, schema=schema)
    elif schema in known_revisions():
        state = ServerState.OLDER
        text_ = translate(
            "TeamServer",
            "Connected to PostgreSQL {version}: a Collab Desktop database of an older release "
            "(schema {schema}; this release uses {head}). Upgrade it on purpose with upgrade-db "
            "before opening it.",
        ).format(version=version, schema=schema, head=head)
    else:
        state = ServerState.NEWER
        text_ = translate(
            "TeamServer",
            "Connected to PostgreSQL {version}: a Collab Desktop database of a newer release "
            "(schema {schema}). Install that release to open it.",
        ).format(version=version, schema=schema)
    return ServerProbe(state, text_, version, schema, len(tables))


def move_to_server(source: Path | str, target: str) -> CopyResult:
    """Copy the database at source into the EMPTY server database at target (ids kept).

    Raises CopyRefused (nothing changed) when the server cannot be reached or its database
    holds any table: a move never overwrites or merges.
    """
    probe = probe_server(target)
    if probe.state is ServerState.UNREACHABLE:
        raise CopyRefused(
            translate("TeamServer", "Nothing was copied. {message}").format(message=probe.message)
        )
    where = describe(database_url(target))  # never with the password
    if probe.state is not ServerState.EMPTY:
        raise CopyRefused(
            translate(
                "TeamServer",
                "{where} is not empty ({tables} tables); nothing was copied. A database is moved only into an empty one: ask the server's administrator for a new database (createdb), or open this one with File > Connect to team database.",
            ).format(where=where, tables=probe.tables)
        )
    return copy_database(source, target)
