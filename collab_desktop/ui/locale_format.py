"""Dates and numbers as the chosen language's locale writes them (QLocale's default, set when
the language is installed): what the window shows, never what files or the database hold."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from collab_desktop.domain.translation import translate


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


# --- the compact and long patterns the widgets show -------------------------------------
# Month and day names come from QLocale, so they follow the language. The compact patterns keep
# the order the English screens always had ("04 Nov 2026", "Wed 04 Nov"), which reads as well in
# Spanish ("04 nov 2026"); the long ones are translated patterns (QDate format), since a language
# words a full date its own way ("Tuesday 08 December 2026", "martes 8 de diciembre de 2026").
# Times stay on the 24-hour clock in every language.


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pattern(source: str, translated: str) -> str:
    """The translated QDate pattern, or the source when the translation is no date pattern (the
    pseudo-locale accents every letter, and "ďď ММММ ÿÿÿÿ" would be printed as it stands)."""
    return translated if "yyyy" in translated else source


def day_text(day: date) -> str:
    """'04 Nov 2026': a day in a table, a card or a sentence."""
    return QLocale().toString(_qdate(day), "dd MMM yyyy")


def time_text(moment: datetime) -> str:
    """'09:30': a time of day, 24-hour."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def day_time_text(moment: datetime) -> str:
    """'04 Nov 2026 09:30'."""
    return f"{day_text(moment.date())} {time_text(moment)}"


def weekday_day_text(day: date) -> str:
    """'Wed 04 Nov': a day in a list that covers a few weeks."""
    return QLocale().toString(_qdate(day), "ddd dd MMM")


def long_day_text(day: date) -> str:
    """'Wednesday 04 November 2026' ('miércoles 4 de noviembre de 2026')."""
    pattern = translate("LocaleFormat", "dddd dd MMMM yyyy", "QDate format: weekday and date")
    return QLocale().toString(_qdate(day), _pattern("dddd dd MMMM yyyy", pattern))


def date_text(day: date) -> str:
    """'04 November 2026' ('4 de noviembre de 2026')."""
    pattern = translate("LocaleFormat", "dd MMMM yyyy", "QDate format: date")
    return QLocale().toString(_qdate(day), _pattern("dd MMMM yyyy", pattern))


def month_text(day: date) -> str:
    """'November 2026' ('noviembre de 2026'): the month a day falls in."""
    pattern = translate("LocaleFormat", "MMMM yyyy", "QDate format: month and year")
    return QLocale().toString(_qdate(day), _pattern("MMMM yyyy", pattern))


def short_month_text(day: date) -> str:
    """'Nov 2026': a month on a chart's time axis."""
    return QLocale().toString(_qdate(day), "MMM yyyy")


def number_text(value: int) -> str:
    """A count with the locale's digit grouping ('1,234'; '1.234' in Spanish)."""
    return QLocale().toString(value)


def percent_text(share: float | None) -> str:
    """A share as a whole percentage ('25%'; '25 %' in Spanish), or a dash when undefined."""
    if share is None:
        return "—"
    return translate("LocaleFormat", "{value}%").format(
        value=QLocale().toString(round(share * 100))
    )
