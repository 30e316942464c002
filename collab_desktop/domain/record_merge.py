"""Comparing a refused save with the record as stored: which fields the other person changed,
which both of you changed, and the record a merge saves (pure: no database, no Qt).

Three states of one record: ``base`` (what the form was loaded with), ``mine`` (the form as typed)
and ``theirs`` (stored now, at a newer version). A field only I changed keeps my value; a field
only they changed takes theirs unless I choose mine; a field both changed to different values
takes my choice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from collab_desktop.domain.records import CONTACT_EDITABLE_FIELDS

# The fields a form edits and a save writes, by kind of record.
EDITABLE_FIELDS: dict[str, tuple[str, ...]] = {
    "contact": CONTACT_EDITABLE_FIELDS,
    "collaborative": (
        "name",
        "short_name",
        "kind",
        "focus",
        "status",
        "start_date",
        "sponsor",
        "description",
        "colour",
    ),
    "session": (
        "collaborative_id",
        "title",
        "kind",
        "start",
        "end",
        "location",
        "presenters",
        "capacity",
        "notes",
        "restricted_role",
        "cancelled",
    ),
}


class Side(Enum):
    """Whose value a field of the merge takes."""

    MINE = "mine"
    THEIRS = "theirs"


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field the other person changed: its value in each state, and whether I changed it too."""

    name: str
    base: Any
    mine: Any
    theirs: Any
    both_changed: bool

    @property
    def default(self) -> Side:
        """What a merge takes unless told otherwise: my typing where both changed, theirs where
        only they did (keeping mine there would undo their change unseen)."""
        return Side.MINE if self.both_changed else Side.THEIRS


@dataclass(frozen=True, slots=True)
class Comparison:
    """A refused save compared field by field."""

    theirs_only: tuple[FieldDifference, ...]  # they changed it, I did not
    both: tuple[FieldDifference, ...]  # both changed it, to different values
    mine_only: tuple[str, ...]  # only I changed it: my value is kept

    @property
    def differences(self) -> tuple[FieldDifference, ...]:
        """Every field to choose for: both changed first, then theirs only."""
        return (*self.both, *self.theirs_only)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return a == b


def compare(base: Any, mine: Any, theirs: Any, fields: Sequence[str]) -> Comparison:
    """How mine and theirs differ from base (and from each other), field by field."""
    theirs_only: list[FieldDifference] = []
    both: list[FieldDifference] = []
    mine_only: list[str] = []
    for name in fields:
        b, m, t = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        i_changed, they_changed = not _same(m, b), not _same(t, b)
        if they_changed and i_changed:
            if not _same(m, t):
                both.append(FieldDifference(name, b, m, t, True))
        elif they_changed:
            theirs_only.append(FieldDifference(name, b, m, t, False))
        elif i_changed:
            mine_only.append(name)
    return Comparison(tuple(theirs_only), tuple(both), tuple(mine_only))


def merged(
    mine: Any, theirs: Any, comparison: Comparison, choices: Mapping[str, Side] | None = None
) -> Any:
    """The record to save: theirs (with its version), my changes on top, and for each listed
    field the side chosen (its default when not chosen)."""
    choices = choices or {}
    values = {name: getattr(mine, name) for name in comparison.mine_only}
    for diff in comparison.differences:
        side = choices.get(diff.name, diff.default)
        values[diff.name] = diff.mine if side is Side.MINE else diff.theirs
    return replace(theirs, **values)
