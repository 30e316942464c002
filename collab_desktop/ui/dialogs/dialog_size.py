"""How large a dialog opens: as large as its content asks, within the screen it opens on.

Sizes come from the content (and so follow the font, the language and the screen's scale); the
screen's room keeps a large font on a small laptop from pushing buttons off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def screen_room(widget: QWidget) -> QSize:
    """The room a window has on the screen it opens on (its parent's, else the primary one),
    less a line or two for the window's frame and title bar."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size()
    line = widget.fontMetrics().height()
    return QSize(max(room.width() - 2 * line, 0), max(room.height() - 3 * line, 0))


def open_at(widget: QWidget, wanted: QSize) -> None:
    """Resize widget to wanted, kept within the screen's room, never below its layout's needs."""
    widget.resize(wanted.boundedTo(screen_room(widget)).expandedTo(widget.minimumSizeHint()))
