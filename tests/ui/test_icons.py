"""Icons are drawn from their SVGs on demand, in the palette's colours, sharp at any scale."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette

from collab_desktop.ui.icons import icon


def _colours(image: QImage) -> set[str]:
    """The colours of the opaque pixels."""
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                found.add(pixel.name())
    return found


def test_icons_take_the_palette_text_colour_and_a_disabled_one(qapp) -> None:  # noqa: ANN001
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    dimmed = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    add = icon("add")
    normal = add.pixmap(QSize(24, 24)).toImage()
    disabled = add.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert normal.size() == QSize(24, 24)
    assert _colours(normal) == {QColor(text).name()}
    assert _colours(disabled) == {QColor(dimmed).name()}


def test_icons_are_drawn_at_device_pixels_on_high_dpi_screens(qapp) -> None:  # noqa: ANN001
    pixmap = icon("contact").pixmap(QSize(16, 16), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.size() == QSize(32, 32)  # drawn at 32 px, not 16 px scaled up
    assert _colours(pixmap.toImage())
