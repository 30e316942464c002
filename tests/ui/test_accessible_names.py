"""Accessible names from form labels, for the forms of today and the ones still to come."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from collab_desktop.ui.accessibility import name_from_labels, plain_label
from collab_desktop.ui.widgets.form_panel import FormPanel
from collab_desktop.ui.widgets.optional_date import OptionalDateEdit


def test_plain_label_drops_mnemonics_and_colons() -> None:
    assert plain_label("&Header row:") == "Header row"
    assert plain_label("Save && close") == "Save & close"
    assert plain_label("  Notes ") == "Notes"


def test_a_new_form_gets_names_from_its_labels(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    form = QFormLayout(host)
    title, kind, length = QLineEdit(), QComboBox(), QSpinBox()
    kind.addItems(["Webinar", "Huddle"])
    form.addRow("&Title:", title)
    form.addRow("Kind", kind)
    start, end = QDateTimeEdit(), QDateTimeEdit()
    times = QHBoxLayout()
    times.addWidget(start)
    times.addWidget(QLabel("to"))
    times.addWidget(end)
    form.addRow("When", times)
    form.addRow("Length", length)
    length.setAccessibleName("Length in minutes")  # a name given by hand is kept
    form.addRow(QCheckBox("Send reminders"))
    name_from_labels(host)
    assert title.accessibleName() == "Title"
    assert kind.accessibleName() == "Kind"
    # Qt's Linux bridge reads a combo box's value as its name: the description carries it.
    assert kind.accessibleDescription() == "Kind"
    assert (start.accessibleName(), end.accessibleName()) == ("When", "When, 2")
    assert length.accessibleName() == "Length in minutes"


def test_buddy_labels_name_their_fields(qtbot) -> None:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    label = QLabel("Certificates: at least &N sessions")
    spin = QSpinBox()
    label.setBuddy(spin)
    row.addWidget(label)
    row.addWidget(spin)
    name_from_labels(host)
    assert spin.accessibleName() == "Certificates: at least N sessions"


def test_form_panel_names_fields_and_the_parts_of_compound_ones(qtbot) -> None:  # noqa: ANN001
    panel = FormPanel()
    qtbot.addWidget(panel)
    email = panel.add_field("email", "&Email", QLineEdit())
    started = panel.add_field("start", "Started", OptionalDateEdit("Known"))
    consent = panel.add_field("consent", "Consent", QCheckBox("Agrees to be listed"))
    assert email.accessibleName() == "Email"
    assert started.edit.accessibleName() == "Started"
    assert started.check.accessibleName() == "Started: Known"
    assert consent.accessibleName() == ""  # its own text names it


def test_tables_and_search_boxes_of_the_tabs_are_named(window) -> None:  # noqa: ANN001
    contacts = window.contacts_tab
    assert contacts.table.view.accessibleName() == "Contacts"
    assert contacts.table.search.accessibleName() == "Search name, email or organization"
    assert "clear button" in contacts.table.search.accessibleDescription()
    window.tabs.setCurrentWidget(window.sessions_tab)
    calendar = window.sessions_tab.calendar_view.calendar
    assert calendar.accessibleName() == "Calendar of sessions"
    assert "Arrow keys move between days" in calendar.accessibleDescription()
