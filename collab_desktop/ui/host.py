"""The seam between the main window and the features installed on it.

A feature (data safety, rosters, sessions, reports, the user guide) gets a WindowHost, not the
window: a place for its actions in each menu, the status bar, the current selections, and a
parent for its dialogs. The window can change its menus and tabs without the features knowing,
and a feature can be tested with a host built around any widget.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from collab_desktop.ui.context import AppContext


class Menu(StrEnum):
    """The window's menus a feature may add to."""

    FILE = "file"
    EDIT = "edit"
    HELP = "help"


def _nothing() -> list[Any]:
    return []


@dataclass
class WindowHost:
    """What a feature may use of the main window, and nothing more."""

    ctx: AppContext
    parent: QWidget  # the window, as the parent of the feature's dialogs and actions
    menus: Mapping[Menu, QMenu]
    # Where each menu's feature actions go: above this action (None: at the end).
    anchors: Mapping[Menu, QAction | None] = field(default_factory=dict)
    status: Callable[[str, int], None] = lambda _text, _ms: None
    leave_all_forms: Callable[[], bool] = lambda: True
    # The contacts the user means: the selected ones, else every one listed (all rows loaded).
    chosen_contacts: Callable[[], list[Any]] = _nothing
    selected_session_id: Callable[[], int | None] = lambda: None
    current_contact_id: Callable[[], int | None] = lambda: None
    show_reports: Callable[[], Any] = lambda: None
    # Open another database (a file's Path or a server's URL) in this window; False if it did not.
    open_database: Callable[[Any], bool] = lambda _target: False
    # Put a bar across the window, above the tabs.
    add_bar: Callable[[QWidget], None] = lambda _bar: None

    def add_action(self, menu: Menu, action: QAction, separator_before: bool = False) -> None:
        """Put action in menu, above the menu's anchor; its shortcut works window-wide."""
        target = self.menus[menu]
        anchor = self.anchors.get(menu)
        if separator_before:
            target.insertSeparator(anchor) if anchor is not None else target.addSeparator()
        if anchor is not None:
            target.insertAction(anchor, action)
        else:
            target.addAction(action)
        self.parent.addAction(action)

    def add_first(self, menu: Menu, actions: list[QAction]) -> None:
        """Put actions at the top of menu, in order, with a separator below them."""
        target = self.menus[menu]
        first = target.actions()[0] if target.actions() else None
        for action in actions:
            target.insertAction(first, action)
            self.parent.addAction(action)
        target.insertSeparator(first)

    def show_status(self, text: str, msecs: int = 5000) -> None:
        """A message in the status bar for a few seconds."""
        self.status(text, msecs)
