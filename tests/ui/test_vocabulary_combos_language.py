"""Vocabulary combos show built-in values in the chosen language and keep the stored English value;
what users typed stays as typed. Shares and days follow the locale."""

from __future__ import annotations

from datetime import date

import pytest
from spanish import Entries

from collab_desktop.domain import translation
from collab_desktop.ui.widgets.choices import (
    combo_value,
    editable_combo,
    fixed_combo,
    refill_combo,
    set_combo_value,
)

SPANISH: Entries = {
    ("Vocabulary", "coach"): "mentor",
    ("Vocabulary", "member"): "miembro",
    ("Vocabulary", "planned"): "planificado",
    ("Vocabulary", "Learning seminar"): "Seminario de aprendizaje",
    ("LocaleFormat", "{value}%"): "{value} %",
}


@pytest.fixture
def spanish_entries() -> Entries:
    return SPANISH


def test_editable_combo_shows_spanish_and_stores_english(qtbot, spanish) -> None:  # noqa: ANN001
    combo = editable_combo(["coach", "member", "QI leader"])
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["mentor", "miembro", "QI leader"]
    set_combo_value(combo, "coach")
    assert combo.currentText() == "mentor" and combo_value(combo) == "coach"
    combo.setEditText("miembro")  # typed as shown: the stored value is still English
    assert combo_value(combo) == "member"
    combo.setEditText("Patient advisor")  # a new role stays as typed
    assert combo_value(combo) == "Patient advisor"
    set_combo_value(combo, "coach")
    refill_combo(combo, ["member", "coach", "scholar"])
    assert combo_value(combo) == "coach" and combo.currentText() == "mentor"


def test_fixed_combo_translates_labels_and_keeps_values(qtbot, spanish) -> None:  # noqa: ANN001
    kinds = fixed_combo(["learning seminar", "other"], {"learning seminar": "Learning seminar"})
    statuses = fixed_combo(["planned", "closed"])
    for combo in (kinds, statuses):
        qtbot.addWidget(combo)
    assert (
        kinds.itemText(0) == "Seminario de aprendizaje" and kinds.itemData(0) == "learning seminar"
    )
    assert kinds.itemText(1) == "Other"  # no label and no translation: the value, capitalized
    assert [statuses.itemText(i) for i in range(2)] == ["Planificado", "Closed"]
    set_combo_value(statuses, "planned")
    assert combo_value(statuses) == "planned"


def test_combos_in_english_are_as_before(qtbot) -> None:  # noqa: ANN001
    combo = editable_combo(["coach", "QI leader"])
    statuses = fixed_combo(["planned"])
    for widget in (combo, statuses):
        qtbot.addWidget(widget)
    assert [combo.itemText(i) for i in range(2)] == ["coach", "QI leader"]
    assert statuses.itemText(0) == "Planned"


def test_days_and_shares_follow_the_locale(spanish) -> None:  # noqa: ANN001
    from collab_desktop.ui.locale_format import (
        day_text,
        number_text,
        percent_text,
        weekday_day_text,
    )

    assert day_text(date(2026, 11, 4)) == "04 nov 2026"
    assert weekday_day_text(date(2026, 11, 4)) == "mié 04 nov"
    assert percent_text(0.25) == "25 %" and percent_text(None) == "—"
    assert number_text(12000) == "12.000"


def test_days_and_shares_in_english(english) -> None:  # noqa: ANN001
    from collab_desktop.ui.locale_format import day_text, percent_text

    assert day_text(date(2026, 11, 4)) == "04 Nov 2026"
    assert percent_text(0.25) == "25%"


def test_a_pseudo_translated_date_pattern_falls_back_to_the_source(english) -> None:  # noqa: ANN001
    from collab_desktop.ui.locale_format import long_day_text

    translation.set_translator(lambda _c, s, _d=None, _n=-1: f"[{s.replace('y', 'ÿ')} ~~~]", "xx")
    try:
        assert long_day_text(date(2026, 12, 8)) == "Tuesday 08 December 2026"
    finally:
        translation.set_translator(None)
