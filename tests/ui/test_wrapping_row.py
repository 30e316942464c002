"""A wrapping row of groups: one row when there is room, as many as the width needs when not,
and arranged again when one of its controls is shown or hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from collab_desktop.ui.widgets.wrapping_row import WrappingRow


def _hosted(qtbot, row: WrappingRow, width: int) -> QWidget:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(row)
    host.resize(width, 200)
    host.show()
    qtbot.waitExposed(host)
    qtbot.wait(20)
    return host


def _tops(buttons: list[QWidget]) -> list[int]:
    return [b.geometry().top() for b in buttons]


def test_groups_take_as_many_rows_as_the_width_needs(qtbot) -> None:  # noqa: ANN001
    buttons = [QPushButton(f"A button of some width {i}") for i in range(4)]
    row = WrappingRow(*([b] for b in buttons))
    need = row.one_row_width()
    assert row.minimumSizeHint().width() == max(b.minimumSizeHint().width() for b in buttons)
    host = _hosted(qtbot, row, need + 40)
    assert row.one_row
    assert len(set(_tops(buttons))) == 1
    host.resize(buttons[0].minimumSizeHint().width() + 30, 400)
    qtbot.wait(20)
    assert not row.one_row
    assert len(set(_tops(buttons))) == 4  # one a row: two would not fit side by side
    assert all(b.width() >= b.minimumSizeHint().width() for b in buttons)


def test_a_control_shown_later_makes_its_row_wrap(qtbot) -> None:  # noqa: ANN001
    first, second = QPushButton("Add people…"), QPushButton("Add collaborative…")
    extra = QCheckBox("For the whole series of sessions")
    extra.hide()
    row = WrappingRow([first], [second], [extra], last_at_right=False)
    host = _hosted(qtbot, row, first.sizeHint().width() + second.sizeHint().width() + 30)
    assert row.one_row
    extra.show()
    qtbot.wait(20)
    assert not row.one_row
    assert extra.geometry().top() > first.geometry().top()
    assert extra.width() >= extra.minimumSizeHint().width()
    assert host.isVisible()
