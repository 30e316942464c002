"""A form whose fields show their validation message right below them, and which knows it is dirty."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.ui.accessibility import name_field, plain_label
from collab_desktop.ui.widgets.optional_date import OptionalDateEdit


class FormPanel(QWidget):
    """Labelled fields in a QFormLayout; ``show_errors({field: message})`` puts messages beside them."""

    dirty_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._general = QLabel()
        self._general.setObjectName("formError")
        self._general.setWordWrap(True)
        self._general.hide()
        outer.addWidget(self._general)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels go above their fields when a label and a field do not fit side by side.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setVerticalSpacing(8)
        self.form.setHorizontalSpacing(12)
        outer.addLayout(self.form)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, str] = {}
        self._dirty = False
        self._loading = 0

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled field; edits to it mark the form dirty."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        label_widget = QLabel(label)
        label_widget.setBuddy(widget)
        # The label and the field sit under different parents: Qt would not name it from them.
        name_field(widget, plain_label(label))
        self.form.addRow(label_widget, box)
        self._errors[name] = error
        self._fields[name] = widget
        self._labels[name] = plain_label(label)
        widget.setObjectName(f"field_{name}")
        self._watch(widget)
        return widget

    # --- narrow: labels above fields -------------------------------------------------
    def _shown_rows(self) -> list[tuple[QWidget, QWidget]]:
        rows = []
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and not field.widget().isHidden():
                rows.append((label.widget(), field.widget()))
        return rows

    def side_by_side_width(self) -> int:
        """The width the widest label and the widest field need side by side."""
        rows = self._shown_rows()
        if not rows:
            return 0
        labels = max(label.minimumSizeHint().width() for label, _field in rows)
        fields = max(field.minimumSizeHint().width() for _label, field in rows)
        return labels + max(self.form.horizontalSpacing(), 0) + fields

    def labels_above(self) -> bool:
        """True while every label sits above its field (the form is too narrow for both)."""
        return self.form.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the widest label or field alone: labels then go above their fields."""
        hint = super().minimumSizeHint()
        rows = self._shown_rows()
        if not rows:
            return hint
        narrow = max(max(label.minimumSizeHint().width(), field.minimumSizeHint().width())
                     for label, field in rows)  # fmt: skip
        return QSize(max(narrow, self._general.minimumSizeHint().width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # Every row or none: one label above its field among others beside theirs looks lost.
        wrap = event.size().width() < self.side_by_side_width()
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if wrap
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if policy != self.form.rowWrapPolicy():
            self.form.setRowWrapPolicy(policy)
            self.updateGeometry()
        super().resizeEvent(event)

    def labels(self) -> dict[str, str]:
        """Each field's label as read (no mnemonic), by field name: how other views name them."""
        return dict(self._labels)

    def focus_first_field(self) -> None:
        """Focus the first field that takes the keyboard (focusNextChild went from the search)."""
        for widget in self._fields.values():
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.mark_dirty)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.mark_dirty)
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(self.mark_dirty)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(self.mark_dirty)
        elif isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(self.mark_dirty)  # type: ignore[attr-defined]
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(self.mark_dirty)
        elif isinstance(widget, OptionalDateEdit):
            widget.changed.connect(self.mark_dirty)

    # --- dirty state ------------------------------------------------------------------
    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill fields without marking the form dirty."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1
        self.set_dirty(False)

    def mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self.set_dirty(True)

    def set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def is_dirty(self) -> bool:
        return self._dirty

    # --- errors -----------------------------------------------------------------------
    def clear_errors(self) -> None:
        self._general.hide()
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field (unknown fields go to the top); focus the first."""
        self.clear_errors()
        general = []
        first: QWidget | None = None
        for name, message in errors.items():
            label = self._errors.get(name)
            if label is None:
                general.append(message)
                continue
            label.setText(message)
            label.show()
            if first is None:
                first = self._fields[name]
        if general:
            self._general.setText("\n".join(general))
            self._general.show()
        if first is not None:
            first.setFocus()

    def general_error_text(self) -> str:
        """The message shown above the fields ('' when none): a save the server could not take."""
        return self._general.text() if not self._general.isHidden() else ""

    def error_text(self, name: str) -> str:
        """The message shown under a field ('' when none); used by tests and accessibility."""
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""
