"""The start-up timing hook, background loading of large tables, and the list-backed table model."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import namedtuple

from PySide6.QtCore import QPersistentModelIndex, Qt

from collab_desktop.ui.models.record_table_model import Column, RecordTableModel

Person = namedtuple("Person", "id last first")


def test_quit_when_idle_prints_time_and_exits(db_path) -> None:  # noqa: ANN001
    env = dict(os.environ, COLLAB_DESKTOP_QUIT_WHEN_IDLE="1")
    done = subprocess.run(
        [sys.executable, "-m", "collab_desktop", "--db", str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    stamps = [line for line in done.stdout.splitlines() if line.startswith("shown-idle ")]
    assert len(stamps) == 1
    assert float(stamps[0].split()[1]) > 1e9


def test_large_table_loads_in_background(window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    from collab_desktop.ui.tabs.contacts_tab import ContactsTab

    monkeypatch.setattr(ContactsTab, "background_threshold", 2)
    monkeypatch.setattr("collab_desktop.ui.tabs.record_rows.FIRST_PAGE", 1)
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.loading
    assert tab.table.model.total_count() == 1
    assert "loading" in tab.count_label.text()
    qtbot.waitUntil(lambda: not tab.loading)
    assert tab.table.model.total_count() == 4
    assert tab.count_label.text() == "4"


def _model() -> RecordTableModel:
    model = RecordTableModel(
        [Column("Last", lambda p: p.last), Column("First", lambda p: p.first)],
        lambda p: f"{p.first} {p.last}",
    )
    model.set_records(
        [Person(1, "núñez", "Zoë"), Person(2, "O'Brien", "Ann"), Person(3, "Adams", "Mary")]
    )
    return model


def test_model_sorts_and_filters_keeping_persistent_rows() -> None:
    model = _model()
    kept = QPersistentModelIndex(model.index(1, 0))  # O'Brien
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in model.shown_records()] == [3, 1, 2]
    assert kept.row() == 2
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in model.shown_records()] == [2, 1, 3]
    model.set_search("  MAR ")
    assert [r.id for r in model.shown_records()] == [3]
    assert not kept.isValid()
    assert model.row_of(3) == 0 and model.row_of(2) == -1
    assert model.total_count() == 3 and model.rowCount() == 1
    model.set_search("")
    assert [r.id for r in model.shown_records()] == [2, 1, 3]
    model.sort(-1)
    assert [r.id for r in model.shown_records()] == [1, 2, 3]
    assert model.index(0, 0).data() == "núñez"
