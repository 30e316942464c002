"""Taking people out of collaboratives from either tab: one trash item and one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from collab_desktop.domain.translation import translate
from collab_desktop.services.undo.undo import delete_with_undo
from collab_desktop.ui.operations import Operation

if TYPE_CHECKING:
    from collab_desktop.ui.tabs.record_tab import RecordTab


def remove_memberships(tab: RecordTab, ids: list[int], title: str, done: str) -> bool:
    """Remove memberships to the trash as one undo step; False when it was refused."""
    return (
        Operation(tab.ctx, tab, title, lambda: delete_with_undo(tab.ctx.db, "membership", ids))
        .undo_step()
        .success(
            lambda _change: tab.status_message.emit(
                translate("MembershipRemoval", "{done} Ctrl+Z undoes this.").format(done=done)
            )
        )
        .run()
    )
