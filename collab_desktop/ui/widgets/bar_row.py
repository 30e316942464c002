"""The inside of a bar across a window or a form: a wrapped message, its buttons at the right, and
the buttons on a row of their own under the message when beside it the message would be squeezed
into a narrow column (a narrow window, a large font, a long translation)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

# Characters of the message's line, at the least, beside the buttons; fewer and they go below.
READABLE_CHARACTERS = 32


class BarRow(QWidget):
    """A message label and buttons, side by side or in two rows; Tab order stays the same."""

    def __init__(self, message: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        message.setWordWrap(True)
        message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.buttons: list[QPushButton] = []
        self._top, self._below = QHBoxLayout(), QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row in (self._top, self._below):
            row.setContentsMargins(0, 0, 0, 0)
            layout.addLayout(row)
        self._top.addWidget(message, 1)
        self._below.addStretch(1)
        self._one_row = True

    @property
    def one_row(self) -> bool:
        """True while the buttons are beside the message."""
        return self._one_row

    def add_button(self, button: QPushButton) -> QPushButton:
        """Put button after the others, vertically centred beside the message."""
        self.buttons.append(button)
        row = self._top if self._one_row else self._below
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.updateGeometry()
        return button

    def buttons_width(self) -> int:
        """The width the shown buttons take side by side."""
        shown = [b for b in self.buttons if not b.isHidden()]
        spacing = max(self._top.spacing(), 0)
        return sum(b.sizeHint().width() for b in shown) + spacing * max(len(shown) - 1, 0)

    def one_row_width(self) -> int:
        """The narrowest width at which the buttons stay beside the message."""
        readable = self.message.fontMetrics().averageCharWidth() * READABLE_CHARACTERS
        return readable + max(self._top.spacing(), 0) + self.buttons_width()

    def _arrange(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for button in self.buttons:
            (self._below if one_row else self._top).removeWidget(button)
        target = self._top if one_row else self._below
        for button in self.buttons:
            target.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the buttons alone (on their row); as high as the rows now shown."""
        return QSize(self.buttons_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange(event.size().width() >= self.one_row_width())
        super().resizeEvent(event)
