"""Questions asked before something is lost: delete confirmations and unsaved-edit prompts."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from collab_desktop.domain.records import DeleteImpact
from collab_desktop.domain.translation import translate


class Leave(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> Leave:
    """Save / Discard / Cancel for a form with unsaved edits."""
    answer = QMessageBox.question(
        parent,
        translate("Confirm", "Unsaved changes"),
        translate("Confirm", "{what} has unsaved changes. Save them?").format(what=what),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return Leave.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Leave.DISCARD
    return Leave.CANCEL


def confirm_delete(parent: QWidget | None, what: str, also: str) -> bool:
    """Ask before deleting; ``also`` names what goes with it (e.g. '3 memberships')."""
    text = translate("Confirm", "Delete {what}?").format(what=what)
    # An empty impact's own words ("nothing else"), in whatever language it speaks.
    if also and also != DeleteImpact().describe():
        text += "\n\n" + translate("Confirm", "This also deletes {also}.").format(also=also)
    text += "\n\n" + translate(
        "Confirm",
        "Deleted records go to the trash: Edit > Undo or Edit > Trash brings them back.",
    )
    answer = QMessageBox.question(
        parent,
        translate("Confirm", "Delete"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question that defaults to No."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
