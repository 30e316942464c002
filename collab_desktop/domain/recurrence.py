"""Recurrence rules: RFC 5545 RRULE text from an Outlook-like choice, its description, expansion.

Occurrences are computed with dateutil's rrule on an aware start in a named IANA zone, so each
occurrence keeps the same wall-clock time across daylight-saving changes (noon stays noon).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, language, translate

FREQUENCIES = ("daily", "weekly", "monthly", "yearly")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# English names, shown through translate("Recurrence", name).
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Recurrence", "Monday"),
    QT_TRANSLATE_NOOP("Recurrence", "Tuesday"),
    QT_TRANSLATE_NOOP("Recurrence", "Wednesday"),
    QT_TRANSLATE_NOOP("Recurrence", "Thursday"),
    QT_TRANSLATE_NOOP("Recurrence", "Friday"),
    QT_TRANSLATE_NOOP("Recurrence", "Saturday"),
    QT_TRANSLATE_NOOP("Recurrence", "Sunday"),
)
ORDINALS = {
    1: QT_TRANSLATE_NOOP("Recurrence", "1st"),
    2: QT_TRANSLATE_NOOP("Recurrence", "2nd"),
    3: QT_TRANSLATE_NOOP("Recurrence", "3rd"),
    4: QT_TRANSLATE_NOOP("Recurrence", "4th"),
    5: QT_TRANSLATE_NOOP("Recurrence", "5th"),
    -1: QT_TRANSLATE_NOOP("Recurrence", "last"),
}
# An open-ended rule is materialized this far ahead of its first occurrence.
OPEN_ENDED_HORIZON = timedelta(days=2 * 366)
MAX_OCCURRENCES = 500


class RecurrenceError(ValueError):
    """A rule that cannot be used; the message is meant for the user."""


@dataclass(slots=True)
class RecurrenceChoice:
    """What a user picks in an Outlook-style recurrence dialog."""

    frequency: str = "weekly"
    interval: int = 1
    weekdays: tuple[int, ...] = ()  # weekly: 0 = Monday
    monthly_mode: str = "date"  # monthly: "date" (the 14th) or "weekday" (2nd Tuesday)
    month_day: int | None = None
    week_of_month: int | None = None  # 1..5, or -1 for the last
    weekday: int | None = None
    until: date | None = None  # last day an occurrence may fall on (local)
    count: int | None = None


def _ordinal_day(day: int) -> str:
    """'13th' in English; the plain number in other languages (their sentence says 'day 13')."""
    if language() != "en":
        return str(day)
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def build_rrule(choice: RecurrenceChoice, first_start: datetime) -> str:
    """RRULE text (without the 'RRULE:' prefix) for a choice; UNTIL is given in UTC (RFC 5545)."""
    if choice.frequency not in FREQUENCIES:
        raise RecurrenceError(
            translate("Recurrence", "Repeat must be one of: {value}.").format(
                value=", ".join(FREQUENCIES)
            )
        )
    if choice.interval < 1:
        raise RecurrenceError(translate("Recurrence", "Repeat every must be 1 or more."))
    parts = [f"FREQ={choice.frequency.upper()}"]
    if choice.interval > 1:
        parts.append(f"INTERVAL={choice.interval}")
    if choice.frequency == "weekly":
        days = sorted(set(choice.weekdays)) or [first_start.weekday()]
        parts.append("BYDAY=" + ",".join(WEEKDAY_CODES[d] for d in days))
    elif choice.frequency == "monthly":
        if choice.monthly_mode == "weekday":
            week = choice.week_of_month or (first_start.day - 1) // 7 + 1
            if week not in ORDINALS:
                raise RecurrenceError(
                    translate("Recurrence", "The week of the month must be 1st to 5th or last.")
                )
            day = first_start.weekday() if choice.weekday is None else choice.weekday
            parts.append(f"BYDAY={week}{WEEKDAY_CODES[day]}")
        else:
            parts.append(f"BYMONTHDAY={choice.month_day or first_start.day}")
    if choice.count is not None and choice.until is not None:
        raise RecurrenceError(
            translate("Recurrence", "End after a number of times or by a date, not both.")
        )
    if choice.count is not None:
        if choice.count < 1:
            raise RecurrenceError(
                translate("Recurrence", "The number of occurrences must be 1 or more.")
            )
        parts.append(f"COUNT={choice.count}")
    elif choice.until is not None:
        parts.append("UNTIL=" + until_utc_text(choice.until, first_start))
    return ";".join(parts)


def until_utc_text(last_day: date, first_start: datetime) -> str:
    """UNTIL for 'end by' a local date: the last day's start time, in UTC as RFC 5545 wants."""
    zone = first_start.tzinfo or UTC
    local_end = datetime.combine(last_day, first_start.time().replace(tzinfo=None)).replace(
        tzinfo=zone
    )
    return local_end.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def rule_parts(rule: str) -> dict[str, str]:
    """KEY -> value of a rule's parts (an 'RRULE:' prefix is allowed)."""
    text = rule.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts: dict[str, str] = {}
    for item in filter(None, text.split(";")):
        key, sep, value = item.partition("=")
        if not sep or not value:
            raise RecurrenceError(
                translate(
                    "Recurrence", "Not a recurrence rule part: {item!r} (expected KEY=VALUE)."
                ).format(item=item)
            )
        parts[key.strip().upper()] = value.strip().upper()
    if "FREQ" not in parts:
        raise RecurrenceError(
            translate("Recurrence", "A recurrence rule needs FREQ (e.g. FREQ=WEEKLY;COUNT=10).")
        )
    for key in ("INTERVAL", "COUNT"):
        if key in parts and not (parts[key].isdigit() and int(parts[key]) >= 1):
            raise RecurrenceError(
                translate("Recurrence", "{key} must be a whole number of 1 or more.").format(
                    key=key
                )
            )
    return parts


def join_parts(parts: dict[str, str]) -> str:
    """Rule text from its parts, FREQ first."""
    keys = ["FREQ", *[k for k in parts if k != "FREQ"]]
    return ";".join(f"{k}={parts[k]}" for k in keys)


def normalize_rrule(rule: str, first_start: datetime) -> str:
    """A user's rule checked with dateutil; a local or date-only UNTIL is turned into UTC."""
    parts = rule_parts(rule)
    until = parts.get("UNTIL")
    if until and not until.endswith("Z"):
        try:
            if "T" in until:
                local = datetime.strptime(until, "%Y%m%dT%H%M%S")
                moment = local.replace(tzinfo=first_start.tzinfo).astimezone(UTC)
                parts["UNTIL"] = moment.strftime("%Y%m%dT%H%M%SZ")
            else:
                last_day = datetime.strptime(until, "%Y%m%d").date()
                parts["UNTIL"] = until_utc_text(last_day, first_start)
        except ValueError as exc:
            raise RecurrenceError(
                translate(
                    "Recurrence", "UNTIL must look like 20261231 or 20261231T235900Z: {exc}"
                ).format(exc=exc)
            ) from exc
    text = join_parts(parts)
    expand(text, first_start, limit=1)
    return text


def _rrule(rule: str, first_start: datetime):  # noqa: ANN202 - dateutil.rrule.rrule
    from dateutil.rrule import rrulestr

    if first_start.tzinfo is None:
        raise RecurrenceError(translate("Recurrence", "The first occurrence needs a time zone."))
    try:
        return rrulestr(join_parts(rule_parts(rule)), dtstart=first_start)
    except (ValueError, TypeError) as exc:
        raise RecurrenceError(
            translate("Recurrence", "Not a usable recurrence rule ({rule!r}): {exc}").format(
                rule=rule, exc=exc
            )
        ) from exc


def expand(
    rule: str,
    first_start: datetime,
    exdates: list[datetime] | None = None,
    limit: int = MAX_OCCURRENCES,
) -> list[datetime]:
    """Occurrence starts (aware, in first_start's zone, same wall-clock time), minus exceptions.

    An open-ended rule stops OPEN_ENDED_HORIZON after the first occurrence.
    """
    recurrence = _rrule(rule, first_start)
    parts = rule_parts(rule)
    horizon = None
    if "COUNT" not in parts and "UNTIL" not in parts:
        horizon = first_start + OPEN_ENDED_HORIZON
    skipped = {_wall(d) for d in exdates or []}
    out: list[datetime] = []
    try:
        for start in recurrence:
            if horizon is not None and start > horizon:
                break
            if len(out) >= limit:
                break
            if _wall(start) not in skipped:
                out.append(start)
    except (ValueError, IndexError, TypeError, OverflowError) as exc:
        # dateutil checks some parts only while iterating (e.g. BYDAY=9TU).
        raise RecurrenceError(
            translate("Recurrence", "Not a usable recurrence rule ({rule!r}): {exc}").format(
                rule=rule, exc=exc
            )
        ) from exc
    return out


def _wall(moment: datetime) -> datetime:
    return moment.replace(tzinfo=None)


def local_start(naive_or_aware: datetime, zone: str) -> datetime:
    """A wall-clock time in a named zone (aware times are converted to it)."""
    tz = ZoneInfo(zone)
    if naive_or_aware.tzinfo is None:
        return naive_or_aware.replace(tzinfo=tz)
    return naive_or_aware.astimezone(tz)


def wall_clock_end(start: datetime, duration: timedelta) -> datetime:
    """End at the same wall-clock distance from start, in start's zone."""
    return (start.replace(tzinfo=None) + duration).replace(tzinfo=start.tzinfo)


def truncate_before(rule: str, occurrence_start: datetime) -> str:
    """The rule ending just before an occurrence (COUNT dropped, UNTIL set one second earlier)."""
    parts = rule_parts(rule)
    parts.pop("COUNT", None)
    last = occurrence_start.astimezone(UTC) - timedelta(seconds=1)
    parts["UNTIL"] = last.strftime("%Y%m%dT%H%M%SZ")
    return join_parts(parts)


def rule_until(rule: str) -> datetime | None:
    """The rule's UNTIL as an aware UTC time, if it has one."""
    value = rule_parts(rule).get("UNTIL")
    if not value:
        return None
    if value.endswith("Z"):
        return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    fmt = "%Y%m%dT%H%M%S" if "T" in value else "%Y%m%d"
    return datetime.strptime(value, fmt).replace(tzinfo=UTC)


def choice_from_rrule(rule: str, first_start: datetime) -> RecurrenceChoice:
    """The dialog choice that a rule stands for (the inverse of build_rrule)."""
    parts = rule_parts(rule)
    freq = parts["FREQ"].lower()
    if freq not in FREQUENCIES:
        raise RecurrenceError(
            translate("Recurrence", "Repeat {freq!r} is not offered; use {value}.").format(
                freq=freq, value=", ".join(FREQUENCIES)
            )
        )
    choice = RecurrenceChoice(frequency=freq, interval=int(parts.get("INTERVAL", "1")))
    byday = [d for d in parts.get("BYDAY", "").split(",") if d]
    if freq == "weekly":
        choice.weekdays = tuple(WEEKDAY_CODES.index(d[-2:]) for d in byday)
    elif freq == "monthly" and byday:
        choice.monthly_mode = "weekday"
        choice.week_of_month = int(byday[0][:-2] or "1")
        choice.weekday = WEEKDAY_CODES.index(byday[0][-2:])
    elif freq == "monthly":
        choice.month_day = int(parts.get("BYMONTHDAY", str(first_start.day)))
    if "COUNT" in parts:
        choice.count = int(parts["COUNT"])
    until = rule_until(rule)
    if until is not None:
        choice.until = until.astimezone(first_start.tzinfo).date()
    return choice


def describe_rrule(rule: str, first_start: datetime) -> str:
    """Plain words for a rule, e.g. 'Every month on the 2nd Tuesday, 12 times'."""
    parts = rule_parts(rule)
    freq = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    every = {
        "DAILY": translate("Recurrence", "Every %n days", None, interval),
        "WEEKLY": translate("Recurrence", "Every %n weeks", None, interval),
        "MONTHLY": translate("Recurrence", "Every %n months", None, interval),
        "YEARLY": translate("Recurrence", "Every %n years", None, interval),
    }
    if interval == 1:
        every = {
            "DAILY": translate("Recurrence", "Every day"),
            "WEEKLY": translate("Recurrence", "Every week"),
            "MONTHLY": translate("Recurrence", "Every month"),
            "YEARLY": translate("Recurrence", "Every year"),
        }
    text = every.get(freq, freq.lower())
    byday = [d for d in parts.get("BYDAY", "").split(",") if d]
    if freq == "WEEKLY" and byday:
        names = [translate("Recurrence", WEEKDAY_NAMES[WEEKDAY_CODES.index(d[-2:])]) for d in byday]
        days = names[0]
        if len(names) > 1:
            days = translate("Recurrence", "{days} and {last}").format(
                days=", ".join(names[:-1]), last=names[-1]
            )
        text += translate("Recurrence", " on {days}").format(days=days)
    elif freq == "MONTHLY" and byday:
        code = byday[0]
        week = int(code[:-2] or "1")
        name = translate("Recurrence", WEEKDAY_NAMES[WEEKDAY_CODES.index(code[-2:])])
        ordinal = translate("Recurrence", ORDINALS[week]) if week in ORDINALS else str(week)
        text += translate("Recurrence", " on the {ordinal} {weekday}").format(
            ordinal=ordinal, weekday=name
        )
        if week == 5:
            text += translate("Recurrence", " (months without one are skipped)")
    elif freq == "MONTHLY":
        day = int(parts.get("BYMONTHDAY", str(first_start.day)))
        text += translate("Recurrence", " on the {day}").format(day=_ordinal_day(day))
    text += translate("Recurrence", " at {time}").format(time=first_start.strftime("%H:%M"))
    if "COUNT" in parts:
        n = int(parts["COUNT"])
        if n == 1:
            text += translate("Recurrence", ", 1 time")
        else:
            text += translate("Recurrence", ", %n times", None, n)
    until = rule_until(rule)
    if until is not None:
        last = until.astimezone(first_start.tzinfo).date()
        text += translate("Recurrence", ", until {day}").format(day=last.isoformat())
    return text
