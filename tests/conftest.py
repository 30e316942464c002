"""Shared fixtures: offscreen Qt, per-test home folders, a migrated template database."""

from __future__ import annotations

import gc
import os
import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _read_this_checkouts_resources() -> None:
    """Resources and docs from this checkout, even when the environment holds an editable
    install of another one (a second git worktree sharing one venv): there
    ``collab_desktop.resources`` would be mapped to the other checkout's files."""
    import importlib.util
    import sys

    for name, folder in (
        ("collab_desktop.resources", "resources"),
        ("collab_desktop.docs", "docs"),
    ):
        init = ROOT / folder / "__init__.py"
        if name in sys.modules or not init.is_file():
            continue
        spec = importlib.util.spec_from_file_location(
            name, init, submodule_search_locations=[str(init.parent)]
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)


_read_this_checkouts_resources()


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
def db(db_path: Path):  # noqa: ANN201 - Database
    """An opened Database on the per-test copy."""
    from collab_desktop.store.open import open_database

    database, _ = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(request: pytest.FixtureRequest):  # noqa: ANN201
    """In tests with widgets, cycles are collected here on the GUI thread, as the app does
    (ui/gui_thread_gc.py): a collection in a task's thread could delete a widget off it."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
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
