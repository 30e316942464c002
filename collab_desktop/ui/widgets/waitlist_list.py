"""A session's waitlist, first in line first: give someone a place, or move them in the line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QStyle, QWidget

from collab_desktop.domain.records import RegistrationRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.undo.undo import set_status_with_undo
from collab_desktop.services.undo.waitlist_undo import PlaceUndo, move_with_undo, promote_with_undo
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import confirm
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.widgets.related_list import RelatedList

# Keys that work while the focus is in the waitlist (they would clash nowhere else).
PROMOTE_KEY = "Ctrl+Shift+G"
UP_KEY = "Alt+Up"
DOWN_KEY = "Alt+Down"
WITHDRAW_KEY = "Ctrl+Shift+Delete"
ARROWS = {"up": QStyle.StandardPixmap.SP_ArrowUp, "down": QStyle.StandardPixmap.SP_ArrowDown}


def person_name(r: RegistrationRecord) -> str:
    """First and last name, or the e-mail when the contact has no name."""
    return f"{r.first_name} {r.last_name}".strip() or r.email


def with_key(widget: QWidget, button: QPushButton, key: str) -> QShortcut:
    """Let ``key`` press ``button`` while the focus is inside ``widget``; say so in its tooltip."""
    shortcut = QShortcut(QKeySequence(key), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(button.click)  # a disabled button ignores click()
    shown = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(
        translate("WaitlistList", "{tooltip} ({key})").format(tooltip=button.toolTip(), key=shown)
    )
    return shortcut


class WaitlistList(RelatedList):
    """The waitlisted registrations of one session, in order; each action is one undo step."""

    # Who moved up (names), for the status bar.
    promoted = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("WaitlistList", "Waitlist"),
            [
                Column(
                    translate("WaitlistList", "Place"),
                    lambda r: r.waitlist_position or "",
                    lambda r: r.waitlist_position,
                ),
                Column(translate("WaitlistList", "Name"), person_name),
                Column(translate("WaitlistList", "Email"), lambda r: r.email),
            ],
            lambda r: f"{person_name(r)}\t{r.email}",
            parent,
        )
        self.ctx = ctx
        self.layout().setContentsMargins(0, 6, 0, 0)
        self.table.view.setMinimumHeight(90)
        self.table.search.hide()  # a line is short; its order matters more than a filter
        self.table.view.setAccessibleName(translate("WaitlistList", "Waitlist"))
        self.table.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.promote_button = self._add(
            "check",
            translate("WaitlistList", "Give a place"),
            translate("WaitlistList", "Move the selected person off the waitlist into the session"),
            PROMOTE_KEY,
        )
        self.up_button = self._add(
            "up",
            translate("WaitlistList", "Move up"),
            translate("WaitlistList", "Move the selected person up the line"),
            UP_KEY,
        )
        self.down_button = self._add(
            "down",
            translate("WaitlistList", "Move down"),
            translate("WaitlistList", "Move the selected person down the line"),
            DOWN_KEY,
        )
        self.withdraw_button = self._add(
            "member-remove",
            translate("WaitlistList", "Remove"),
            translate(
                "WaitlistList",
                "Take the selected person off the waitlist (cancelled); the others move up",
            ),
            WITHDRAW_KEY,
        )
        self.promote_button.clicked.connect(self.promote)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.table.current_changed.connect(lambda _r: self._enable())
        self._enable()

    def _add(self, icon_name: str, text: str, tooltip: str, key: str) -> QPushButton:
        if icon_name in ARROWS:  # the app's icon set has no arrows; the style's own fit in
            button = QPushButton(self.style().standardIcon(ARROWS[icon_name]), text)
            self.put_button(button, tooltip)
        else:
            button = self.add_button(icon_name, text, tooltip)
        button.setAccessibleName(text)
        with_key(self, button, key)
        return button

    def show_line(self, waiting: Sequence[RegistrationRecord]) -> None:
        """Show the waitlist; the whole section hides while nobody is waiting."""
        line = sorted(waiting, key=lambda r: (r.waitlist_position or 0, r.id or 0))
        waiting_count = len(line)
        self.set_records(
            line, translate("WaitlistList", "Waitlist (%n waiting)", None, waiting_count)
        )
        self.setVisible(bool(line))
        self._enable()

    def _chosen(self) -> RegistrationRecord | None:
        chosen = self.table.selected_records()
        return chosen[0] if len(chosen) == 1 else self.table.current_record()

    def _enable(self) -> None:
        chosen = self._chosen()
        last = len(self.table.model.records())
        position = chosen.waitlist_position if chosen is not None else None
        self.promote_button.setEnabled(chosen is not None)
        self.withdraw_button.setEnabled(chosen is not None)
        self.up_button.setEnabled(position is not None and position > 1)
        self.down_button.setEnabled(position is not None and position < last)

    def promote(self) -> None:
        """Give the selected person a place, even when the session is full (one undo step)."""
        chosen = self._chosen()
        if chosen is None or chosen.id is None:
            return
        reg_id = chosen.id

        def done(change: PlaceUndo) -> None:
            self.promoted.emit([m.name for m in change.promoted])

        Operation(
            self.ctx,
            self,
            translate("WaitlistList", "Give a place"),
            lambda: promote_with_undo(self.ctx.db, reg_id),
        ).undo_step().success(done).run()

    def move(self, step: int) -> None:
        """Move the selected person one place up (-1) or down (+1); they stay selected."""
        chosen = self._chosen()
        if chosen is None or chosen.id is None or chosen.waitlist_position is None:
            return
        reg_id, position = chosen.id, chosen.waitlist_position + step
        if not 1 <= position <= len(self.table.model.records()):
            return
        Operation(
            self.ctx,
            self,
            translate("WaitlistList", "Waitlist"),
            lambda: move_with_undo(self.ctx.db, reg_id, position),
        ).undo_step().success(lambda _c: self.table.select_id(reg_id)).run()

    def withdraw(self) -> None:
        """Cancel the selected person's sign-up (one undo step); the line closes up."""
        chosen = self._chosen()
        if chosen is None or chosen.id is None:
            return
        if not confirm(
            self,
            translate("WaitlistList", "Take off the waitlist"),
            translate("WaitlistList", "Take {name} off the waitlist?").format(
                name=person_name(chosen)
            ),
        ):
            return
        reg_id = chosen.id
        Operation(
            self.ctx, self, translate("WaitlistList", "Waitlist"),
            lambda: set_status_with_undo(self.ctx.db, [reg_id], "cancelled"),
        ).undo_step().run()  # fmt: skip
