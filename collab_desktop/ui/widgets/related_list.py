"""A titled list of related records with its own buttons (members, collaboratives, registrations)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from collab_desktop.domain.translation import translate
from collab_desktop.ui.icons import icon
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.widgets.record_table import RecordTable
from collab_desktop.ui.widgets.wrapping_row import WrappingRow


class RelatedList(QWidget):
    """Title, search and table of related records, and a row of buttons added by the owner."""

    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        search_text: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.table = RecordTable(
            columns, search_text, translate("RelatedList", "Filter this list"), shortcut_hint=False
        )
        self.table.view.setMinimumHeight(160)
        self.table.set_accessible_names(
            title, translate("RelatedList", "Filter {list}").format(list=title.lower())
        )
        # The buttons take a second row rather than widen the form (a large font, Spanish).
        self.buttons = WrappingRow(last_at_right=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def add_button(self, icon_name: str, text: str, tooltip: str = "") -> QPushButton:
        """Add a button before the stretch; returns it so the owner can connect it."""
        return self.put_button(QPushButton(icon(icon_name), text), tooltip)

    def put_button(self, button: QPushButton, tooltip: str = "") -> QPushButton:
        """Add a button made by the owner (e.g. with the style's own icon) after the others."""
        button.setToolTip(tooltip)
        self.buttons.add_group([button])
        return button

    def set_records(self, records: Sequence[Any], title: str | None = None) -> None:
        keep = self.table.current_record()
        self.table.set_records(records, keep_id=getattr(keep, "id", None))
        self.table.fit_columns(240)
        if title is not None:
            self.title.setText(title)
