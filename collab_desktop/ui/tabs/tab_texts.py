"""The sentences a record tab says about its records, written out whole by each tab.

Word order and gender differ between languages ("New contact", "Nueva sesión"), so a tab
never builds them from a noun: each tab fills this in with its own translate() calls.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TabTexts:
    records: str  # the list's name: "Contacts"
    search: str  # the search box's placeholder
    new_record: str  # the button, and the form's title for a new record: "New contact"
    new_tip: str  # "Create a new contact (Ctrl+N)"
    delete_tip: str  # "Delete the selected contact (Del)"
    details: str  # the form's accessible name: "Contact details"
    none_selected: str  # the form's title with nothing chosen: "No contact selected"
    the_new: str  # the unsaved-edits question about a new record: "The new contact"
    load_failed: str  # "The contacts could not be loaded: {reason}"
    history_tip: str  # "Who changed what in this contact, and when (Ctrl+Shift+H)"
    history_name: str  # the History button's accessible name: "History of this contact"
