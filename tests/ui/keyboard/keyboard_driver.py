"""Keyboard-only driving: every key goes to the widget that has the focus, as a user's would."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Keys and text typed into whatever has the focus (never a chosen widget, never a mouse)."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def name(self) -> str:
        """What a screen reader calls the focused control (a button by its text)."""
        widget = self.focus()
        if widget.accessibleName():
            return widget.accessibleName()
        interface = QAccessible.queryAccessibleInterface(widget)
        return interface.text(QAccessible.Text.Name).replace("&", "") if interface else ""

    def tab_to(self, accessible_name: str, limit: int = 60) -> QWidget:
        """Press Tab until the focus is on the control with this accessible name."""
        seen = []
        for _ in range(limit):
            if self.name() == accessible_name:
                return self.focus()
            seen.append(self.name() or type(self.focus()).__name__)
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {accessible_name!r}; went through {seen}")


def active_dialog(qtbot) -> QWidget:  # noqa: ANN001
    """The modal dialog just opened, once it has the keyboard focus (as a desktop gives it)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    if QApplication.activeWindow() is not dialog:
        dialog.activateWindow()  # the window manager's part: a new dialog becomes active
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


class ModalSteps:
    """Keys for the modal dialogs a command opens one after another (each in its own loop).

    A command that asks with QInputDialog.getInt or QFileDialog.getSaveFileName does not
    return until the dialog closes; each step waits, from inside that loop, for the next
    dialog to have the focus, then runs its keys. ``done`` lists the steps that ran.
    """

    def __init__(self, qtbot, keyboard: Keyboard, steps: list) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.keyboard = keyboard
        self.steps = list(steps)
        self.done: list[str] = []
        # The dialogs already answered, held (an id() of a deleted dialog can come back); a
        # dialog open before the command (the wizard a Browse button is in) is not one of its.
        self._seen: list[QWidget] = [w for w in [QApplication.activeModalWidget()] if w]
        self._polls = 0
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        self._polls += 1
        if (
            dialog is not None and self._polls > 1000
        ):  # 10 s: close it, so the test fails, not hangs
            self._timer.stop()
            self.done.append(f"gave up on {dialog.windowTitle()!r}")
            dialog.reject()
            return
        if dialog is None or any(dialog is d for d in self._seen) or not self.steps:
            return
        if QApplication.activeWindow() is not dialog:
            dialog.activateWindow()  # the window manager's part
            return
        focus = QApplication.focusWidget()
        if focus is None or not dialog.isAncestorOf(focus):
            return
        self._seen.append(dialog)
        self._polls = 0
        title, keys_for = self.steps.pop(0)
        assert dialog.windowTitle() == title, (dialog.windowTitle(), title)
        self.done.append(title)
        keys_for(self.keyboard)
        if not self.steps:
            self._timer.stop()
