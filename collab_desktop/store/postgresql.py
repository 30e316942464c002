"""Everything PostgreSQL-specific lives here: URLs, the engine, advisory locks, error messages.

Passwords are never stored by the app: a URL may carry one for a single run, and otherwise
psycopg's libpq reads ``~/.pgpass`` (``pgpass.conf`` on Windows), ``PGSERVICE`` with
``pg_service.conf``, and the ``PG*`` variables itself. Query parameters (``sslmode``,
``service``, ``connect_timeout``, ...) pass through to libpq unchanged.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Connection, Engine, make_url

from collab_desktop.domain.translation import translate

DRIVER = "postgresql+psycopg"
# Schemes taken for PostgreSQL; libpq itself accepts both postgresql:// and postgres://.
_SCHEMES = {"postgresql", "postgres"}
# A server that does not answer (a blackholed address) would otherwise keep the command
# waiting for minutes; the URL may set its own connect_timeout.
CONNECT_TIMEOUT_S = 10
# Key of the advisory lock held while a database is set up or upgraded (any stable number).
SCHEMA_LOCK_KEY = zlib.crc32(b"collab-desktop schema") & 0x7FFFFFFF


class UnsupportedDriver(ValueError):
    """A postgresql+<driver>:// URL naming a driver other than psycopg 3."""


def is_postgresql_url(url: str) -> bool:
    scheme = url.split("://", 1)[0] if "://" in url else ""
    return scheme.split("+", 1)[0].lower() in _SCHEMES


def normalize_url(url: str) -> str:
    """The SQLAlchemy URL for psycopg 3, from ``postgresql://``, ``postgres://`` or
    ``postgresql+psycopg://`` (libpq's own URI form)."""
    scheme, rest = url.split("://", 1)
    base, _, driver = scheme.partition("+")
    if driver and driver.lower() != "psycopg":
        raise UnsupportedDriver(
            translate(
                "Postgresql",
                "The {driver} driver is not supported; use postgresql:// (psycopg 3) instead.",
            ).format(driver=driver)
        )
    return f"{DRIVER}://{rest}"


def describe(url: str | URL) -> str:
    """The URL as people write it, never with a password (from the URL or its query)."""
    u = make_url(url) if isinstance(url, str) else url
    query = {k: v for k, v in u.query.items() if k.lower() != "password"}
    shown = URL.create(
        "postgresql",
        username=u.username,
        host=u.host,
        port=u.port,
        database=u.database,
        query=query,
    )
    return shown.render_as_string(hide_password=False)


def database_name(url: str) -> str | None:
    return make_url(url).database


def create_postgresql_engine(url: str, **kwargs: object) -> Engine:
    """Engine for the app: stale pooled connections (a restarted server) are replaced on use."""
    u = make_url(url)
    connect_args: dict[str, object] = {"application_name": "collab-desktop"}
    if "connect_timeout" not in u.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    return create_engine(u, pool_pre_ping=True, connect_args=connect_args, **kwargs)


@contextmanager
def advisory_lock(conn: Connection, key: int = SCHEMA_LOCK_KEY) -> Iterator[None]:
    """Hold a session-level advisory lock: a second first open or upgrade waits here.

    The lock outlives the transactions inside the block; each statement here is committed at
    once so the caller can begin its own transaction.
    """
    conn.exec_driver_sql(f"SELECT pg_advisory_lock({int(key)})")
    conn.commit()
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        conn.exec_driver_sql(f"SELECT pg_advisory_unlock({int(key)})")
        conn.commit()


def set_sequences_past_ids(conn: Connection, tables: list[str]) -> None:
    """After rows were written with explicit ids, move each serial sequence past the highest id."""
    for table in tables:
        seq = conn.exec_driver_sql(
            "SELECT pg_get_serial_sequence(%(t)s, 'id')", {"t": table}
        ).scalar()
        if seq is None:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(%(s)s, COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)",
            {"s": seq},
        )


_LIBPQ_NOISE = re.compile(r"^(connection failed:|FATAL:|ERROR:)\s*", re.IGNORECASE)
# libpq names the address it tried; the message names the URL already.
_LIBPQ_WHERE = re.compile(
    r'^connection to server (?:at "[^"]*"(?:\s*\([^)]*\))?, port \d+|on socket "[^"]*") failed:\s*'
)


def _first_line(message: str) -> str:
    for line in message.splitlines():
        line = line.strip()
        while True:
            shorter = _LIBPQ_NOISE.sub("", _LIBPQ_WHERE.sub("", line)).strip()
            if shorter == line:
                break
            line = shorter
        if line:
            return line.rstrip(".")
    return message.strip()


def is_access_problem(exc: BaseException) -> bool:
    """True when the server cannot be reached or refuses this user (not a fault of the data)."""
    import psycopg

    orig = getattr(exc, "orig", exc)
    return isinstance(orig, psycopg.OperationalError | psycopg.errors.InsufficientPrivilege)


def failure_message(exc: BaseException, url: str) -> str | None:
    """One line for the user about a failure talking to the server, or None if it is not one."""
    import psycopg

    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, psycopg.Error):
        return None
    where = describe(url)
    text = str(orig)
    first = _first_line(text)
    sqlstate = getattr(orig, "sqlstate", None)
    low = text.lower()
    if sqlstate == "3D000" or ("database" in low and "does not exist" in low):
        name = database_name(url) or "(default)"
        return translate(
            "Postgresql",
            "The database {name} does not exist on the server ({where}). Ask the server's administrator to create it (createdb {name}); Collab Desktop sets up an empty database on first open.",
        ).format(name=name, where=where)
    if sqlstate in {"28P01", "28000"} or "password authentication failed" in low:
        return translate(
            "Postgresql",
            "The server refused the user name or password ({where}): {first}. Check ~/.pgpass, PGPASSWORD or the service file; the app never stores passwords.",
        ).format(where=where, first=first)
    if "no password supplied" in low:
        return translate(
            "Postgresql",
            "The server asks for a password ({where}); put it in ~/.pgpass (pgpass.conf on Windows) or PGPASSWORD: the app never stores passwords.",
        ).format(where=where)
    if sqlstate == "42501" or "permission denied" in low:
        return translate(
            "Postgresql",
            "The server's user has no permission for this ({where}): {first}. Ask the server's administrator to grant it.",
        ).format(where=where, first=first)
    if isinstance(orig, psycopg.OperationalError):
        return translate(
            "Postgresql", "Cannot reach the database server ({where}): {first}."
        ).format(where=where, first=first)
    return translate(
        "Postgresql", "The database server reported an error ({where}): {first}."
    ).format(where=where, first=first)


def create_snapshot_engine(url: str) -> Engine:
    """Engine whose transactions read one consistent snapshot (REPEATABLE READ, read only)."""
    from sqlalchemy.pool import NullPool

    engine = create_postgresql_engine(url, poolclass=NullPool)
    return engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def create_bulk_engine(url: str) -> Engine:
    """Engine for one long writing transaction (copying a whole database in)."""
    from sqlalchemy.pool import NullPool

    return create_postgresql_engine(url, poolclass=NullPool)


def clear_tables(conn: Connection, tables: list[str]) -> None:
    """Empty the tables in one statement (inside the caller's transaction)."""
    if tables:
        quote = conn.dialect.identifier_preparer.quote
        conn.exec_driver_sql(f"TRUNCATE {', '.join(quote(t) for t in tables)}")


def copy_rows(conn: Connection, table, rows) -> int:  # noqa: ANN001 - Table, Iterable[Sequence]
    """Write rows (values in the table's column order, as Python values) with COPY.

    COPY is several times faster than INSERT; it runs on the caller's connection, so inside its
    transaction. Column types' bind processing (aware UTC datetimes) is applied here.
    """
    quote = conn.dialect.identifier_preparer.quote
    columns = list(table.columns)
    procs = [c.type._cached_bind_processor(conn.dialect) for c in columns]
    names = ", ".join(quote(c.name) for c in columns)
    raw = conn.connection.driver_connection
    n = 0
    with raw.cursor() as cur, cur.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
        if any(procs):
            pairs = list(enumerate(procs))
            for row in rows:
                copy.write_row([p(row[i]) if p else row[i] for i, p in pairs])
                n += 1
        else:
            for row in rows:
                copy.write_row(row)
                n += 1
    return n


def copy_rows_with_new_ids(
    conn: Connection,
    table,  # noqa: ANN001 - Table
    columns: tuple[str, ...],
    rows: list[tuple],
    constants: dict[str, object],
) -> list[int]:
    """Insert new rows with COPY; their ids (taken from the table's sequence at once), in order.

    COPY has no RETURNING, so the ids are drawn first: one nextval per row in one query.
    """
    if not rows:
        return []
    seq = conn.exec_driver_sql(
        "SELECT pg_get_serial_sequence(%(t)s, 'id')", {"t": table.name}
    ).scalar()
    ids = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT nextval(%(s)s) FROM generate_series(1, %(n)s)", {"s": seq, "n": len(rows)}
        )
    ]
    names = ("id", *columns, *constants)
    procs = [table.c[c].type._cached_bind_processor(conn.dialect) for c in columns]
    fixed = tuple(
        p(v) if (p := table.c[c].type._cached_bind_processor(conn.dialect)) else v
        for c, v in constants.items()
    )
    pairs = [(i, p) for i, p in enumerate(procs) if p is not None]
    quote = conn.dialect.identifier_preparer.quote
    raw = conn.connection.driver_connection
    sql = f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) FROM STDIN"
    with raw.cursor() as cur, cur.copy(sql) as copy:
        for new_id, row in zip(ids, rows, strict=True):
            if pairs:
                row = list(row)
                for i, p in pairs:
                    row[i] = p(row[i])
            copy.write_row((new_id, *row, *fixed))
    return ids


def notify(conn: Connection, channel: str, payload: str) -> None:
    """Send a notice on channel inside the connection's transaction (delivered only on commit)."""
    conn.exec_driver_sql("SELECT pg_notify(%(c)s, %(p)s)", {"c": channel, "p": payload})


def libpq_conninfo(url: str) -> str:
    """The URL as libpq takes it (``postgresql://``, without the SQLAlchemy driver name)."""
    u = make_url(url).set(drivername="postgresql")
    return u.render_as_string(hide_password=False)


def copy_new_rows(
    conn: Connection,
    table,  # noqa: ANN001 - Table
    columns: tuple[str, ...],
    rows,  # noqa: ANN001 - Iterable[Sequence]
    constants: dict | None = None,
) -> int:
    """Insert rows (values for columns, in order; ids from the table's default) with COPY;
    constants (columns with one value for every row) are bound once."""
    constants = constants or {}
    procs = [table.c[c].type._cached_bind_processor(conn.dialect) for c in columns]
    pairs = [(i, p) for i, p in enumerate(procs) if p is not None]
    fixed = tuple(
        p(v) if (p := table.c[c].type._cached_bind_processor(conn.dialect)) else v
        for c, v in constants.items()
    )
    names = (*columns, *constants)
    quote = conn.dialect.identifier_preparer.quote
    raw = conn.connection.driver_connection
    sql = f"COPY {quote(table.name)} ({', '.join(quote(c) for c in names)}) FROM STDIN"
    n = 0
    with raw.cursor() as cur, cur.copy(sql) as copy:
        for row in rows:
            if pairs:
                row = list(row)
                for i, p in pairs:
                    row[i] = p(row[i])
            copy.write_row((*row, *fixed))
            n += 1
    return n


# Key of the advisory lock a roster import holds for its whole transaction.
IMPORT_LOCK_KEY = zlib.crc32(b"collab-desktop roster import") & 0x7FFFFFFF


def try_transaction_lock(conn: Connection, key: int, holder_name: str) -> bool:
    """Take an advisory lock held until the transaction ends, without waiting; True if taken.

    Once taken, the connection's application_name names holder_name for the rest of the
    transaction, so another coordinator waiting for the lock can be told who holds it.
    """
    taken = conn.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({int(key)})").scalar()
    if taken:
        conn.exec_driver_sql(
            "SELECT set_config('application_name', %(n)s, true)", {"n": holder_name[:63]}
        )
    return bool(taken)


def lock_holder(conn: Connection, key: int) -> tuple[str, object] | None:
    """(application_name, transaction start) of the session holding the advisory lock key."""
    # A transaction sees the activity view as it was at its first look: look afresh.
    conn.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
    row = conn.exec_driver_sql(
        "SELECT a.application_name, a.xact_start FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = %(k)s "
        "AND l.objsubid = 1 LIMIT 1",
        {"k": int(key)},
    ).first()
    return (row[0], row[1]) if row else None
