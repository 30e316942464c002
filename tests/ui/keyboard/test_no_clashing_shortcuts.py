"""Every window-wide shortcut is one key for one thing: Qt fires neither of two shortcuts that
share a key and are live at once ("ambiguous shortcut"), so a clash silently disables both."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _text(key: QKeySequence) -> str:
    return key.toString(QKeySequence.SequenceFormat.PortableText)


def shortcuts(window) -> list[tuple[str, bool, str]]:  # noqa: ANN001
    """(key, window-wide?, what) for every action, shortcut and button of the window."""
    found: list[tuple[str, bool, str]] = []
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            wide = action.shortcutContext() in WINDOW_WIDE
            found.append((_text(key), wide, f"action {action.text()!r}"))
    for shortcut in window.findChildren(QShortcut):
        wide = shortcut.context() in WINDOW_WIDE
        parent = type(shortcut.parent()).__name__
        found.append((_text(shortcut.key()), wide, f"shortcut on {parent}"))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():  # a button's shortcut works anywhere in its window
            found.append((_text(button.shortcut()), True, f"button {button.text()!r}"))
    return [f for f in found if f[0]]


def test_no_window_wide_shortcut_shares_its_key(window) -> None:  # noqa: ANN001
    by_key: dict[str, list[tuple[bool, str]]] = defaultdict(list)
    for key, wide, what in shortcuts(window):
        by_key[key].append((wide, what))
    assert len(by_key) > 30, "the menus' shortcuts were found"
    clashes = {
        key: [what for _wide, what in users]
        for key, users in by_key.items()
        if len({what for _w, what in users}) > 1 and any(wide for wide, _what in users)
    }
    assert clashes == {}


def test_the_attendance_keys_still_mark_in_the_registrations_table(window) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.registrations_panel import ABSENT_KEY, ATTENDED_KEY

    keys = {key for key, wide, _what in shortcuts(window) if wide}
    assert ATTENDED_KEY not in keys and ABSENT_KEY not in keys
