"""Everything SQLite-specific lives here: URLs from paths, connection pragmas, file checks, backups.

The rest of the store speaks plain SQLAlchemy so a shared PostgreSQL URL can replace the file later.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another connection's write transaction to end.
BUSY_TIMEOUT_S = 5


def url_for_path(path: Path | str) -> str:
    """SQLAlchemy URL of a database file."""
    return str(URL.create("sqlite+pysqlite", database=str(Path(path))))


def is_sqlite_url(url: str) -> bool:
    return url.startswith("sqlite")


def path_from_url(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases."""
    if not is_sqlite_url(url):
        return None
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    return Path(database) if database else None


def _set_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    # foreign_keys must be set outside a transaction; pysqlite on 3.11 is in autocommit here.
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # A 32 MiB page cache (the default is 2 MiB) holds the tables a report or a full contact
    # list reads at 100,000 registrations, so the next query finds them in memory.
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()


def create_sqlite_engine(url: str) -> Engine:
    """Engine for the app: foreign keys on, WAL journal, a 5 s busy timeout."""
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def create_migration_engine(url: str) -> Engine:
    """Engine for migrations: pysqlite's own transaction handling off, so DDL is transactional."""
    engine = create_engine(url, connect_args={"timeout": 5})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN")

    return engine


def try_begin_immediate(conn: Connection, wait_ms: int) -> bool:
    """Start the connection's transaction as a writer (BEGIN IMMEDIATE), waiting up to wait_ms
    for another writer to finish; False if the database stayed locked.

    Must be the first statement of the transaction. The usual busy timeout comes back after.
    """
    raw = conn.connection.driver_connection
    raw.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
    try:
        raw.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        return False
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    return True


def holder_file(database: Path, suffix: str) -> Path:
    """A small file beside the database naming who holds one of its long write transactions."""
    return database.with_name(f"{database.name}.{suffix}")


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file or one that starts with SQLite's header."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return head == b"" or head == SQLITE_MAGIC


def backup_file(source: Path, dest: Path) -> Path:
    """Copy a (possibly live, WAL) database with SQLite's online backup API."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(str(source), timeout=5)
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (for looking inside backups)."""
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=5)


def restore_file(source: Path, dest: Path) -> None:
    """Replace the contents of dest with source in one step, through the online backup API.

    One backup step is one write transaction on dest, so a crash leaves dest as it was; the
    destination keeps its own journal mode (WAL).
    """
    src = connect_read_only(source)
    try:
        out = sqlite3.connect(str(dest), timeout=5)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()


def integrity_problems(conn: Connection) -> list[str]:
    """Lines of ``PRAGMA integrity_check`` other than 'ok' (damaged pages, broken indexes)."""
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    return [r for r in rows if r != "ok"]


def foreign_key_problems(conn: Connection) -> list[tuple[str, int, str]]:
    """(table, rowid, missing parent table) for each row pointing at a record that is gone."""
    rows = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    return [(table, rowid, parent) for table, rowid, parent, _fkid in rows]


# Alembic's batch mode rebuilds a SQLite table from its reflection, and SQLite's reflection
# skips expression indexes (with this warning): a rebuilt contacts table would lose its unique
# lower(email) index. Migrations run with the warning silenced and the indexes put back after.
EXPRESSION_INDEX_WARNING = "Skipped unsupported reflection of expression-based index"


def restore_expression_indexes(conn: Connection, metadata) -> list[str]:  # noqa: ANN001
    """Create the models' expression indexes a table rebuild dropped; their names."""
    from sqlalchemy import Column

    present = {
        r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")
    }
    made = []
    for table in metadata.tables.values():
        for index in table.indexes:
            if index.name in present or all(isinstance(e, Column) for e in index.expressions):
                continue
            if table.name not in {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }:
                continue
            index.create(conn)
            made.append(index.name)
    return made


def create_snapshot_engine(url: str) -> Engine:
    """Engine whose transactions are real ones (BEGIN), so every read sees one snapshot."""
    return create_migration_engine(url)


def create_bulk_engine(url: str) -> Engine:
    """Engine for one long writing transaction: foreign keys on, checked at COMMIT (rows of a
    table that points at itself may come in any order)."""
    engine = create_migration_engine(url)

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _defer(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")

    return engine


def clear_tables(conn: Connection, tables: list[str]) -> None:
    """Empty the tables, children first (inside the caller's transaction)."""
    quote = conn.dialect.identifier_preparer.quote
    for table in reversed(tables):
        conn.exec_driver_sql(f"DELETE FROM {quote(table)}")


def insert_rows(conn: Connection, table, rows, chunk: int = 10_000) -> int:  # noqa: ANN001
    """Write rows (values in the table's column order) with executemany, in chunks."""
    keys = [c.key for c in table.columns]
    stmt = table.insert()
    n = 0
    batch: list[dict] = []
    for row in rows:
        batch.append(dict(zip(keys, row, strict=True)))
        if len(batch) >= chunk:
            conn.execute(stmt, batch)
            n += len(batch)
            batch = []
    if batch:
        conn.execute(stmt, batch)
        n += len(batch)
    return n


def settle_file(path: Path) -> None:
    """Leave a finished file as one self-contained file (no -wal beside it), to move or mail."""
    conn = sqlite3.connect(str(path), timeout=5)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


class DataVersionWatch:
    """Tells whether another connection committed to the file since last asked.

    ``PRAGMA data_version`` on one long-lived connection changes when any other connection (another
    window, the command line) commits. SQLite has no ids to send: the caller reloads what it shows.
    """

    def __init__(self, path: Path) -> None:
        import threading

        self._conn = sqlite3.connect(
            Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=5, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._version = self._read()

    def _read(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """True once per change committed by another connection since the last call."""
        version = self._read()
        if version == self._version:
            return False
        self._version = version
        return True

    def absorb(self) -> None:
        """Take the file's current version as seen (after a commit of our own)."""
        self._version = self._read()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def insert_new_rows(
    conn: Connection,
    table,  # noqa: ANN001 - Table
    columns: tuple[str, ...],
    rows,  # noqa: ANN001 - Iterable[Sequence]
    constants: dict | None = None,
) -> int:
    """Insert rows (values for columns, in order) with one executemany of the driver itself.

    Values are bound per column as SQLAlchemy would (aware times to UTC text, booleans to 0/1)
    without its per-row statement machinery, the fast path for many rows; constants (columns
    with one value for every row) are bound once.
    """
    constants = constants or {}
    procs = [table.c[c].type._cached_bind_processor(conn.dialect) for c in columns]
    pairs = [(i, p) for i, p in enumerate(procs) if p is not None]
    fixed = tuple(
        p(v) if (p := table.c[c].type._cached_bind_processor(conn.dialect)) else v
        for c, v in constants.items()
    )
    # sqlite3 would turn a datetime into this text itself; made once here.
    fixed = tuple(v.isoformat(" ") if hasattr(v, "isoformat") else v for v in fixed)
    bound = []
    for row in rows:
        if pairs:
            row = list(row)
            for i, p in pairs:
                row[i] = p(row[i])
        bound.append((*row, *fixed))
    names = (*columns, *constants)
    marks = ", ".join("?" * len(names))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})", bound)
    return len(bound)
