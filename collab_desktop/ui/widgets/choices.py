"""Combo boxes for the domain's vocabularies (fixed or user-extendable)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def fixed_combo(values: Iterable[str], labels: dict[str, str] | None = None) -> QComboBox:
    """A non-editable combo whose item data is the stored value."""
    combo = QComboBox()
    for value in values:
        combo.addItem((labels or {}).get(value, value.capitalize()), value)
    return combo


def editable_combo(values: Iterable[str]) -> QComboBox:
    """A combo that offers the known values and accepts a new one typed in."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(values))
    return combo


def set_combo_value(combo: QComboBox, value: str | None) -> None:
    """Select the item whose data (or text, for editable combos) is value."""
    index = combo.findData(value)
    if index < 0:
        index = combo.findText(value or "")
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setEditText(value or "")
    else:
        combo.setCurrentIndex(0)


def combo_value(combo: QComboBox) -> str:
    """The stored value of the chosen item, or the typed text of an editable combo."""
    if combo.isEditable():
        text = combo.currentText().strip()
        index = combo.findText(text)
        data = combo.itemData(index) if index >= 0 else None
        return str(data) if data is not None else text
    data = combo.currentData()
    return str(data) if data is not None else combo.currentText()


def refill_combo(combo: QComboBox, values: Iterable[str]) -> None:
    """Replace the items, keeping the current value."""
    current = combo_value(combo)
    blocker = combo.blockSignals(True)
    combo.clear()
    combo.addItems(list(values))
    set_combo_value(combo, current)
    combo.blockSignals(blocker)
