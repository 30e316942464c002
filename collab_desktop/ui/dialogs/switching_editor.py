"""A dialog that edits one of several stored things chosen in a combo box (a collaborative's
certificate settings, an e-mail template): switching away from, or closing on, unsaved edits
asks Save / Discard / Cancel first, so nothing typed is lost unasked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from collab_desktop.domain.translation import translate


class SwitchingEditor(QDialog):
    """Base of such dialogs: subclasses give the question, and is_dirty/save/load."""

    def unsaved_question(self) -> str:
        """What to ask before unsaved edits are left (in the chosen language)."""
        return translate("SwitchingEditor", "Save the changes?")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: Any = None

    def is_dirty(self) -> bool:
        """True when the form differs from what is stored."""
        raise NotImplementedError

    def save(self) -> bool:
        """Store the form; True when it was saved."""
        raise NotImplementedError

    def load(self) -> None:
        """Fill the form from what is stored for the current choice."""
        raise NotImplementedError

    def follow_choice(self, picker: QComboBox) -> None:
        """Load what picker chooses, asking about unsaved edits before leaving the current one."""
        self._current = picker.currentData()
        picker.currentIndexChanged.connect(lambda _i: self._switch(picker))

    def _keep_or_drop(self) -> bool:
        """Ask about unsaved changes; False when the user cancels (or the save is refused)."""
        if not self.is_dirty():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.unsaved_question(),
            buttons.Save | buttons.Discard | buttons.Cancel,
        )
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def _switch(self, picker: QComboBox) -> None:
        new = picker.currentData()
        if new == self._current:
            return
        picker.blockSignals(True)
        picker.setCurrentIndex(picker.findData(self._current))  # shown while the question is
        go_on = self._keep_or_drop()
        if go_on:
            picker.setCurrentIndex(picker.findData(new))
            self._current = new
        picker.blockSignals(False)
        if go_on:
            self.load()

    def discard_changes(self) -> None:
        """Show the saved state again, dropping what was typed."""
        self.load()

    def reject(self) -> None:
        if self._keep_or_drop():
            super().reject()
