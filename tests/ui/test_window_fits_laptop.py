"""The main window fits a laptop's screen: 1280×800 with large text (1.6×) in Spanish, the
longest of the shipped languages, and 1024 pixels wide with the usual font in English; on
every tab, with a record open in its form, no label or button is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from main_windows import open_main_window
from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QApplication
from test_large_font import large_font, settled_clipping  # noqa: F401 - the fixture, used by name

from collab_desktop.resources_path import TRANSLATIONS_ENV
from collab_desktop.ui.language import install_language, uninstall_language
from tests.translations_paths import TRANSLATIONS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def in_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """install(code) puts the window's language in place (before the window is made); English
    again after the test."""
    monkeypatch.setenv(TRANSLATIONS_ENV, str(TRANSLATIONS))
    yield lambda code: install_language(code)
    uninstall_language()


def _open(qtbot, db, tmp_path: Path, screen: QSize):  # noqa: ANN001, ANN202
    """The window on a database with a roster, a series and attendance, sized to the screen."""
    from docs.make_screenshots import fill_demo_data, write_roster

    fill_demo_data(db, write_roster(tmp_path / "roster.xlsx", 5))
    window = open_main_window(qtbot, db)
    window.resize(screen)
    return window


def _settle(window, qtbot) -> None:  # noqa: ANN001
    window.ctx.tasks.wait()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    qtbot.wait(100)  # a row that wraps lays its tab out again, and the wrapped labels


def _problems(window, qtbot, screen: QSize) -> list[str]:  # noqa: ANN001
    """Each tab in turn (each form showing its first record): what does not fit the screen."""
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle(window, qtbot)
        tab = window.tabs.currentWidget()
        if tab in window.record_tabs():  # its form full, its related lists and their buttons
            shown = tab.table.visible_records()
            assert shown, f"no record in {tab}"
            tab.select_record(shown[0].id)
            _settle(window, qtbot)
        name = window.tabs.tabText(index).replace("&", "")
        need = window.minimumSizeHint()
        if need.width() > screen.width():
            found.append(f"{name}: the window needs {need.width()} pixels of width")
        if need.height() > screen.height():
            found.append(f"{name}: the window needs {need.height()} pixels of height")
        if window.width() > screen.width() or window.height() > screen.height():
            found.append(f"{name}: the window grew to {window.width()}×{window.height()}")
        found += [f"{name}: {p}" for p in settled_clipping(qtbot, window.tabs.currentWidget())]
    return found


def test_the_window_fits_1280_by_800_with_large_text_in_spanish(
    in_language,  # noqa: ANN001
    large_font,  # noqa: ANN001, F811
    qtbot,  # noqa: ANN001
    db,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    assert in_language("es") == "es"
    screen = QSize(1280, 800)
    window = _open(qtbot, db, tmp_path, screen)
    problems = _problems(window, qtbot, screen)
    assert not problems, "\n".join(problems)


def test_the_window_fits_1024_wide_in_english(in_language, qtbot, db, tmp_path: Path) -> None:  # noqa: ANN001
    assert in_language("en") == "en"
    screen = QSize(1024, 768)
    window = _open(qtbot, db, tmp_path, screen)
    problems = _problems(window, qtbot, screen)
    assert not problems, "\n".join(problems)
