"""A date that may be unknown: a check box plus a date editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from collab_desktop.domain import clock
from collab_desktop.domain.translation import translate


class OptionalDateEdit(QWidget):
    """``value()`` is a date or None; ``changed`` fires on any user edit."""

    changed = Signal()

    def __init__(
        self,
        check_label: str | None = None,
        display_format: str = "d MMM yyyy",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # No label given: "Known" in the chosen language (chosen after this module is imported).
        self.check = QCheckBox(check_label or translate("OptionalDateEdit", "Known"))
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(display_format)
        self.edit.setDate(QDate(clock.today()))
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def set_accessible_name(self, name: str) -> None:
        """Name the date for screen readers; the check box says whether it is used."""
        self.edit.setAccessibleName(name)
        self.check.setAccessibleName(
            translate("OptionalDateEdit", "{date}: {check}").format(
                date=name, check=self.check.text().replace("&", "")
            )
        )

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return self.edit.date().toPython()

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(QDate(value) if value is not None else QDate(clock.today()))
