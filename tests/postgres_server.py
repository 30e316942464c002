"""A throwaway PostgreSQL cluster for tests: initdb and pg_ctl from the installed binaries.

The cluster lives in a temporary folder, listens on a free loopback port (and a unix socket in
that folder), trusts local connections except for one user that must give a password, and is
removed afterwards. initdb refuses to run as root, so as root it runs as the ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = "PostgreSQL server binaries not found; install them with: apt-get install postgresql"
# A user that must give this password (for the wrong-password tests).
PASSWORD_USER = "coordinator"
PASSWORD = "right-password"
# A user that may connect but has no rights on the tables (for the no-permission tests).
NO_RIGHTS_USER = "visitor"


def find_bindir() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin with initdb and pg_ctl, or PG_BINDIR."""
    if env := os.environ.get("PG_BINDIR"):
        return Path(env) if (Path(env) / "initdb").exists() else None
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """One cluster; url(db, user) gives SQLAlchemy URLs, admin() an autocommit connection."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="collab-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self._as_root = os.geteuid() == 0

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(a) for a in args]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def start(self) -> PostgresServer:
        if self._as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(
            self.bindir / "initdb",
            "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-instructions", "--no-sync",
        )  # fmt: skip
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
        )
        self.resume()
        self.admin_execute(
            f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'",
            f"CREATE ROLE {NO_RIGHTS_USER} LOGIN",
        )
        return self

    def resume(self) -> None:
        """Start (or start again after stop()) the server on the same port."""
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            self.bindir / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-o", options, "start"
        )

    def stop(self) -> None:
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop", check=False)

    def kill(self) -> None:
        """Stop at once, as a crash or a pulled plug would: no shutdown, no checkpoint."""
        self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        self._run(
            self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop", check=False
        )
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str, user: str = "postgres", password: str | None = None) -> str:
        auth = f"{user}:{password}" if password is not None else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres"):  # noqa: ANN201 - psycopg.Connection
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        )

    def admin_execute(self, *statements: str, database: str = "postgres") -> None:
        with self.admin(database) as conn:
            for sql in statements:
                conn.execute(sql)


class TemplateCopies:
    """Fresh databases copied from a template, the next one made while the current test runs.

    CREATE DATABASE ... TEMPLATE is work for the server (a few tenths of a second on this kind
    of machine); a worker thread asks for the next copy as soon as one is handed out, so that
    work overlaps the test instead of coming before it. A copy that could not be made (a test
    stopped the server meanwhile) is made again when it is needed.
    """

    def __init__(self, server: PostgresServer, template: str, prefix: str) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.server = server
        self.template = template
        self.prefix = prefix
        self._count = 0
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg-template-copy")
        self._next = self._worker.submit(self._create)

    def _create(self) -> str:
        self._count += 1
        name = f"{self.prefix}_{self._count}"
        self.server.admin_execute(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        return name

    def take(self) -> str:
        """The name of a new copy of the template, for one test to own and drop."""
        try:
            name = self._next.result()
        except Exception:  # noqa: BLE001 - the server was stopped or restarted meanwhile
            name = self._worker.submit(self._create).result()
        self._next = self._worker.submit(self._create)
        return name

    def close(self) -> None:
        """Drop the copy made ahead that no test took, and stop the worker."""
        try:
            name = self._next.result()
        except Exception:  # noqa: BLE001 - nothing was made
            name = None
        if name is not None:
            self.server.admin_execute(f"DROP DATABASE {name} WITH (FORCE)")
        self._worker.shutdown()
