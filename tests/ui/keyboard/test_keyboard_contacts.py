"""Adding a contact with the keyboard alone."""

from __future__ import annotations

from keyboard_driver import ALT, CTRL
from PySide6.QtCore import Qt

from collab_desktop.services.directory.contacts import list_contacts


def test_add_a_contact_with_keys_only(active_window, keys, db) -> None:  # noqa: ANN001
    window = active_window
    keys.press(Qt.Key.Key_O, ALT)  # the Contacts tab (C&ontacts)
    assert window.tabs.currentWidget() is window.contacts_tab
    keys.press(Qt.Key.Key_N, CTRL)  # New contact: the focus goes to the first field
    assert keys.focus().accessibleName() == "First name"
    keys.type("Robin")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus().accessibleName() == "Last name"
    keys.type("Keyes")
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus().accessibleName() == "Email"
    keys.type("robin.keyes@example.org")
    keys.press(Qt.Key.Key_S, CTRL)
    saved = [c for c in list_contacts(db) if c.email == "robin.keyes@example.org"]
    assert [(c.first_name, c.last_name) for c in saved] == [("Robin", "Keyes")]
