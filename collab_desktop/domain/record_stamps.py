"""How a record's stamps read: "at 14:03" (today) or "on 2 Dec 2026 at 14:03", and the line under
each form, "Created by ana on 3 Dec 2026 · Changed by dana on 3 Dec 2026 at 14:03".

Times are shown in the workstation's zone; "today" is the app clock's today.
"""

from __future__ import annotations

from datetime import datetime

from collab_desktop.domain import clock
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate


def _month(number: int) -> str:
    names = (
        translate("RecordStamps", "Jan"),
        translate("RecordStamps", "Feb"),
        translate("RecordStamps", "Mar"),
        translate("RecordStamps", "Apr"),
        translate("RecordStamps", "May"),
        translate("RecordStamps", "Jun"),
        translate("RecordStamps", "Jul"),
        translate("RecordStamps", "Aug"),
        translate("RecordStamps", "Sep"),
        translate("RecordStamps", "Oct"),
        translate("RecordStamps", "Nov"),
        translate("RecordStamps", "Dec"),
    )
    return names[number - 1]


def day_text(moment: datetime) -> str:
    """The local date of moment, e.g. "3 Dec 2026"."""
    local = to_local(moment)
    return translate("RecordStamps", "{day} {month} {year}").format(
        day=local.day, month=_month(local.month), year=local.year
    )


def when_text(moment: datetime) -> str:
    """ "at 14:03" for a moment today, "on 2 Dec 2026 at 14:03" for another day (local time)."""
    local = to_local(moment)
    hour = f"{local:%H:%M}"
    if local.date() == clock.today():
        return translate("RecordStamps", "at {time}").format(time=hour)
    return translate("RecordStamps", "on {day} at {time}").format(day=day_text(moment), time=hour)


# The kinds of record a refused save names, in the chosen language.
KIND_WORDS = {
    "contact": QT_TRANSLATE_NOOP("RecordKinds", "contact"),
    "collaborative": QT_TRANSLATE_NOOP("RecordKinds", "collaborative"),
    "membership": QT_TRANSLATE_NOOP("RecordKinds", "membership"),
    "session": QT_TRANSLATE_NOOP("RecordKinds", "session"),
    "registration": QT_TRANSLATE_NOOP("RecordKinds", "registration"),
}


def kind_word(kind: str) -> str:
    """A record kind as a message names it ("contact", "contacto")."""
    return translate("RecordKinds", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def changed_text(kind: str, record_id: object, who: str, when: datetime | None) -> str:
    """ "contact 12 was changed by dana at 14:03": the first half of a refused save's message."""
    who = who or translate("RecordStamps", "someone")
    kind = kind_word(kind)
    if when is None:
        return translate("RecordStamps", "{kind} {id} was changed by {who}").format(
            kind=kind, id=record_id, who=who
        )
    return translate("RecordStamps", "{kind} {id} was changed by {who} {when}").format(
        kind=kind, id=record_id, who=who, when=when_text(when)
    )


def stamp_line(
    created_by: str,
    created_at: datetime | None,
    updated_by: str,
    updated_at: datetime | None,
    version: int | None = None,
) -> str:
    """The line under a form: who created the record and when, who changed it last and when.

    "Changed" is left out for a record never changed since it was made (version 1).
    """
    parts = []
    if created_at is not None:
        parts.append(
            translate("RecordStamps", "Created by {who} on {day}").format(
                who=created_by or translate("RecordStamps", "someone"), day=day_text(created_at)
            )
        )
    if updated_at is not None and (version is None or version > 1):
        parts.append(
            translate("RecordStamps", "Changed by {who} on {day} at {time}").format(
                who=updated_by or translate("RecordStamps", "someone"),
                day=day_text(updated_at),
                time=f"{to_local(updated_at):%H:%M}",
            )
        )
    return " · ".join(parts)
