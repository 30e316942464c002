"""Words, dates and numbers the core writes, in English as before and in Spanish when chosen."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from spanish import in_spanish

from collab_desktop.domain import vocab
from collab_desktop.domain.document_records import date_range_text, format_day, format_hours
from collab_desktop.domain.locale_format import percent, weekday_date, whole_number
from collab_desktop.domain.record_words import count_text
from collab_desktop.domain.recurrence import describe_rrule
from collab_desktop.domain.report_labels import rate_text

NY = ZoneInfo("America/New_York")
SPANISH = {
    ("RecordWords", "1 contact"): "1 contacto",
    ("RecordWords", "%n contacts"): ["%n contacto", "%n contactos"],
    ("Vocabulary", "patient"): "paciente",
    ("Vocabulary", "Learning seminar"): "Seminario de aprendizaje",
    ("Recurrence", "Every month"): "Cada mes",
    ("Recurrence", " on the {ordinal} {weekday}"): " el {ordinal} {weekday}",
    ("Recurrence", "2nd"): "segundo",
    ("Recurrence", "Tuesday"): "martes",
    ("Recurrence", " at {time}"): " a las {time}",
    ("Recurrence", ", %n times"): [", %n vez", ", %n veces"],
    ("Recurrence", " on the {day}"): " el día {day}",
}


def test_english_stays_as_it_was() -> None:
    assert format_day(date(2026, 12, 3)) == "3 December 2026"
    assert date_range_text(date(2026, 3, 3), date(2026, 3, 24)) == "3\u201324 March 2026"
    assert weekday_date(date(2026, 12, 3)) == "Thursday 3 December 2026"
    assert format_hours(1.5) == "1.5" and whole_number(12345) == "12,345"
    assert rate_text(0.456) == "46%" and count_text("contacts", 1) == "1 contact"
    assert vocab.vocabulary_label("patient") == "patient"
    start = datetime(2026, 1, 13, 12, tzinfo=NY)
    assert describe_rrule("FREQ=MONTHLY;BYDAY=2TU;COUNT=12", start) == (
        "Every month on the 2nd Tuesday at 12:00, 12 times"
    )
    assert describe_rrule("FREQ=MONTHLY;BYMONTHDAY=13", start).startswith("Every month on the 13th")


def test_spanish_dates_numbers_and_words() -> None:
    start = datetime(2026, 1, 13, 12, tzinfo=NY)
    with in_spanish(SPANISH):
        assert format_day(date(2026, 12, 3)) == "3 de diciembre de 2026"
        assert weekday_date(date(2026, 12, 3)) == "jueves, 3 de diciembre de 2026"
        assert date_range_text(date(2026, 3, 3), date(2026, 3, 24)) == "3–24 de marzo de 2026"
        assert format_hours(1.5) == "1,5" and format_hours(2.0) == "2"
        assert whole_number(12345) == "12.345" and percent(0.5) == "50\u00a0%"
        assert count_text("contacts", 1) == "1 contacto"
        assert count_text("contacts", 3) == "3 contactos"
        assert vocab.vocabulary_label("patient") == "paciente"
        assert vocab.vocabulary_label("my own type") == "my own type"  # typed by users: as typed
        assert vocab.session_kind_label("learning seminar") == "Seminario de aprendizaje"
        assert describe_rrule("FREQ=MONTHLY;BYDAY=2TU;COUNT=12", start) == (
            "Cada mes el segundo martes a las 12:00, 12 veces"
        )
        assert describe_rrule("FREQ=MONTHLY;BYMONTHDAY=13", start).startswith("Cada mes el día 13")


def test_every_built_in_value_is_marked_for_translation() -> None:
    values = (
        *vocab.COLLABORATIVE_KINDS, *vocab.COLLABORATIVE_FOCUSES, *vocab.COLLABORATIVE_STATUSES,
        *vocab.PARTICIPANT_TYPES, *vocab.MEMBERSHIP_ROLES, *vocab.SESSION_KINDS,
        *vocab.REGISTRATION_STATUSES, vocab.NOT_YET_MARKED,
    )  # fmt: skip
    assert set(values) <= vocab.BUILT_IN_WORDS
