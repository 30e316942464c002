"""With a large system font every label and button still shows its whole text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
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
    """Shown labels and buttons narrower than their text needs (word-wrapped labels excepted)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.pixmap() is None or widget.pixmap().isNull():
                need = widget.minimumSizeHint().width()
                if widget.width() < need:
                    found.append(f"label {widget.text()!r}: {widget.width()} < {need}")
        elif isinstance(widget, QAbstractButton) and widget.text() and not icon_only(widget):
            need = widget.minimumSizeHint().width()
            if widget.width() < need:
                found.append(f"button {widget.text()!r}: {widget.width()} < {need}")
    return found


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
    window.resize(1600, 1000)
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.ctx.tasks.wait()
        qtbot.wait(20)
        name = window.tabs.tabText(index).replace("&", "")
        problems += [f"{name}: {p}" for p in clipped(window.tabs.currentWidget())]
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_clipped_label(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    label = QLabel("A label far wider than the room it is given", host)
    label.setFixedWidth(40)
    host.show()
    assert clipped(host) == [f"label {label.text()!r}: 40 < {label.minimumSizeHint().width()}"]
