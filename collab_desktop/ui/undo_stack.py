"""Edit > Undo / Redo over the services' changes (edits, creations, deletes, bulk deletes)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.translation import translate
from collab_desktop.services.undo.undo import Change
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import show_error
from collab_desktop.ui.icons import icon
from collab_desktop.ui.operations import Operation

log = logging.getLogger(__name__)


def _redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z everywhere, plus the platform's Redo keys, each once.

    Linux's Redo keys already hold Ctrl+Shift+Z; listed twice on one action, Qt finds the
    shortcut ambiguous and the key does nothing.
    """
    keys = [QKeySequence("Ctrl+Shift+Z")]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        if key not in keys:
            keys.append(key)
    return keys


class ChangeCommand(QUndoCommand):
    """A change already made when pushed: the first redo() (from push) does nothing."""

    def __init__(self, history: UndoHistory, change: Change) -> None:
        super().__init__(change.text)  # shown as "Undo edit Ana Lopez"
        self.history = history
        self.change = change
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.history.apply(self.change, "redo")

    def undo(self) -> None:
        self.history.apply(self.change, "undo")


class UndoHistory(QObject):
    """The window's undo stack; cleared when the whole database changes (open, restore)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Kept on self: a stack without a Python owner is deleted under its actions.
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(100)
        self.undo_action: QAction = self.stack.createUndoAction(
            self, translate("UndoHistory", "&Undo")
        )
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action: QAction = self.stack.createRedoAction(
            self, translate("UndoHistory", "&Redo")
        )
        self.redo_action.setShortcuts(_redo_keys())
        self.redo_action.setIcon(icon("redo"))
        self._failed = False
        ctx.events.changes.connect(self._on_changes)
        ctx.events.change_recorded.connect(self.record)
        ctx.undo_stack = self.stack

    def record(self, change: Change) -> None:
        """Add a change that was just made (a save or a delete) to the history."""
        self.stack.push(ChangeCommand(self, change))

    def apply(self, change: Change, direction: str) -> None:
        """Undo or redo one change in the database; the views follow what it changed."""
        if self._failed:
            return
        if direction == "undo":
            verb = translate("UndoHistory", "Undo")
            could_not = translate(
                "UndoHistory",
                "Could not undo “{change}”: {reason}\n\nThe undo history was cleared; your data "
                "is as shown.",
            )
        else:
            verb = translate("UndoHistory", "Redo")
            could_not = translate(
                "UndoHistory",
                "Could not redo “{change}”: {reason}\n\nThe undo history was cleared; your data "
                "is as shown.",
            )

        def failed(exc: Exception) -> None:
            self._failed = True
            show_error(None, verb, could_not.format(change=change.text, reason=exc))
            # Clearing inside the stack's own undo()/redo() is not allowed; do it right after.
            QTimer.singleShot(0, self._clear_after_failure)

        Operation(self.ctx, None, verb, lambda: getattr(change, direction)(self.ctx.db)).failure(
            failed
        ).run()

    def _clear_after_failure(self) -> None:
        self.stack.clear()
        self._failed = False

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.is_everything():  # another database, or a restored one: old steps do not apply
            self.stack.clear()


class DialogUndo(QObject):
    """Undo / Redo keys in a modal dialog, for the window's steps that the dialog shows only.

    A modal dialog blocks the window's shortcuts. Its own actions work on the same history, but
    only while the next step is one the dialog ``wants`` (a kind of change, or its own change),
    so Ctrl+Z there never reverts an earlier, unrelated step behind the dialog. A text box keeps
    Ctrl+Z for its own typing, and passes it on when it is empty with no typing to undo.
    """

    def __init__(self, dialog: QWidget, stack: QUndoStack, wants: Callable[[Change], bool]) -> None:
        super().__init__(dialog)
        self.stack = stack
        self.wants = wants
        self.undo_action = QAction(icon("undo"), "&Undo", dialog)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self._undo)
        self.redo_action = QAction(icon("redo"), "&Redo", dialog)
        self.redo_action.setShortcuts(_redo_keys())
        self.redo_action.triggered.connect(self._redo)
        dialog.addAction(self.undo_action)
        dialog.addAction(self.redo_action)
        for edit in dialog.findChildren(QLineEdit):
            edit.installEventFilter(self)
        stack.indexChanged.connect(self.update)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Let Ctrl+Z (Ctrl+Shift+Z) past an empty text box with no typing to undo (redo)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and not watched.text()  # a filled box: Ctrl+Z there is about its text
        ):
            assert isinstance(event, QKeyEvent)
            pressed = QKeySequence(event.keyCombination())
            undo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
            if pressed in undo_keys and not watched.isUndoAvailable():
                return True  # not taken by the box: the shortcut runs
            if pressed in _redo_keys() and not watched.isRedoAvailable():
                return True
        return super().eventFilter(watched, event)

    def _change(self, index: int) -> Change | None:
        """The change of the step at ``index`` when it is one of ours."""
        if not 0 <= index < self.stack.count():
            return None
        command = self.stack.command(index)
        change = getattr(command, "change", None)
        return change if change is not None and self.wants(change) else None

    def update(self, *_args: object) -> None:
        """Enable each action only for a step the dialog wants, and name that step."""
        if not shiboken6.isValid(self.stack):  # the window's history is being torn down
            return
        for action, change, named, plain in (
            (
                self.undo_action,
                self._change(self.stack.index() - 1),
                translate("UndoHistory", "&Undo {change}"),
                translate("UndoHistory", "&Undo"),
            ),
            (
                self.redo_action,
                self._change(self.stack.index()),
                translate("UndoHistory", "&Redo {change}"),
                translate("UndoHistory", "&Redo"),
            ),
        ):
            action.setEnabled(change is not None)
            action.setText(named.format(change=change.text) if change is not None else plain)

    def _undo(self) -> None:
        if self._change(self.stack.index() - 1) is not None:
            self.stack.undo()

    def _redo(self) -> None:
        if self._change(self.stack.index()) is not None:
            self.stack.redo()


def add_dialog_undo(
    dialog: QWidget,
    ctx: AppContext,
    kinds: tuple[str, ...] = (Kind.REGISTRATION,),
    wants: Callable[[Change], bool] | None = None,
) -> DialogUndo | None:
    """Give a modal dialog Undo / Redo keys over the window's history (None without a window).

    The keys reach steps of ``kinds``, or the steps ``wants`` accepts when it is given.
    """
    if ctx.undo_stack is None:
        return None

    def of_kinds(change: Change) -> bool:
        return change.kind in kinds

    return DialogUndo(dialog, ctx.undo_stack, wants or of_kinds)
