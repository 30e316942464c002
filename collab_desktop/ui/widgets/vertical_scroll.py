"""A scroll area that scrolls up and down only: never sideways, however large the font."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """Scrolls vertically; asks its splitter or layout for the width its contents need.

    A plain scroll area can be made as narrow as its frame, and then scrolls sideways: with a
    large font the form beside the Sessions calendar did, fields and buttons out of sight.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the contents' own minimum, with room for the vertical scroll bar."""
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        frame = 2 * self.frameWidth()
        width = inner.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width + frame), hint.height())
