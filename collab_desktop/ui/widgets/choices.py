"""Combo boxes for the domain's vocabularies (fixed or user-extendable).

Each item shows a value in the chosen language and holds the stored (English) value as its data,
so what is saved never depends on the language; values users typed show as they typed them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from collab_desktop.domain.translation import translate


def shown_value(value: str) -> str:
    """A stored vocabulary value as shown: a built-in one translated, a typed one as it is."""
    return translate("Vocabulary", value)


def _add_values(combo: QComboBox, values: Iterable[str]) -> None:
    for value in values:
        combo.addItem(shown_value(value), value)


def fixed_combo(values: Iterable[str], labels: dict[str, str] | None = None) -> QComboBox:
    """A non-editable combo whose item data is the stored value."""
    combo = QComboBox()
    for value in values:
        label = (labels or {}).get(value)
        shown = translate("Vocabulary", label) if label else shown_value(value).capitalize()
        combo.addItem(shown, value)
    return combo


def editable_combo(values: Iterable[str]) -> QComboBox:
    """A combo that offers the known values and accepts a new one typed in."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    _add_values(combo, values)
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
    _add_values(combo, values)
    set_combo_value(combo, current)
    combo.blockSignals(blocker)
