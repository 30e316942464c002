"""Icons from resources/icons, drawn in the palette's text colour so they suit light and dark themes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from collab_desktop.resources_path import resource

_SIZES = (16, 24, 32, 48)


def _render(svg: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)


@cache
def _icon(name: str, colour: str, disabled: str) -> QIcon:
    text = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(
            _render(text.replace("currentColor", colour).encode(), size), QIcon.Mode.Normal
        )
        result.addPixmap(
            _render(text.replace("currentColor", disabled).encode(), size), QIcon.Mode.Disabled
        )
    return result


def icon(name: str) -> QIcon:
    """The named icon (e.g. "contact") coloured for the current palette."""
    palette = QGuiApplication.palette()
    colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _icon(name, colour, disabled)


@cache
def app_icon() -> QIcon:
    """The application's own icon."""
    data = resource("app-icon.svg").read_bytes()
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(_render(data, size))
    return result
