"""The question Outlook asks before changing a recurring session: this one, following, or all."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from collab_desktop.domain.translation import translate


class EditScope(Enum):
    OCCURRENCE = "occurrence"
    FOLLOWING = "following"
    SERIES = "series"


def ask_edit_scope(parent: QWidget | None, question: str | None = None) -> EditScope | None:
    """Which occurrences a change applies to; None when the user cancels. ``question`` replaces
    the whole question asked (a sentence in the chosen language)."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("EditScope", "Recurring session"))
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(
        question
        or translate("EditScope", "Save changes to this session only, or to more of the series?")
    )
    box.setInformativeText(
        translate(
            "EditScope",
            "“This and following” ends the series before this date and starts a new one from it.",
        )
    )
    only = box.addButton(
        translate("EditScope", "This occurrence"), QMessageBox.ButtonRole.AcceptRole
    )
    following = box.addButton(
        translate("EditScope", "This and following"), QMessageBox.ButtonRole.AcceptRole
    )
    series = box.addButton(
        translate("EditScope", "Whole series"), QMessageBox.ButtonRole.AcceptRole
    )
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
