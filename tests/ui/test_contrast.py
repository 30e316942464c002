"""WCAG contrast of the app's text: the style sheet in light, dark and high-contrast palettes,
and the calendar's chip text on every collaborative colour."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from collab_desktop.domain.records import SessionRecord
from collab_desktop.resources_path import resource
from collab_desktop.ui.contrast import (
    AA_LARGE,
    AA_TEXT,
    best_text_on,
    contrast_ratio,
    readable_on,
)
from collab_desktop.ui.style_sheet import style_sheet_for
from collab_desktop.ui.widgets.session_calendar import SessionCalendar, text_colour_on


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def dark_palette() -> QPalette:
    """A dark palette like the desktops' dark themes (window #2B2B2B, text #F0F0F0)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2B2B2B"),
        (roles.WindowText, "#F0F0F0"),
        (roles.Base, "#1E1E1E"),
        (roles.AlternateBase, "#323232"),
        (roles.Text, "#F0F0F0"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#F0F0F0"),
        (roles.Highlight, "#2A82DA"),
        (roles.HighlightedText, "#FFFFFF"),
        (roles.PlaceholderText, "#8A8A8A"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


# This tree's style sheet (an editable install may point collab_desktop.resources elsewhere).
TEMPLATE = (Path(__file__).resolve().parents[2] / "resources" / "style.qss").read_text("utf-8")
PALETTES = {"light": light_palette, "dark": dark_palette}
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for each rule of a style sheet, comments dropped."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    found = []
    for selector, body in RULE.findall(sheet):
        props = dict(
            (k.strip(), v.strip())
            for k, v in (p.split(":", 1) for p in body.split(";") if ":" in p)
        )
        found.append((selector.strip(), props))
    return found


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#123456", "#123456") == pytest.approx(1.0)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("kind", sorted(PALETTES))
def test_style_sheet_text_reads_on_its_palette(qapp, kind: str, high_contrast: bool) -> None:  # noqa: ANN001
    palette = PALETTES[kind]()
    sheet = style_sheet_for(palette, high_contrast, TEMPLATE)
    assert "@" not in sheet  # every named colour filled in
    assert "placeholder-text" not in sheet  # Qt's placeholder is half-transparent text
    grounds = [
        palette.color(r).name() for r in (QPalette.ColorRole.Window, QPalette.ColorRole.Base)
    ]
    minimum = 7.0 if high_contrast else AA_TEXT
    checked = 0
    for selector, props in rules(sheet):
        colour = props.get("color", "")
        if colour.startswith("#"):
            for ground in grounds:
                ratio = contrast_ratio(colour, ground)
                assert ratio >= minimum, f"{selector}: {colour} on {ground} is {ratio:.2f}:1"
            checked += 1
        if ":focus" in selector:
            focus = props["border"].split()[-1]
            assert contrast_ratio(focus, grounds[0]) >= (AA_TEXT if high_contrast else AA_LARGE)
            checked += 1
    assert checked >= 4  # errors, warnings, hints, the focus frame


def test_style_sheet_has_a_focus_rule() -> None:
    assert any(":focus" in selector for selector, _props in rules(TEMPLATE))


def collaborative_colours() -> list[str]:
    """Every colour the app gives collaboratives: first-run data and the colour chooser's default."""
    data = json.loads(resource("first_run.json").read_text(encoding="utf-8"))
    found = set(re.findall(r'"colour":\s*"(#[0-9A-Fa-f]{6})"', json.dumps(data)))
    found |= {"#1565C0", "#607D8B"}  # a new collaborative's colour; a chip with none
    return sorted(found)


def test_calendar_chip_text_reads_on_every_collaborative_colour() -> None:
    colours = collaborative_colours()
    assert len(colours) >= 4
    for colour in colours:
        for shade in (QColor(colour), QColor(colour).lighter(170)):  # cancelled chips are lighter
            text = text_colour_on(shade).name()
            assert contrast_ratio(text, shade.name()) >= AA_TEXT, (shade.name(), text)


def test_black_or_white_always_reaches_aa_on_any_colour() -> None:
    # Over a grid of the whole colour cube, the better of black and white reaches 4.5:1.
    steps = range(0, 256, 15)
    worst = min(
        contrast_ratio(best_text_on(c), c)
        for c in (f"#{r:02X}{g:02X}{b:02X}" for r in steps for g in steps for b in steps)
    )
    assert worst >= AA_TEXT


def test_readable_on_keeps_the_hue_and_reaches_the_minimum() -> None:
    # #E65100 (orange) is 3.8:1 on white: darkened; on a dark window it is lightened.
    assert contrast_ratio("#E65100", "#FFFFFF") < AA_TEXT
    on_light = readable_on("#E65100", ["#FFFFFF", "#EFEFEF"])
    on_dark = readable_on("#E65100", ["#1E1E1E", "#2B2B2B"])
    assert min(contrast_ratio(on_light, g) for g in ("#FFFFFF", "#EFEFEF")) >= AA_TEXT
    assert min(contrast_ratio(on_dark, g) for g in ("#1E1E1E", "#2B2B2B")) >= AA_TEXT
    assert QColor(on_light).hue() == pytest.approx(QColor("#E65100").hue(), abs=3)
    assert readable_on("#000000", ["#FFFFFF"]) == "#000000"  # already fine: unchanged


def test_calendar_says_a_status_in_words_not_colour_alone(qtbot) -> None:  # noqa: ANN001
    calendar = SessionCalendar()
    qtbot.addWidget(calendar)
    start = datetime(2026, 12, 8, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    sessions = [
        SessionRecord(id=1, title="Huddle", start=start, end=start + timedelta(hours=1),
                      collaborative_name="Quality", colour="#AD1457", cancelled=True),
        SessionRecord(id=2, title="Seminar", start=start + timedelta(hours=3),
                      end=start + timedelta(hours=4), collaborative_name="Quality"),
    ]  # fmt: skip
    calendar.set_sessions(sessions)
    calendar.go_to(start.date())
    description = calendar.accessibleDescription()
    assert description.startswith("Tuesday 08 December 2026: 2 sessions.")
    assert "Huddle (Quality) · cancelled" in description
    assert "Seminar (Quality)" in description
