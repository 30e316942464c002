"""Shared fixtures: offscreen Qt, per-test home folders, a migrated template database, and the
same on a throwaway PostgreSQL server for the tests that run on both databases."""

from __future__ import annotations

import gc
import itertools
import os
import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from missing_tool import missing_tool


def pytest_configure(config: pytest.Config) -> None:
    # An empty value would defeat setdefault and abort with "could not load ... xcb".
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("COLLAB_DESKTOP_TZ", "America/New_York")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Per-user folders (data, logs, settings) inside tmp_path, never the real ones."""
    home = tmp_path / "home"
    monkeypatch.setenv("COLLAB_DESKTOP_HOME", str(home))
    return home


# The moment the clock fixture starts at: a Wednesday morning in the tests' zone, the hour at
# which a weekly Tuesday series has one occurrence over this week and the next one to come.
CLOCK_START = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo("America/New_York"))


@pytest.fixture
def clock():  # noqa: ANN201 - FixedClock
    """The app's clock stopped at CLOCK_START; a test moves it with set() or advance()."""
    from collab_desktop.domain import clock as app_clock

    with app_clock.frozen_at(CLOCK_START) as fixed:
        yield fixed


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated and filled with first-run data once per test run."""
    from collab_desktop.store.open import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db, _ = open_database(path)
    db.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_db: Path) -> Path:
    """A fresh copy of the template database for one test."""
    path = tmp_path / "collab.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_target: str):  # noqa: ANN201 - Database
    """An opened Database on the per-test copy (a file, or a server database)."""
    from collab_desktop.store.open import open_database

    database, _ = open_database(db_target)
    yield database
    database.dispose()


# Test folders whose tests run on both databases: a test there that uses `db` or `db_target`
# (and not `db_path`, which is a SQLite file) runs once per kind. Widget tests stay on SQLite.
BOTH_DATABASES = ("tests/cli/", "tests/services/", "tests/sessions/", "tests/unit/")
# COLLAB_TEST_DATABASES=sqlite limits a run to one (the runs under other clocks use it).
DATABASE_KINDS = tuple(
    k for k in os.environ.get("COLLAB_TEST_DATABASES", "sqlite,postgresql").split(",") if k
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    names = metafunc.fixturenames
    where = Path(str(metafunc.definition.fspath)).as_posix()
    if (
        any(f"/{folder}" in where for folder in BOTH_DATABASES)
        and ("db" in names or "db_target" in names)
        and "db_path" not in names
        and "qtbot" not in names
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    ):
        metafunc.parametrize("database_kind", DATABASE_KINDS)


@pytest.fixture
def database_kind() -> str:
    """Which database the test's `db` and `db_target` are on (parametrised where both run)."""
    return "sqlite"


@pytest.fixture
def db_target(request: pytest.FixtureRequest, database_kind: str) -> str:
    """What --db gets: the per-test SQLite copy's path, or a fresh server database's URL."""
    if database_kind == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(request.getfixturevalue("db_path"))


@pytest.fixture(scope="session")
def pg_server():  # noqa: ANN201 - tests.postgres_server.PostgresServer
    """A throwaway PostgreSQL cluster for the whole run, removed afterwards."""
    from postgres_server import INSTALL_HINT, PostgresServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        missing_tool(INSTALL_HINT)
    server = PostgresServer(bindir).start()
    yield server
    server.remove()


PG_TEMPLATE = "collab_template"


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:  # noqa: ANN001
    """A server database migrated and filled with first-run data once per run."""
    from collab_desktop.store.open import open_database

    pg_server.admin_execute(f"CREATE DATABASE {PG_TEMPLATE}")
    database, _ = open_database(pg_server.url(PG_TEMPLATE))
    database.dispose()
    return PG_TEMPLATE


@pytest.fixture(scope="session")
def pg_copies(pg_server, pg_template: str):  # noqa: ANN001, ANN201 - TemplateCopies
    """Copies of the template database, each made while the test before runs."""
    from postgres_server import TemplateCopies

    copies = TemplateCopies(pg_server, pg_template, prefix=f"test_{os.getpid()}")
    yield copies
    copies.close()


_numbers = itertools.count(1)


@pytest.fixture
def pg_url(pg_server, pg_copies):  # noqa: ANN001, ANN201 - str
    """A fresh server database for one test, copied from the template (CREATE DATABASE)."""
    name = pg_copies.take()
    yield pg_server.url(name)
    pg_server.admin_execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def empty_pg_url(pg_server):  # noqa: ANN001, ANN201 - str
    """An empty server database (no tables) for one test."""
    name = f"empty_{os.getpid()}_{next(_numbers)}"
    pg_server.admin_execute(f"CREATE DATABASE {name}")
    yield pg_server.url(name)
    pg_server.admin_execute(f"DROP DATABASE {name} WITH (FORCE)")


def delete_closed_widgets() -> None:
    """Delete the widgets pytest-qt closed and marked deleteLater() at the test's end.

    Outside an event loop nothing runs those deletions, so every test's window stayed alive to
    the end of the run, and each later style sheet, gc pass and event went through all of them.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(request: pytest.FixtureRequest):  # noqa: ANN201
    """In tests with widgets, cycles are collected here on the GUI thread, as the app does
    (ui/gui_thread_gc.py): a collection in a task's thread could delete a widget off it.

    What existed before the test (modules, session fixtures) is frozen meanwhile, so the
    collections at its end walk what the test made, not the whole process. (If something else
    froze objects already, nothing is frozen or unfrozen here.)
    """
    if "qtbot" not in request.fixturenames:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        yield
        delete_closed_widgets()
        gc.collect()
    finally:
        if freeze:
            gc.unfreeze()
        if was_enabled:
            gc.enable()


@pytest.fixture(autouse=True)
def close_log_files():  # noqa: ANN201
    """Close log handlers a test added to the root logger (they point into its tmp_path)."""
    import logging

    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
