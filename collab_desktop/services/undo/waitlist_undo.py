"""Waitlist changes as undo steps: a cancellation (and whoever moved up), a promotion by hand,
a move in the line. Each puts back exactly the registrations it touched."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from collab_desktop.domain.translation import translate
from collab_desktop.services.sessions import waitlist
from collab_desktop.store.database import Database


@dataclass
class PlaceUndo:
    """Registrations as they were and became; undo and redo put one or the other back."""

    change: waitlist.PlaceChange
    text: str
    kind: str = "registration"
    promoted: list[waitlist.Moved] = field(default_factory=list)

    def undo(self, db: Database) -> list[Any]:
        return waitlist.put_places(db, self.change.before)

    def redo(self, db: Database) -> list[Any]:
        return waitlist.put_places(db, self.change.after)


def _moved_up(change: waitlist.PlaceChange) -> str:
    names = [m.name for m in change.promoted]
    return (
        translate("WaitlistUndo", " ({value} moved up)").format(value=", ".join(names))
        if names
        else ""
    )


def cancel_with_undo(db: Database, session_id: int, contact_id: int, name: str) -> PlaceUndo:
    """Cancel a registration; the undo step also sends back whoever moved up."""
    change = waitlist.cancel(db, session_id, contact_id)
    return PlaceUndo(change, f"cancel {name}{_moved_up(change)}", promoted=change.promoted)


def promote_with_undo(db: Database, registration_id: int) -> PlaceUndo:
    """Give a waitlisted person a place by hand."""
    change = waitlist.promote(db, registration_id)
    name = change.promoted[0].name if change.promoted else "someone"
    return PlaceUndo(
        change,
        translate("WaitlistUndo", "move {name} up from the waitlist").format(name=name),
        promoted=change.promoted,
    )


def move_with_undo(db: Database, registration_id: int, position: int) -> PlaceUndo:
    """Move a waitlisted person to a position in the line."""
    change = waitlist.move_on_waitlist(db, registration_id, position)
    return PlaceUndo(
        change,
        translate("WaitlistUndo", "move on the waitlist to place {position}").format(
            position=position
        ),
    )
