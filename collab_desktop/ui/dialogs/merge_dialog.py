"""When a save is refused because someone else changed the record meanwhile: what they changed
(and what both of you changed), yours beside theirs, a choice per field, and OK to save the merge.

The comparison itself is domain/record_merge.py; this dialog only shows it and returns the choices.
Cancel changes nothing: the form keeps what was typed, unsaved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.record_merge import Comparison, Side
from collab_desktop.domain.record_stamps import when_text
from collab_desktop.domain.translation import translate
from collab_desktop.ui.dialogs.dialog_size import open_at, screen_room

# Characters of a value shown on a button, at most and at the least: fewer when two columns of
# that many would not fit the screen (a large font, a small laptop). The full text of a longer
# value is in a wrapped line under its button.
LONGEST, SHORTEST = 44, 16
FIELD_CHARACTERS = 14  # the field names' column, in average characters (wider names wrap)


def shown_value(value: Any) -> str:
    """A field's value as the dialog shows it: yes/no, dates, "(empty)" for nothing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return translate("MergeDialog", "(empty)")
    if isinstance(value, bool):
        return translate("MergeDialog", "yes") if value else translate("MergeDialog", "no")
    if isinstance(value, datetime):
        return f"{value:%a %d %b %Y %H:%M}"
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


def _short(text: str, longest: int) -> str:
    return text if len(text) <= longest else text[: longest - 1] + "…"


def value_characters(dialog: QWidget) -> int:
    """How many characters of a value its button shows, so that both columns of buttons and the
    field names fit the screen the dialog opens on."""
    char = max(dialog.fontMetrics().averageCharWidth(), 1)
    indicator = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
    # The field names, the gaps between the columns, the dialog's margins and the scroll bar.
    around = char * (FIELD_CHARACTERS + 14)
    per_column = (screen_room(dialog).width() - around) // 2 - indicator
    return max(SHORTEST, min(LONGEST, per_column // char))


class MergeDialog(QDialog):
    """Choose, field by field, between your value and the one saved by someone else."""

    def __init__(
        self,
        what: str,
        changed_by: str,
        changed_at: datetime | None,
        comparison: Comparison,
        labels: Mapping[str, str],
        describe: Callable[[str, Any], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self._groups: dict[str, QButtonGroup] = {}
        self._buttons: dict[str, dict[Side, QRadioButton]] = {}
        describe = describe or (lambda _name, value: shown_value(value))
        who = changed_by or translate("MergeDialog", "someone")
        self.setWindowTitle(translate("MergeDialog", "Changed by {who}").format(who=who))
        when = f" {when_text(changed_at)}" if changed_at is not None else ""
        heading = QLabel(
            translate(
                "MergeDialog",
                "{what} was changed by {who}{when} while you were editing it. Choose, for each "
                "field, which value to keep; then Save merge saves the result.",
            ).format(what=what, who=who, when=when)
        )
        heading.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        for column, text in enumerate(
            (
                translate("MergeDialog", "Field"),
                translate("MergeDialog", "Yours"),
                translate("MergeDialog", "Theirs ({who})").format(who=who),
            )
        ):
            title = QLabel(f"<b>{text}</b>")
            grid.addWidget(title, 0, column)
        first: QRadioButton | None = None
        longest = value_characters(self)
        for row, diff in enumerate(comparison.differences, start=1):
            label = labels.get(diff.name, diff.name)
            note = (
                translate("MergeDialog", "{field} (changed by both)").format(field=label)
                if diff.both_changed
                else label
            )
            name_label = QLabel(note)
            name_label.setWordWrap(True)
            name_label.setAlignment(Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            buttons: dict[Side, QRadioButton] = {}
            for column, side, value in ((1, Side.MINE, diff.mine), (2, Side.THEIRS, diff.theirs)):
                text = describe(diff.name, value)
                button = QRadioButton(_short(text, longest))
                button.setToolTip(text)
                cell = QWidget()
                cell_layout = QVBoxLayout(cell)
                cell_layout.setContentsMargins(0, 0, 0, 0)
                cell_layout.setSpacing(0)
                cell_layout.addWidget(button)
                if len(text) > longest:
                    # A long value (notes) is read in full under its button, wrapped.
                    full = QLabel(text)
                    full.setWordWrap(True)
                    full.setObjectName("hint")
                    full.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    cell_layout.addWidget(full)
                whose = (
                    translate("MergeDialog", "yours")
                    if side is Side.MINE
                    else translate("MergeDialog", "theirs")
                )
                button.setAccessibleName(f"{label}: {whose}")
                button.setAccessibleDescription(text)
                button.setObjectName(f"merge_{diff.name}_{side.value}")
                group.addButton(button)
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
                buttons[side] = button
            buttons[diff.default].setChecked(True)
            name_label.setBuddy(buttons[diff.default])
            grid.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self._groups[diff.name] = group
            self._buttons[diff.name] = buttons
            first = first or buttons[diff.default]
        grid.setRowStretch(len(comparison.differences) + 1, 1)  # rows at the top, space below
        grid.setColumnMinimumWidth(0, self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        fields = QWidget()
        fields.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Only when the screen is too small for even the shortest buttons: then it scrolls.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(fields)
        scroll.setAccessibleName(translate("MergeDialog", "Fields to choose"))

        kept = [labels.get(name, name) for name in comparison.mine_only]
        mine_note = QLabel(
            translate("MergeDialog", "Your other changes are kept: {fields}.").format(
                fields=", ".join(kept)
            )
        )
        mine_note.setWordWrap(True)
        mine_note.setObjectName("hint")
        mine_note.setVisible(bool(kept))

        self.keep_mine = QPushButton(translate("MergeDialog", "Keep all &mine"))
        self.keep_mine.setAccessibleName(translate("MergeDialog", "Keep all mine"))
        self.keep_mine.setToolTip(translate("MergeDialog", "Choose your value in every field"))
        self.take_theirs = QPushButton(translate("MergeDialog", "Take all &theirs"))
        self.take_theirs.setAccessibleName(translate("MergeDialog", "Take all theirs"))
        self.take_theirs.setToolTip(translate("MergeDialog", "Choose their value in every field"))
        self.keep_mine.clicked.connect(lambda: self.choose_all(Side.MINE))
        self.take_theirs.clicked.connect(lambda: self.choose_all(Side.THEIRS))
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.ActionRole)
        box.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("MergeDialog", "Save merge"))
        self.ok_button.setAccessibleName(translate("MergeDialog", "Save merge"))
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("MergeDialog", "Cancel (keep editing)"))
        cancel.setAccessibleName(translate("MergeDialog", "Cancel, keep editing"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(mine_note)
        layout.addWidget(box)
        self._open_to_fit(scroll, fields, (heading, mine_note), box)
        if first is not None:
            first.setFocus()

    def _open_to_fit(
        self, scroll: QScrollArea, fields: QWidget, notes: tuple[QLabel, ...], box: QWidget
    ) -> None:
        """Open wide enough for every field's row without scrolling sideways, and high enough
        for all of them, as far as the screen allows."""
        margins = self.layout().contentsMargins()
        frame = 2 * scroll.frameWidth()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        inner = fields.minimumSizeHint().width()
        width = max(
            inner + frame + bar, box.sizeHint().width(), self.fontMetrics().averageCharWidth() * 80
        )
        width = min(width + margins.left() + margins.right(), screen_room(self).width())
        text_width = width - margins.left() - margins.right()
        spacing = max(self.layout().spacing(), 0)
        height = margins.top() + margins.bottom() + box.sizeHint().height() + frame
        height += (
            fields.heightForWidth(text_width - frame - bar)
            if fields.hasHeightForWidth()
            else fields.sizeHint().height()
        )
        for note in notes:
            if not note.isHidden():
                height += note.heightForWidth(text_width) + spacing
        open_at(self, QSize(width, height + 2 * spacing))

    def choose(self, field: str, side: Side) -> None:
        """Take one side's value for one field."""
        self._buttons[field][side].setChecked(True)

    def choose_all(self, side: Side) -> None:
        """Take one side's value in every field ("Keep all mine", "Take all theirs")."""
        for buttons in self._buttons.values():
            buttons[side].setChecked(True)

    def choices(self) -> dict[str, Side]:
        """The side chosen for each listed field."""
        return {
            name: Side.MINE if buttons[Side.MINE].isChecked() else Side.THEIRS
            for name, buttons in self._buttons.items()
        }


def run_merge_dialog(dialog: MergeDialog) -> int:
    """Show the dialog modally and return how it ended (tests replace this to answer it)."""
    return dialog.exec()
