"""A row of controls that takes more rows when it has less room than one row needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class WrappingRow(QWidget):
    """Groups of controls: all on one row (the last at the right, unless ``last_at_right`` is
    False), or as many rows as the width needs, each group kept whole and the rows filled in order.

    The controls keep their order, so Tab visits them the same way in any arrangement.
    """

    def __init__(
        self, *groups: list[QWidget], last_at_right: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._last_at_right = last_at_right
        self._groups: list[list[QWidget]] = [list(g) for g in groups]
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows: list[QHBoxLayout] = []
        # The groups that start a row, after the first row (None before the first arrangement).
        self._breaks: tuple[int, ...] | None = None
        self._width = 0  # as last resized (0 before)
        for group in self._groups:
            for widget in group:
                widget.installEventFilter(self)
        self._arrange(self.one_row_width())

    @property
    def one_row(self) -> bool:
        """True while all the groups share one row."""
        return not self._breaks

    def add_group(self, group: list[QWidget]) -> None:
        """Add a group after the others (e.g. a button a list's owner adds)."""
        self._groups.append(list(group))
        for widget in group:
            widget.installEventFilter(self)
        self._breaks = None
        self._arrange(self._width or self.one_row_width())

    def _spacing(self) -> int:
        return max(self._layout.spacing(), 0)

    def _group_width(self, group: list[QWidget]) -> int:
        shown = [w for w in group if not w.isHidden()]
        spacing = self._spacing()
        return sum(w.minimumSizeHint().width() for w in shown) + spacing * max(len(shown) - 1, 0)

    def one_row_width(self) -> int:
        """The width all the groups need side by side."""
        widths = [self._group_width(g) for g in self._groups if any(not w.isHidden() for w in g)]
        # Groups are a spacing apart, and the stretch before the last takes one more.
        return sum(widths) + self._spacing() * len(widths)

    def _breaks_for(self, width: int) -> tuple[int, ...]:
        """Where rows start when width is all there is (none when everything fits on one)."""
        if width >= self.one_row_width():
            return ()
        breaks, used = [], 0
        for index, group in enumerate(self._groups):
            need = self._group_width(group)
            if not need:
                continue  # all hidden
            if used and used + self._spacing() + need > width:
                breaks.append(index)
                used = 0
            used += (self._spacing() if used else 0) + need
        return tuple(breaks)

    def _arrange(self, width: int) -> None:
        breaks = self._breaks_for(width)
        if breaks == self._breaks:
            return
        self._breaks = breaks
        for row in self._rows:
            while row.count():
                row.takeAt(0)  # the widgets stay, only their places change
            self._layout.removeItem(row)
            row.deleteLater()
        starts = [0, *breaks, len(self._groups)]
        self._rows = []
        for first, end in zip(starts, starts[1:], strict=False):
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(self._layout.spacing())
            for index in range(first, end):
                if self._last_at_right and not breaks and index == end - 1 and end - first > 1:
                    row.addStretch(1)  # on one row, the last group keeps to the right
                for widget in self._groups[index]:
                    row.addWidget(widget)
            if breaks or end - first == 1 or not self._last_at_right:
                row.addStretch(1)
            self._layout.addLayout(row)
            self._rows.append(row)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest group alone; as high as the rows now shown."""
        width = max((self._group_width(g) for g in self._groups), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._width = event.size().width()
        self._arrange(self._width)
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """A control shown or hidden (a checkbox only some records have) changes the rows."""
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self._arrange(self._width or self.one_row_width())
        return super().eventFilter(watched, event)
