"""Fixtures for the report tests: the hand-built dataset, built once and copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from report_dataset import Dataset, build_dataset


@pytest.fixture(scope="session")
def report_template(tmp_path_factory: pytest.TempPathFactory, template_db: Path):  # noqa: ANN201
    """A migrated database holding the report dataset, and the dataset's ids."""
    from collab_desktop.store.open import open_database

    path = tmp_path_factory.mktemp("report") / "report.sqlite"
    shutil.copyfile(template_db, path)
    db, _ = open_database(path)
    data = build_dataset(db)
    db.dispose()
    return path, data


@pytest.fixture
def report_db_path(tmp_path: Path, report_template) -> Path:  # noqa: ANN001
    """A fresh copy of the report database for one test."""
    path = tmp_path / "report.sqlite"
    shutil.copyfile(report_template[0], path)
    return path


@pytest.fixture
def data(report_template) -> Dataset:  # noqa: ANN001
    return report_template[1]


@pytest.fixture
def rdb(report_db_path: Path):  # noqa: ANN201 - Database
    """An opened Database on the per-test copy of the report dataset."""
    from collab_desktop.store.open import open_database

    database, _ = open_database(report_db_path)
    yield database
    database.dispose()


@pytest.fixture
def tab(qtbot, rdb):  # noqa: ANN001, ANN201
    """The Reports tab on the report dataset, at a size that shows every column."""
    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.events import DataEvents
    from collab_desktop.ui.tabs.reports_tab import ReportsTab
    from collab_desktop.ui.tasks import TaskRunner

    ctx = AppContext(rdb, DataEvents(), TaskRunner())
    widget = ReportsTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    yield widget
    ctx.tasks.wait()
