"""The bar above a form whose record changed elsewhere while it held unsaved edits.

"Changed by dana: Reload · Keep editing". Nothing typed is lost until the user chooses Reload;
Keep editing hides the bar, and a later save stores what the form shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from collab_desktop.domain.translation import translate
from collab_desktop.ui.icons import icon
from collab_desktop.ui.widgets.bar_row import BarRow


class ChangedBar(QFrame):
    """Hidden until ``show_change``; emits ``reload_requested`` or ``keep_requested``."""

    reload_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("ChangedBar", "Changed elsewhere"))
        self.message = QLabel()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(icon("redo"), translate("ChangedBar", "Reload"))
        self.reload_button.setAccessibleName(translate("ChangedBar", "Reload"))
        self.reload_button.setAccessibleDescription(
            translate("ChangedBar", "Show the stored record; your unsaved edits are discarded")
        )
        self.reload_button.setToolTip(
            translate("ChangedBar", "Show their version; your unsaved edits are discarded")
        )
        self.keep_button = QPushButton(translate("ChangedBar", "Keep editing"))
        self.keep_button.setAccessibleName(translate("ChangedBar", "Keep editing"))
        self.keep_button.setAccessibleDescription(
            translate("ChangedBar", "Hide this message and go on with your edits")
        )
        self.keep_button.setToolTip(
            translate("ChangedBar", "Go on with your edits; saving stores what the form shows")
        )
        for button in (self.reload_button, self.keep_button):
            button.setAutoDefault(False)  # Enter in a dialog still saves; it never reloads
        self.reload_button.clicked.connect(self.reload_requested)
        self.keep_button.clicked.connect(self.keep_requested)
        # The buttons go under the message when the form is too narrow for both on one line.
        self.row = BarRow(self.message)
        self.row.add_button(self.reload_button)
        self.row.add_button(self.keep_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.row)
        self.hide()

    def show_change(self, user: str | None, deleted: bool = False) -> None:
        """Say who changed (or deleted) the record; an empty name says "elsewhere"."""
        if deleted:
            text = (
                translate("ChangedBar", "Deleted by {name} while you were editing.").format(
                    name=user
                )
                if user
                else translate("ChangedBar", "Deleted elsewhere while you were editing.")
            )
        elif user:
            text = translate("ChangedBar", "Changed by {name} while you were editing.").format(
                name=user
            )
        else:
            text = translate("ChangedBar", "Changed elsewhere while you were editing.")
        self.message.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def is_showing(self) -> bool:
        """True while the bar waits for a choice (not hidden)."""
        return not self.isHidden()
