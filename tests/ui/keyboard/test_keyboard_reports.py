"""Running a report for one collaborative with the keyboard alone."""

from __future__ import annotations

from keyboard_driver import ALT
from PySide6.QtCore import Qt


def test_run_a_report_for_one_collaborative(active_window, keys, qtbot) -> None:  # noqa: ANN001
    window = active_window
    keys.press(Qt.Key.Key_R, ALT)  # the Reports tab
    reports = window.show_reports()
    qtbot.waitUntil(lambda: reports.summary.text().startswith("All collaboratives"))
    keys.tab_to("Collaborative")
    keys.press(Qt.Key.Key_Down)  # the first collaborative after "All collaboratives"
    chosen = reports.collab_combo.currentText()
    assert chosen != "All collaboratives"
    qtbot.waitUntil(lambda: reports.summary.text().startswith(chosen))
    assert "all dates" in reports.summary.text()
