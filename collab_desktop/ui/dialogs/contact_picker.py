"""Pick one or more contacts by searching (to add members or registrations)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain import clock
from collab_desktop.domain.records import ContactRow
from collab_desktop.domain.translation import translate
from collab_desktop.services.directory.contacts import contact_rows
from collab_desktop.ui.accessibility import name_from_labels
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.widgets.choices import combo_value, editable_combo, set_combo_value
from collab_desktop.ui.widgets.optional_date import OptionalDateEdit
from collab_desktop.ui.widgets.record_table import RecordTable


def contact_columns() -> list[Column]:
    """The picker's columns, headed in the chosen language."""
    return [
        Column(translate("ContactPickerDialog", "Last name"), lambda c: c.last_name),
        Column(translate("ContactPickerDialog", "First name"), lambda c: c.first_name),
        Column(translate("ContactPickerDialog", "Email"), lambda c: c.email),
        Column(translate("ContactPickerDialog", "Organization"), lambda c: c.organization),
    ]


def contact_search_text(c: ContactRow) -> str:
    return f"{c.first_name} {c.last_name}\t{c.email}\t{c.organization}"


class ContactPickerDialog(QDialog):
    """Searchable multi-select list of contacts, optionally with a role and a joined date."""

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        exclude_ids: set[int] | None = None,
        roles: list[str] | None = None,
        default_role: str = "member",
        with_date: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 520)
        exclude = exclude_ids or set()
        search = translate("ContactPickerDialog", "Search contacts")
        self.table = RecordTable(contact_columns(), contact_search_text, search)
        self.table.set_accessible_names(translate("ContactPickerDialog", "Contacts"), search)
        self.table.set_records([c for c in contact_rows(ctx.db) if c.id not in exclude])
        self.table.fit_columns(260)
        hint = QLabel(
            translate(
                "ContactPickerDialog",
                "Select one or more people (Ctrl+click or Shift+click for several).",
            )
        )
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.role_combo = None
        if roles is not None:
            self.role_combo = editable_combo(roles)
            set_combo_value(self.role_combo, default_role)
            form.addRow(translate("ContactPickerDialog", "Role"), self.role_combo)
        self.date_edit = None
        if with_date:
            self.date_edit = OptionalDateEdit(translate("ContactPickerDialog", "Joined on"))
            self.date_edit.set_value(clock.today())
            form.addRow(translate("ContactPickerDialog", "Joined"), self.date_edit)
        layout.addLayout(form)
        name_from_labels(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ContactPickerDialog", "Add")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.activated.connect(lambda _r: self.accept())
        self.table.search.setFocus()

    def accept(self) -> None:
        """Add; with nobody selected, the row the keyboard is on (Tab to the list, then Enter)."""
        view = self.table.view
        if not self.table.selected_records() and view.hasFocus() and view.currentIndex().isValid():
            view.selectRow(view.currentIndex().row())
        super().accept()

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.table.selected_records()]

    def role(self) -> str:
        return combo_value(self.role_combo) if self.role_combo is not None else "member"

    def joined_on(self) -> date | None:
        return self.date_edit.value() if self.date_edit is not None else None
