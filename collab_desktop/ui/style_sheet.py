"""The app's style sheet, with its colours worked out for the palette in use.

resources/style.qss names its colours (@error, @warning, @hint, @focus, @frame) and the form
title's size (@title_size, from the app's font); they are filled in here so text keeps a WCAG AA contrast (7:1 when the system asks for more contrast) on the
light or dark palette, and refilled when the system's colour scheme or contrast changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from collab_desktop.ui.contrast import AA_LARGE, AA_TEXT, mix, readable_on

# The hues the app uses; readable_on moves them just enough for the palette.
ERROR = "#D32F2F"
WARNING = "#E65100"
AAA_TEXT = 7.0


def high_contrast_wanted() -> bool:
    """True when the system asks for more contrast (Qt 6.10+ exposes it on its style hints)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


def style_colours(palette: QPalette, high_contrast: bool = False) -> dict[str, str]:
    """The named colours of the style sheet for this palette."""
    window = palette.color(QPalette.ColorRole.Window).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    grounds = [window, base]
    minimum = AAA_TEXT if high_contrast else AA_TEXT
    return {
        "error": readable_on(ERROR, grounds, minimum),
        "warning": readable_on(WARNING, grounds, minimum),
        # Hints are quieter than text, never below the minimum (Qt's placeholder is 50% alpha).
        "hint": readable_on(mix(text, window, 0.62), grounds, minimum),
        # A focus frame is a part of a control: 3:1 (WCAG 1.4.11), 4.5:1 for more contrast.
        "focus": readable_on(
            palette.color(QPalette.ColorRole.Highlight).name(),
            grounds,
            AA_TEXT if high_contrast else AA_LARGE,
        ),
        "frame": readable_on(mix(text, window, 0.3), grounds, AA_LARGE),
    }


def fill_style_sheet(template: str, colours: dict[str, str]) -> str:
    """The template with each @name replaced by its colour (longest names first)."""
    for name in sorted(colours, key=len, reverse=True):
        template = template.replace(f"@{name}", colours[name])
    return template


def title_size(base_points: float) -> str:
    """A form title's size: 1.6 times the text, so it grows with a large font."""
    return f"{max(base_points * 1.6, 12.0):.1f}pt"


def style_sheet_for(palette: QPalette, high_contrast: bool = False, template: str = "") -> str:
    """The app's style sheet (or the given template) for this palette and the app's font."""
    if not template:
        from collab_desktop.resources_path import resource

        template = resource("style.qss").read_text(encoding="utf-8")
    values = style_colours(palette, high_contrast)
    values["title_size"] = title_size(QGuiApplication.font().pointSizeF())
    return fill_style_sheet(template, values)


def apply_style_sheet(app: QApplication) -> None:
    """Set the style sheet now, and again whenever the colour scheme or contrast changes."""

    def refresh(*_args: object) -> None:
        app.setStyleSheet(style_sheet_for(app.palette(), high_contrast_wanted()))

    refresh()
    if not app.property("collab_style_watch"):
        app.setProperty("collab_style_watch", True)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(refresh)
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(refresh)


def current_colours() -> dict[str, str]:
    """The style sheet's colours for the running app's palette (for colours set in code)."""
    app = QGuiApplication.instance()
    palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return style_colours(palette, high_contrast_wanted())
