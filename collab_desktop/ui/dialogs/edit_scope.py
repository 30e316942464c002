"""The question Outlook asks before changing a recurring session: this one, following, or all."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget


class EditScope(Enum):
    OCCURRENCE = "occurrence"
    FOLLOWING = "following"
    SERIES = "series"


def ask_edit_scope(parent: QWidget | None, what: str = "Save changes to") -> EditScope | None:
    """Which occurrences a change applies to; None when the user cancels."""
    box = QMessageBox(parent)
    box.setWindowTitle("Recurring session")
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(f"{what} this session only, or to more of the series?")
    box.setInformativeText(
        "“This and following” ends the series before this date and starts a new one from it."
    )
    only = box.addButton("This occurrence", QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton("This and following", QMessageBox.ButtonRole.AcceptRole)
    series = box.addButton("Whole series", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(only)
    box.exec()
    clicked = box.clickedButton()
    if clicked == only:
        return EditScope.OCCURRENCE
    if clicked == following:
        return EditScope.FOLLOWING
    if clicked == series:
        return EditScope.SERIES
    return None
