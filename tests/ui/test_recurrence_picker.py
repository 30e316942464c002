"""The Outlook-style repeat picker: its rules, its zone, and what it shows."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from collab_desktop.domain.recurrence import expand

NY = ZoneInfo("America/New_York")


def test_picker_starts_in_the_named_zone_and_hides_every_when_not_repeating(qtbot) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.recurrence_picker import RecurrencePicker

    picker = RecurrencePicker()
    qtbot.addWidget(picker)
    assert getattr(picker._start.tzinfo, "key", None) == "America/New_York"
    assert picker.rule() is None
    assert not picker.every.isVisibleTo(picker) and not picker.interval.isVisibleTo(picker)
    picker.repeat.setCurrentIndex(picker.repeat.findData("weekly"))
    assert picker.every.isVisibleTo(picker) and picker.interval.isVisibleTo(picker)


def test_fifth_tuesday_is_offered_and_months_without_one_are_skipped(qtbot) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.recurrence_picker import RecurrencePicker

    picker = RecurrencePicker()
    qtbot.addWidget(picker)
    first = datetime(2030, 4, 30, 12, tzinfo=NY)  # the 5th Tuesday of April 2030
    picker.set_start(first)
    picker.repeat.setCurrentIndex(picker.repeat.findData("monthly"))
    picker.by_weekday.setChecked(True)
    picker.count.setValue(4)
    assert picker.rule() == "FREQ=MONTHLY;BYDAY=5TU;COUNT=4"
    assert "months without one are skipped" in picker.summary.text()
    starts = expand(picker.rule(), first)
    assert [s.strftime("%Y-%m-%d %H:%M") for s in starts] == [
        "2030-04-30 12:00",
        "2030-07-30 12:00",
        "2030-10-29 12:00",
        "2030-12-31 12:00",
    ]
