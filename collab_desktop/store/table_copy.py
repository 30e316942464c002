"""Moving whole tables between databases: the dialect-neutral door to each database's fastest
way (COPY on PostgreSQL, executemany on SQLite). The use case lives in services/safety."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Integer, func, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.schema import Table

from collab_desktop.store import postgresql, sqlite
from collab_desktop.store.models import Base

# Rows read from the source at a time (a server streams them through a cursor).
READ_BATCH = 10_000


def copied_tables() -> list[Table]:
    """Every table of the schema, parents before children (alembic_version is not one)."""
    return list(Base.metadata.sorted_tables)


def _module(url: str):  # noqa: ANN202 - the dialect's module
    return postgresql if postgresql.is_postgresql_url(url) else sqlite


def _on_server(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def table_names(url: str) -> set[str]:
    """The tables a database holds now (none for a new file or an empty server database)."""
    path = sqlite.path_from_url(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return set()
    engine = _module(url).create_snapshot_engine(url)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


@contextmanager
def snapshot(url: str) -> Iterator[Connection]:
    """A connection reading one consistent state of the whole database (one transaction)."""
    engine = _module(url).create_snapshot_engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            yield conn
    finally:
        engine.dispose()


@contextmanager
def bulk_transaction(url: str) -> Iterator[Connection]:
    """One writing transaction on the target: all of it is committed, or none of it."""
    engine: Engine = _module(url).create_bulk_engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            yield conn
    finally:
        engine.dispose()


def count_rows(conn: Connection, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()


def read_rows(conn: Connection, table: Table) -> Iterator[Sequence]:
    """Every row of the table in primary-key order, values converted to Python's types."""
    query = select(*table.columns).order_by(*table.primary_key.columns)
    result = conn.execution_options(yield_per=READ_BATCH).execute(query)
    for partition in result.partitions():
        yield from partition


def clear_tables(conn: Connection, tables: list[Table]) -> None:
    dialect = postgresql if _on_server(conn) else sqlite
    dialect.clear_tables(conn, [t.name for t in tables])


def write_rows(conn: Connection, table: Table, rows: Iterable[Sequence]) -> int:
    """Write rows (in the table's column order, ids included) the fastest way; how many."""
    if _on_server(conn):
        return postgresql.copy_rows(conn, table, rows)
    return sqlite.insert_rows(conn, table, rows)


def finish_writing(conn: Connection, tables: list[Table]) -> None:
    """After rows came in with their ids: move a server's id sequences past the highest id."""
    if _on_server(conn):
        with_serial_ids = [
            t.name
            for t in tables
            if "id" in t.columns and isinstance(t.columns["id"].type, Integer)
        ]
        postgresql.set_sequences_past_ids(conn, with_serial_ids)


def tables_as_stored(conn: Connection) -> list[Table]:
    """The tables as a database holds them (an older schema), parents first; alembic_version,
    which the target's own set-up writes, left out."""
    from sqlalchemy import MetaData

    metadata = MetaData()
    metadata.reflect(conn)
    return [t for t in metadata.sorted_tables if t.name != "alembic_version"]


def stored_revision(conn: Connection) -> str | None:
    from sqlalchemy import text

    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def insert_with_new_ids(
    conn: Connection,
    table: Table,
    columns: tuple[str, ...],
    rows: list[tuple],
    constants: dict[str, object],
) -> list[int]:
    """Insert new rows the fastest way a server knows (COPY); their new ids, in order."""
    return postgresql.copy_rows_with_new_ids(conn, table, columns, rows, constants)
