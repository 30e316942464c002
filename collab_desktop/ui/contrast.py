"""WCAG 2.x contrast: relative luminance, contrast ratios, and the text colour that reads best."""

from __future__ import annotations

BLACK = "#000000"
WHITE = "#FFFFFF"
# WCAG 2.x level AA: normal text, and large text or the parts of controls.
AA_TEXT = 4.5
AA_LARGE = 3.0


def rgb(colour: str) -> tuple[int, int, int]:
    """'#RRGGBB' (or 'RRGGBB', or '#RGB') as three 0-255 integers."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def best_text_on(background: str) -> str:
    """Black or white, whichever has the higher contrast on the background."""
    if contrast_ratio(BLACK, background) >= contrast_ratio(WHITE, background):
        return BLACK
    return WHITE


def mix(a: str, b: str, share_of_a: float) -> str:
    """The colour share_of_a of the way from b to a, as '#RRGGBB'."""
    ra, rb = rgb(a), rgb(b)
    parts = (round(x * share_of_a + y * (1 - share_of_a)) for x, y in zip(ra, rb, strict=True))
    return "#" + "".join(f"{p:02X}" for p in parts)


def readable_on(colour: str, backgrounds: list[str], minimum: float = AA_TEXT) -> str:
    """The colour, darkened or lightened just enough to reach the minimum on every background.

    Keeps the hue the designer chose (a red error stays red) and moves it toward black on
    light backgrounds or toward white on dark ones.
    """
    if all(contrast_ratio(colour, b) >= minimum for b in backgrounds):
        return colour.upper()
    darkest = min(backgrounds, key=relative_luminance)
    lightest = max(backgrounds, key=relative_luminance)
    toward = BLACK if relative_luminance(lightest) > 0.18 else WHITE
    candidate = colour
    for step in range(1, 21):
        candidate = mix(toward, colour, step / 20)
        if all(contrast_ratio(candidate, b) >= minimum for b in (darkest, lightest)):
            return candidate
    return candidate
