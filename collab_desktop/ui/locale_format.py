"""Dates and numbers as the chosen language's locale writes them (QLocale's default, set when
the language is installed): what the window shows, never what files or the database hold."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


@cache
def display_locale() -> QLocale:
    """The default locale; the neutral "C" locale (tests, bare systems) reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale("en_US")
    return locale


def forget_display_locale() -> None:
    """Call after QLocale.setDefault: the next texts follow the new default."""
    display_locale.cache_clear()


def number(value: int | float) -> str:
    """A number with the locale's group and decimal separators (1,234 / 1.234)."""
    return display_locale().toString(value)


def short_date(value: date) -> str:
    """A date in the locale's short format (12/31/24, 31/12/24)."""
    return display_locale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def month_year(value: date) -> str:
    """A month and year, abbreviated (Jan 2024, ene 2024)."""
    return display_locale().toString(QDate(value.year, value.month, value.day), "MMM yyyy")


def short_time(value: time | datetime) -> str:
    """A time of day in the locale's short format (9:30 AM, 9:30)."""
    return display_locale().toString(
        QTime(value.hour, value.minute, value.second), QLocale.FormatType.ShortFormat
    )


def short_date_time(value: datetime) -> str:
    """A date and time in the locale's short formats."""
    moment = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return display_locale().toString(moment, QLocale.FormatType.ShortFormat)


def weekday_short(value: date) -> str:
    """The day of the week, abbreviated (Wed, mié.)."""
    return display_locale().toString(QDate(value.year, value.month, value.day), "ddd")
