"""A row of controls that becomes two rows when it has less room than one row needs."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class WrappingRow(QWidget):
    """Two groups of controls: side by side (the second at the right), or the second below.

    The controls keep their order, so Tab visits them the same way in either arrangement.
    """

    def __init__(
        self, first: list[QWidget], second: list[QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._groups = (first, second)
        self._rows = (QHBoxLayout(), QHBoxLayout())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in self._rows:
            row.setContentsMargins(0, 0, 0, 0)
            layout.addLayout(row)
        self._one_row: bool | None = None
        self._arrange(one_row=True)

    @property
    def one_row(self) -> bool:
        """True while both groups share one row."""
        return bool(self._one_row)

    def _group_width(self, group: list[QWidget]) -> int:
        shown = [w for w in group if not w.isHidden()]
        spacing = max(self._rows[0].spacing(), 0)
        return sum(w.minimumSizeHint().width() for w in shown) + spacing * max(len(shown) - 1, 0)

    def one_row_width(self) -> int:
        """The width both groups need side by side."""
        spacing = max(self._rows[0].spacing(), 0)
        return sum(self._group_width(g) for g in self._groups) + 2 * spacing

    def _arrange(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for row in self._rows:
            while row.count():
                row.takeAt(0)  # the widgets stay, only their places change
        first, second = self._groups
        for widget in first:
            self._rows[0].addWidget(widget)
        self._rows[0].addStretch(1)
        target = self._rows[0] if one_row else self._rows[1]
        for widget in second:
            target.addWidget(widget)
        if not one_row:
            self._rows[1].addStretch(1)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the wider group alone; as high as the rows now shown."""
        width = max(self._group_width(g) for g in self._groups)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange(event.size().width() >= self.one_row_width())
        super().resizeEvent(event)
