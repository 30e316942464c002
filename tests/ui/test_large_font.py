"""With a large system font every label and button still shows its whole text."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton, QWidget

from collab_desktop.ui.style_sheet import title_size


@pytest.fixture
def large_font(qapp):  # noqa: ANN001, ANN201
    """The application font at 1.6 times its size (a 'large text' setting), restored after."""
    before = QFont(qapp.font())
    big = QFont(before)
    big.setPointSizeF(before.pointSizeF() * 1.6)
    qapp.setFont(big)
    yield big
    qapp.setFont(before)


def clipped(root: QWidget) -> list[str]:
    """Shown labels and buttons narrower than their text needs, word-wrapped labels lower."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            need = widget.heightForWidth(widget.width())
            if widget.height() < need:
                found.append(f"label {widget.text()[:40]!r}: height {widget.height()} < {need}")
        elif isinstance(widget, QLabel) and widget.text():
            if widget.pixmap() is None or widget.pixmap().isNull():
                found += _short_of(widget, f"label {widget.text()!r}")
        elif isinstance(widget, QAbstractButton) and widget.text() and not icon_only(widget):
            found += _short_of(widget, f"button {widget.text()!r}")
    return found


def settled_clipping(qtbot, root: QWidget, timeout_ms: int = 2000) -> list[str]:  # noqa: ANN001
    """clipped(root) once its layout has settled: a wrapped label gets its height a layout pass
    after its width, later still on a busy machine; what stays clipped is reported."""
    with contextlib.suppress(AssertionError):
        qtbot.waitUntil(lambda: not clipped(root), timeout=timeout_ms)
    return clipped(root)


def _short_of(widget: QWidget, what: str) -> list[str]:
    """Where a one-line label or a button is narrower, or lower, than its text needs."""
    need = widget.minimumSizeHint()
    if widget.width() < need.width():
        return [f"{what}: {widget.width()} < {need.width()}"]
    # A font's line is never squeezed below its height; "cut off" text shows first in height.
    if widget.height() < widget.fontMetrics().height():
        return [f"{what}: height {widget.height()} < {widget.fontMetrics().height()}"]
    return []


def icon_only(button: QAbstractButton) -> bool:
    """A tool button that shows its icon, its text being only its name (e.g. in a search box)."""
    return (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    )


def test_title_size_follows_the_font() -> None:
    assert title_size(10) == "16.0pt"
    assert title_size(16) == "25.6pt"


def test_no_label_or_button_is_clipped_with_a_large_font(large_font, window, qtbot) -> None:  # noqa: ANN001
    window.resize(1280, 800)
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.ctx.tasks.wait()
        qtbot.wait(100)  # a row that wraps lays its tab out again, and the wrapped labels
        name = window.tabs.tabText(index).replace("&", "")
        if window.width() > 1280:
            problems.append(f"{name}: the window grew to {window.width()} pixels wide")
        problems += [f"{name}: {p}" for p in settled_clipping(qtbot, window.tabs.currentWidget())]
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_clipped_label(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("A label far wider than the room it is given", host)
    label.setFixedWidth(40)
    host.show()
    assert clipped(host) == [f"label {label.text()!r}: 40 < {label.minimumSizeHint().width()}"]


def test_the_check_finds_a_squeezed_label_and_a_short_wrapped_one(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    squeezed = QLabel("Host:", host)
    squeezed.setFixedHeight(5)
    wrapped = QLabel("A wrapped note of several lines in a narrow column " * 3, host)
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 20, 120, 20)
    host.show()
    found = clipped(host)
    assert found[0].startswith("label 'Host:': height 5 <")
    assert found[1].startswith("label 'A wrapped note of several lines in a nar': height 20 <")


def dialogs_at_large_font(window, tmp_path: Path):  # noqa: ANN001, ANN201
    """(name, make) for the main dialogs (those the AT-SPI walk opens), on a database with a
    roster, sessions and attendance."""
    from a11y_screens import dialogs

    from docs.make_screenshots import fill_demo_data, write_roster

    past, _upcoming = fill_demo_data(window.ctx.db, write_roster(tmp_path / "first.xlsx", 5))
    return dialogs(window, write_roster(tmp_path / "roster.xlsx"), past)


def test_dialogs_fit_a_small_screen_with_a_large_font(
    large_font,
    window,
    qtbot,
    tmp_path,
    monkeypatch,  # noqa: ANN001
) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).parents[1] / "accessibility"))
    screen = QSize(1280, 800)  # a small laptop's
    problems = []
    for name, make in dialogs_at_large_font(window, tmp_path).items():
        dialog = make()
        dialog.show()
        try:
            if name.startswith("import wizard"):
                for _page in range(int(name[-1]) - 1):
                    qtbot.waitUntil(dialog.currentPage().isComplete, timeout=10000)
                    dialog.next()
            window.ctx.tasks.wait()
            qtbot.wait(50)
            size = dialog.size().expandedTo(dialog.minimumSizeHint())
            if size.width() > screen.width() or size.height() > screen.height():
                problems.append(f"{name}: {size.width()}×{size.height()} is larger than the screen")
            problems += [f"{name}: {p}" for p in clipped(dialog)]
        finally:
            dialog.reject()
            dialog.deleteLater()
    assert not problems, "\n".join(problems)


def _sessions_form_at(window, qtbot):  # noqa: ANN001, ANN202
    """The Sessions tab shown in a 1280×800 window, on its calendar; its form's scroll area."""
    window.resize(1280, 800)
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    tab.session_views.setCurrentIndex(0)
    window.ctx.tasks.wait()
    qtbot.wait(50)
    return tab, tab.splitter.widget(1)


def test_the_sessions_form_never_scrolls_sideways_with_a_large_font(
    large_font, window, qtbot
) -> None:  # noqa: ANN001
    tab, scroll = _sessions_form_at(window, qtbot)
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.viewport().width() >= scroll.widget().minimumSizeHint().width()
    assert not tab.calendar_view.top_row.one_row  # the calendar's controls took two rows
    assert clipped(tab) == []


def test_the_calendar_controls_keep_one_row_with_the_usual_font(window, qtbot) -> None:  # noqa: ANN001
    tab, scroll = _sessions_form_at(window, qtbot)
    assert tab.calendar_view.top_row.one_row
    assert scroll.horizontalScrollBar().maximum() == 0
