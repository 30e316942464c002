"""The refusal of an undo or redo whose rows someone changed since, and who changed them.

Kept below the feature packages so that every way of undoing (Edit > Undo, the import history,
the command line) refuses with the same exception and the same words.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ConflictError


class StaleStep(ConflictError):
    """A step refused because its rows changed after it; it stays in the undo history."""


def changed_by(s: Session, model: type | None, record_id: Any) -> str:
    """Who last changed the row (its updated_by), or "" when the table keeps no such stamp."""
    column = getattr(model, "updated_by", None)
    if column is None or record_id is None:
        return ""
    return s.scalar(select(column).where(model.id == record_id)) or ""


def refused(verb: str, label: str, who: str = "", removed: bool = False) -> StaleStep:
    """'Cannot undo: Ana Ruiz was changed since, by someone else' (or by whom, where known)."""
    if removed:
        text = translate("UndoSafety", "Cannot {verb}: {label} was deleted since, by {who}")
    else:
        text = translate("UndoSafety", "Cannot {verb}: {label} was changed since, by {who}")
    who = who or translate("UndoSafety", "someone else")
    return StaleStep(text.format(verb=verb, label=label, who=who))


def verb_word(direction: str) -> str:
    """The direction as the messages say it."""
    return (
        translate("UndoSafety", "undo") if direction == "undo" else translate("UndoSafety", "redo")
    )
