"""Planning a series, registering people and checking in, with the keyboard alone."""

from __future__ import annotations

from keyboard_driver import ALT, CTRL, active_dialog
from PySide6.QtCore import Qt

from collab_desktop.services.sessions.sessions import list_sessions


def test_create_a_weekly_series_with_keys_only(clock, active_window, keys, qtbot, db) -> None:  # noqa: ANN001
    window = active_window
    before = len(list_sessions(db))
    keys.press(Qt.Key.Key_S, ALT)  # the Sessions tab
    assert window.tabs.currentWidget() is window.sessions_tab
    keys.tab_to("New session…")
    keys.press(Qt.Key.Key_Space)
    dialog = active_dialog(qtbot)
    keys.tab_to("Title")
    keys.type("Weekly huddle")
    keys.tab_to("Repeat")
    keys.press(Qt.Key.Key_Down, times=2)  # Does not repeat -> Daily -> Weekly
    keys.tab_to("Number of times")
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type("6")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    created = [s for s in list_sessions(db) if s.title == "Weekly huddle"]
    assert len(list_sessions(db)) == before + 6
    assert len(created) == 6
    assert len({s.series_id for s in created}) == 1


def test_tab_order_follows_the_layout_left_to_right(active_window, keys) -> None:  # noqa: ANN001
    keys.press(Qt.Key.Key_S, ALT)
    order = []
    for _ in range(14):
        order.append(keys.name())
        keys.press(Qt.Key.Key_Tab)
    # The calendar pane on the left, then the session's form and registrations on the right.
    calendar_at = order.index("Calendar of sessions")
    assert order.index("Show the sessions of") < calendar_at < order.index("Agenda")
    assert order.index("Agenda") < order.index("Session details")
    assert order.index("Session details") < order.index("Registrations")
