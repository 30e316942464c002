"""Dates and numbers written as the chosen language writes them (sheets, reports, PDFs, messages).

English keeps the app's own forms ("Tuesday 13 January 2026", "1,234", "1.5"); any other language
takes Babel's (CLDR) forms for it: "martes, 13 de enero de 2026", "1.234", "1,5". A language Babel
does not know (a pseudo-locale) is written as English.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from collab_desktop.domain.translation import language


@lru_cache(maxsize=8)
def _babel_locale(code: str):  # noqa: ANN202 - babel.Locale or None
    """Babel's locale for a language code; None for English and for codes Babel does not know."""
    if code.split("_")[0] == "en":
        return None
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None


def _locale():  # noqa: ANN202 - babel.Locale or None
    return _babel_locale(language())


def long_date(day: date) -> str:
    """'3 December 2026' / '3 de diciembre de 2026'."""
    loc = _locale()
    if loc is None:
        return f"{day.day} {day:%B %Y}"
    from babel.dates import format_date

    return format_date(day, format="long", locale=loc)


def weekday_date(day: date) -> str:
    """'Thursday 3 December 2026' / 'jueves, 3 de diciembre de 2026'."""
    loc = _locale()
    if loc is None:
        return f"{day:%A} {day.day} {day:%B %Y}"
    from babel.dates import format_date

    return format_date(day, format="full", locale=loc)


def month_year(day: date) -> str:
    """'December 2026' / 'diciembre de 2026'."""
    loc = _locale()
    if loc is None:
        return f"{day:%B %Y}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", day, locale=loc)


def short_month_year(day: date) -> str:
    """'Dec 2026' / 'dic 2026' (chart axes)."""
    loc = _locale()
    if loc is None:
        return f"{day:%b %Y}"
    from babel.dates import format_skeleton

    return format_skeleton("yMMM", day, locale=loc)


def short_date(day: date) -> str:
    """'03 Dec 26' / '3 dic 26' (chart axes)."""
    loc = _locale()
    if loc is None:
        return f"{day:%d %b %y}"
    from babel.dates import format_skeleton

    return format_skeleton("yyMMMd", day, locale=loc)


def date_range(first: date, last: date) -> str:
    """One day, or a range written once where the parts agree: '3–24 March 2026'."""
    loc = _locale()
    if loc is None:
        if first == last:
            return long_date(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}\u2013{last.day} {last:%B %Y}"
        if first.year == last.year:
            return f"{first.day} {first:%B} \u2013 {long_date(last)}"
        return f"{long_date(first)} \u2013 {long_date(last)}"
    if first == last:
        return long_date(first)
    from babel.dates import format_interval

    # CLDR sets the dash between thin spaces, which not every embedded font has; plain spaces
    # read the same and match the English form.
    return format_interval(first, last, skeleton="yMMMMd", locale=loc).replace("\u2009", " ")


def clock_time(moment: datetime | time) -> str:
    """'13:05': the 24-hour clock the app writes in every language."""
    return f"{moment:%H:%M}"


def whole_number(n: int) -> str:
    """'1,234' / '1.234'."""
    loc = _locale()
    if loc is None:
        return f"{n:,}"
    from babel.numbers import format_decimal

    return format_decimal(n, locale=loc)


def decimal_number(x: float, places: int = 2) -> str:
    """Up to places decimals, trailing zeros dropped: '1.5' / '1,5'; '2' for 2.0."""
    loc = _locale()
    text = f"{x:.{places}f}".rstrip("0").rstrip(".") or "0"
    if loc is None:
        return text
    from babel.numbers import format_decimal

    return format_decimal(float(text), format=f"#,##0.{'#' * places}", locale=loc)


def percent(rate: float) -> str:
    """A rate as a whole percentage: '45%' / '45 %'."""
    loc = _locale()
    if loc is None:
        return f"{rate:.0%}"
    from babel.numbers import format_percent

    return format_percent(rate, locale=loc)
