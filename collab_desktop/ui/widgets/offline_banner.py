"""The bar across the top of the window while it shows the offline copy instead of the server."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from collab_desktop.domain.translation import translate
from collab_desktop.ui.widgets.bar_row import BarRow


def banner_style(object_name: str) -> str:
    """The window bars' look for the widget named object_name.

    Dark text on pale amber: 12.6:1, readable in light and dark palettes alike.
    """
    return (
        f"#{object_name} {{ background: #FFF3CD; border-bottom: 1px solid #B98900; }}"
        f"#{object_name} QLabel {{ color: #1F1A00; }}"
    )


_STYLE = banner_style("OfflineBanner")


class OfflineBanner(QWidget):
    """Says the data is a read-only copy, of what and how old, and offers Reconnect."""

    reconnect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OfflineBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(translate("OfflineBanner", "Offline copy notice"))
        self.message = QLabel()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reconnect = QPushButton(translate("OfflineBanner", "&Reconnect"))
        self.reconnect.setAccessibleName(
            translate("OfflineBanner", "Reconnect to the team database")
        )
        self.reconnect.setToolTip(
            translate("OfflineBanner", "Try the team database again and show its data (Ctrl+F5)")
        )
        self.reconnect.clicked.connect(self.reconnect_requested)
        self.row = BarRow(self.message)
        self.row.add_button(self.reconnect)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.row)

    def show_text(self, text: str) -> None:
        """Put text in the bar and keep screen readers told of it."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.setAccessibleDescription(text)
