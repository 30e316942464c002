"""Accessible names for screen readers: from form labels, so new forms are named for free.

Qt on Linux names a field from a label only when the label is its buddy *and* a sibling, and
not every screen reader follows a labelled-by relation: each control gets a name of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QWidget,
)


def plain_label(text: str) -> str:
    """A label's text as a name: no '&' mnemonic markers, no trailing colon, no markup."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":").strip()


def set_name(widget: QWidget, name: str, description: str = "") -> None:
    """Name a control (and the line edit inside an editable combo box); describe it if asked.

    Qt's AT-SPI bridge on Linux names a combo box by its current value and ignores its
    accessible name (Windows and macOS read the name), so there a combo box also carries its
    name at the start of its description, which Linux screen readers read after the value.
    """
    widget.setAccessibleName(name)
    if isinstance(widget, QComboBox):
        description = f"{name}. {description}" if description else name
        if widget.lineEdit() is not None:
            widget.lineEdit().setAccessibleName(name)
            widget.lineEdit().setAccessibleDescription(description)
    if description:
        widget.setAccessibleDescription(description)


def _focusable(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(widget, QLabel)


def _unnamed_controls(widget: QWidget) -> list[QWidget]:
    """The focusable controls in a field widget (itself, or its outermost children) unnamed."""
    if _focusable(widget):
        found = [widget]
    else:
        found = [
            w
            for w in widget.findChildren(QWidget)
            if _focusable(w) and not _inside_control(w, widget)
        ]
    if len(found) == 1:
        return [w for w in found if not w.accessibleName() and not _own_text(w)]
    # Parts of a compound field (a check box beside a date) are named "Label: part".
    return [w for w in found if not w.accessibleName()]


def _inside_control(widget: QWidget, top: QWidget) -> bool:
    """True when a focusable ancestor below top holds widget (a combo box's line edit)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if _focusable(parent):
            return True
        parent = parent.parentWidget()
    return False


def _own_text(widget: QWidget) -> str:
    """The visible text a button or check box is named by."""
    return widget.text() if isinstance(widget, QAbstractButton) else ""


def _layout_controls(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            found += _unnamed_controls(item.widget())
        elif item.layout() is not None:
            found += _layout_controls(item.layout())
    return found


def name_field(field: QWidget | QLayout, label: str) -> None:
    """Name the unnamed controls of one form field after its label ('Label', 'Label, 2', ...)."""
    controls = _layout_controls(field) if isinstance(field, QLayout) else _unnamed_controls(field)
    n = 0
    for control in controls:
        if own := plain_label(_own_text(control)):
            set_name(control, f"{label}: {own}")
            continue
        n += 1
        set_name(control, label if n == 1 else f"{label}, {n}")


def name_from_labels(root: QWidget) -> None:
    """Give every unnamed field under root the name of its form label or buddy label."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            text = plain_label(label.widget().text())
            target = field.widget() or field.layout()
            if text and target is not None:
                name_field(target, text)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and plain_label(label.text()):
            set_name(buddy, plain_label(label.text()))
