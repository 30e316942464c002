"""How a record tab is laid out: the searchable list with New and the count on the left; the
title, changed bar, form, stamps, buttons and related lists on the right, scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from collab_desktop.domain.translation import translate
from collab_desktop.ui.icons import icon
from collab_desktop.ui.tabs.record_live import ChangedBarOwner, make_changed_bar
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.vertical_scroll import VerticalScrollArea
from collab_desktop.ui.widgets.wrapping_row import WrappingRow

if TYPE_CHECKING:
    from collab_desktop.ui.tabs.tab_texts import TabTexts
    from collab_desktop.ui.widgets.changed_bar import ChangedBar
    from collab_desktop.ui.widgets.record_table import RecordTable


class LaidOutTab(ChangedBarOwner, Protocol):
    """What the layout uses of a record tab: its texts, table, form hooks and commands, and the
    widgets it puts on the tab."""

    texts: TabTexts
    table: RecordTable
    new_button: QPushButton
    count_label: QLabel
    title: QLabel
    form: FormPanel
    changed_bar: ChangedBar
    stamps: QLabel
    save_button: QPushButton
    cancel_button: QPushButton
    delete_button: QPushButton
    history_button: QPushButton

    def build_form(self, form: FormPanel) -> None: ...

    def build_related(self) -> QWidget | None: ...

    def new_record(self) -> None: ...

    def save(self) -> bool: ...

    def cancel_edit(self) -> None: ...

    def delete_selected(self) -> None: ...

    def show_history(self) -> None: ...


def build_list_column(tab: LaidOutTab) -> QWidget:
    """The list's column: the table, then New and the count under it."""
    tab.new_button = QPushButton(icon("add"), tab.texts.new_record)
    tab.new_button.setToolTip(tab.texts.new_tip)
    tab.new_button.clicked.connect(tab.new_record)
    tab.count_label = QLabel()
    tab.count_label.setObjectName("hint")

    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(tab.table, 1)
    bottom = QHBoxLayout()
    bottom.addWidget(tab.new_button)
    bottom.addStretch(1)
    bottom.addWidget(tab.count_label)
    left_layout.addLayout(bottom)
    return left


def build_form_column(tab: LaidOutTab) -> QWidget:
    """The form's column, in a scroll area; the tab's build_form and build_related fill it."""
    tab.title = QLabel()
    tab.title.setObjectName("formTitle")
    tab.title.setWordWrap(True)
    tab.form = FormPanel()
    tab.build_form(tab.form)
    # Said when the record changes elsewhere while the form holds unsaved edits.
    tab.changed_bar = make_changed_bar(tab)
    tab.save_button = QPushButton(icon("save"), translate("RecordTab", "Save"))
    tab.save_button.setToolTip(translate("RecordTab", "Save changes (Ctrl+S)"))
    # Who created the record and who changed it last, under the form.
    tab.stamps = QLabel()
    tab.stamps.setObjectName("hint")
    tab.stamps.setWordWrap(True)
    tab.stamps.setAccessibleName(translate("RecordTab", "Created and changed by"))
    tab.save_button.setDefault(True)
    tab.cancel_button = QPushButton(icon("cancel"), translate("RecordTab", "Cancel"))
    tab.cancel_button.setToolTip(translate("RecordTab", "Discard unsaved changes"))
    tab.delete_button = QPushButton(icon("delete"), translate("RecordTab", "Delete"))
    tab.delete_button.setToolTip(tab.texts.delete_tip)
    tab.history_button = QPushButton(translate("RecordTab", "History…"))
    tab.history_button.setToolTip(tab.texts.history_tip)
    tab.history_button.setAccessibleName(tab.texts.history_name)
    tab.save_button.clicked.connect(tab.save)
    tab.cancel_button.clicked.connect(tab.cancel_edit)
    tab.delete_button.clicked.connect(tab.delete_selected)
    tab.history_button.clicked.connect(tab.show_history)
    # Delete keeps apart at the right; the buttons take two rows in a narrow form.
    buttons = WrappingRow(
        [tab.save_button], [tab.cancel_button], [tab.history_button], [tab.delete_button]
    )

    right_inner = QWidget()
    right_layout = QVBoxLayout(right_inner)
    right_layout.setContentsMargins(16, 8, 16, 8)
    right_layout.addWidget(tab.title)
    right_layout.addWidget(tab.changed_bar)
    right_layout.addWidget(tab.form)
    right_layout.addWidget(tab.stamps)
    right_layout.addWidget(buttons)
    related = tab.build_related()
    if related is not None:
        right_layout.addWidget(related, 1)
    else:
        right_layout.addStretch(1)
    scroll = VerticalScrollArea()
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(right_inner)
    scroll.setAccessibleName(tab.texts.details)
    return scroll
