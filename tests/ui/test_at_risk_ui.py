"""The window's view of people drifting away: the Reports tab's At risk page, and a contact's
recent attendance at a glance (the real main window on the drift scenario)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from at_risk_scenario import COLLABORATIVE, build_drift
from PySide6.QtCore import Qt

from collab_desktop.services.changes import run_reporting
from collab_desktop.services.sessions.registrations import list_registrations, set_status

SHOWN = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def drift(db, clock):  # noqa: ANN001, ANN201
    return build_drift(db)


@pytest.fixture
def drift_window(drift, request):  # noqa: ANN001, ANN201
    """The main window, opened once the scenario is in the database."""
    return request.getfixturevalue("window")


def _shot(widget, name: str) -> None:  # noqa: ANN001
    """Keep a picture for a look by eye when COLLAB_SCREENSHOTS names a folder."""
    folder = os.environ.get("COLLAB_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def _rows(table) -> list[list[str]]:  # noqa: ANN001
    return [
        [table.cell_text(r, c) for c in range(table.proxy.columnCount())]
        for r in range(table.proxy.rowCount())
    ]


@SHOWN
def test_at_risk_page_lists_who_stopped_coming(qtbot, drift_window, drift, db) -> None:  # noqa: ANN001
    window = drift_window
    window.tabs.setCurrentWidget(window.reports_page)
    tab = window.reports_tab
    page = tab.at_risk_page
    assert tab.pages.tabText(tab.pages.indexOf(page)) == "At risk"
    with qtbot.waitSignal(page.shown, timeout=10000):
        tab.collab_combo.setCurrentIndex(tab.collab_combo.findText(COLLABORATIVE))
        tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.members and not page._running, timeout=10000)
    assert [h for h in (page.table.model_.headerData(c, Qt.Orientation.Horizontal) for c in range(5))] == [
        "Name", "E-mail", "Collaborative", "Missed in a row", "Last attended",
    ]  # fmt: skip
    rows = _rows(page.table)
    assert [r[0] for r in rows] == ["Dana Reyes", "Fay Wu", "Gus Hale"]
    assert rows[0] == [
        "Dana Reyes", drift.emails["Dana Reyes"], COLLABORATIVE, "3", f"{drift.days[1]:%d %b %Y}",
    ]  # fmt: skip
    assert rows[2][4] == "never"
    assert "3 members have missed their last 3 sessions" in page.summary.text()
    _shot(window, "at_risk_page.png")

    # Fewer misses: Hal (joined late) and Kim (one session called off) appear.
    with qtbot.waitSignal(page.shown, timeout=10000):
        page.missed_spin.setValue(2)
    assert {r[0] for r in _rows(page.table)} == {
        "Dana Reyes", "Fay Wu", "Gus Hale", "Hal Ode", "Kim Sato",
    }  # fmt: skip

    # Marking Gus attended at the last session takes him off the list.
    gus = next(
        r
        for r in list_registrations(db, drift.session_ids[4])
        if r.email == drift.emails["Gus Hale"]
    )
    with qtbot.waitSignal(page.shown, timeout=10000):
        _result, changes = run_reporting(set_status, db, gus.id, "attended")
        window.ctx.events.publish(changes)
    assert "Gus Hale" not in {r[0] for r in _rows(page.table)}


@SHOWN
def test_contact_page_shows_recent_attendance(qtbot, drift_window, drift) -> None:  # noqa: ANN001
    window = drift_window
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    fay = next(r for r in tab.table.model.records() if r.email == drift.emails["Fay Wu"])
    tab.table.select_id(fay.id)
    glance = tab.recent_attendance
    assert glance.isVisible()
    # Newest first; the session still to come is left out; words beside every symbol.
    assert glance.card_texts() == [
        "? not yet marked", "✘ absent", "– excused", "✘ absent", "✔ attended",
    ]  # fmt: skip
    text = glance.summary.text()
    assert f"Last attended {drift.days[0]:%d %b %Y}" in text
    assert "missed the last 3 sessions" in text and "excused" in text
    assert "Drift seminar 5" in glance.cards[0].toolTip()
    _shot(tab.attendance, "contact_recent_attendance.png")

    gus = next(r for r in tab.table.model.records() if r.email == drift.emails["Gus Hale"])
    tab.table.select_id(gus.id)
    assert glance.summary.text().startswith("Never attended; missed the last 3 sessions")
    nobody = next(r for r in tab.table.model.records() if r.last_name == "Kennedy")
    tab.table.select_id(nobody.id)
    assert not glance.isVisible()
