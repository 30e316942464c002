"""A bar across the window with a message and a few buttons (the server-away bar, the offer of
kept work), in the offline banner's look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from collab_desktop.ui.widgets.bar_row import BarRow
from collab_desktop.ui.widgets.offline_banner import banner_style


class NoticeBar(QWidget):
    """A wrapped, selectable message on the left, its buttons on the right (or under it when
    the bar is narrow)."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(banner_style(object_name))
        self.setAccessibleName(accessible_name)
        self.message = QLabel()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row = BarRow(self.message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.row)

    def add_button(self, text: str, accessible_name: str, tip: str) -> QPushButton:
        """A button at the bar's right end, in the order added."""
        button = QPushButton(text)
        button.setAccessibleName(accessible_name)
        button.setToolTip(tip)
        return self.row.add_button(button)

    def show_text(self, text: str) -> None:
        """Put text in the bar and keep screen readers told of it."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.setAccessibleDescription(text)
