"""Icons from resources/icons, drawn in the palette's text colour so they suit light and dark themes.

Each icon is drawn from its SVG only when Qt first asks for a size, so start-up pays for the
icons on screen at the sizes shown, not for every icon at every size.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from collab_desktop.resources_path import resource


def _render(svg: bytes, width: int, height: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return QPixmap.fromImage(image)


class SvgIconEngine(QIconEngine):
    """Draws an SVG at whatever size is asked for, in a normal and a disabled colour; keeps each."""

    def __init__(self, normal: bytes, disabled: bytes) -> None:
        super().__init__()
        self._svg = {QIcon.Mode.Disabled: disabled}
        self._normal = normal
        self._cache: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def _svg_for(self, mode: QIcon.Mode) -> bytes:
        return self._svg.get(mode, self._normal)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:  # noqa: ARG002
        if mode != QIcon.Mode.Disabled:
            mode = QIcon.Mode.Normal  # active and selected look the same as normal
        key = (size.width(), size.height(), mode)
        if key not in self._cache:
            self._cache[key] = _render(self._svg_for(mode), size.width(), size.height())
        return self._cache[key]

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Sharp on high-DPI screens: drawn at the device's pixels, not scaled up."""
        pixmap = QPixmap(self.pixmap(size * scale, mode, state))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.pixmap(rect.size() * ratio, mode, state))

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._normal, self._svg[QIcon.Mode.Disabled])


@cache
def _icon(name: str, colour: str, disabled: str) -> QIcon:
    text = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    return QIcon(
        SvgIconEngine(
            text.replace("currentColor", colour).encode(),
            text.replace("currentColor", disabled).encode(),
        )
    )


def icon(name: str) -> QIcon:
    """The named icon (e.g. "contact") coloured for the current palette."""
    palette = QGuiApplication.palette()
    colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _icon(name, colour, disabled)


@cache
def app_icon() -> QIcon:
    """The application's own icon (fixed sizes: window managers and task bars pick from them)."""
    data = resource("app-icon.svg").read_bytes()
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        result.addPixmap(_render(data, size, size))
    return result
