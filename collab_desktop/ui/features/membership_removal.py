"""Taking people out of collaboratives from either tab: one trash item and one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from collab_desktop.services.errors import ServiceError
from collab_desktop.services.undo.undo import delete_with_undo
from collab_desktop.ui.dialogs.confirm import show_error

if TYPE_CHECKING:
    from collab_desktop.ui.tabs.record_tab import RecordTab


def remove_memberships(tab: RecordTab, ids: list[int], title: str, done: str) -> bool:
    """Remove memberships to the trash, record the undo step and tell the views; False on error."""
    try:
        change = delete_with_undo(tab.ctx.db, "membership", ids)
    except ServiceError as exc:
        show_error(tab, title, str(exc))
        return False
    tab.change_made.emit(change)
    tab.ctx.events.changed("membership", ids)
    tab.status_message.emit(f"{done} Ctrl+Z undoes this.")
    return True
