"""A form too narrow for a label beside its field puts every label above its field, and back
beside them when it is wide again; its minimum width is that of the widest label or field."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from collab_desktop.ui.widgets.form_panel import FormPanel


def test_labels_go_above_their_fields_when_the_form_is_narrow(qtbot) -> None:  # noqa: ANN001
    form = FormPanel()
    title = form.add_field("title", "&Title", QLineEdit())
    kind = QComboBox()
    kind.addItem("Community-of-practice working session")
    form.add_field("kind", "A rather long label for the kind", kind)
    host = QWidget()
    qtbot.addWidget(host)
    QVBoxLayout(host).addWidget(form)
    host.resize(form.side_by_side_width() + 60, 300)
    host.show()
    qtbot.waitExposed(host)
    qtbot.wait(20)
    assert not form.labels_above()
    label = form.form.labelForField(title.parentWidget())
    assert label.geometry().top() == title.parentWidget().geometry().top()

    narrow = form.minimumSizeHint().width()
    assert narrow < form.side_by_side_width()
    assert narrow >= kind.minimumSizeHint().width()
    host.resize(narrow + 30, 300)
    qtbot.wait(20)
    assert form.labels_above()
    assert label.geometry().bottom() < title.parentWidget().geometry().top()
    assert kind.width() >= kind.minimumSizeHint().width()

    host.resize(form.side_by_side_width() + 60, 300)
    qtbot.wait(20)
    assert not form.labels_above()
