"""The Outlook-style recurrence picker: repeat daily/weekly/monthly, every N, until a date or N times."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from collab_desktop.domain import clock
from collab_desktop.domain import recurrence as rr
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.ui.accessibility import set_name

# Shown through translate("RecurrencePicker", label) once the language is chosen.
REPEAT_CHOICES = (
    ("none", QT_TRANSLATE_NOOP("RecurrencePicker", "Does not repeat")),
    ("daily", QT_TRANSLATE_NOOP("RecurrencePicker", "Daily")),
    ("weekly", QT_TRANSLATE_NOOP("RecurrencePicker", "Weekly")),
    ("monthly", QT_TRANSLATE_NOOP("RecurrencePicker", "Monthly")),
    ("yearly", QT_TRANSLATE_NOOP("RecurrencePicker", "Yearly")),
)
WEEK_CHOICES = (
    (1, QT_TRANSLATE_NOOP("RecurrencePicker", "1st")),
    (2, QT_TRANSLATE_NOOP("RecurrencePicker", "2nd")),
    (3, QT_TRANSLATE_NOOP("RecurrencePicker", "3rd")),
    (4, QT_TRANSLATE_NOOP("RecurrencePicker", "4th")),
    (5, QT_TRANSLATE_NOOP("RecurrencePicker", "5th")),
    (-1, QT_TRANSLATE_NOOP("RecurrencePicker", "last")),
)
UNITS = {
    "daily": QT_TRANSLATE_NOOP("RecurrencePicker", "day(s)"),
    "weekly": QT_TRANSLATE_NOOP("RecurrencePicker", "week(s)"),
    "monthly": QT_TRANSLATE_NOOP("RecurrencePicker", "month(s)"),
    "yearly": QT_TRANSLATE_NOOP("RecurrencePicker", "year(s)"),
}


def weekday_name(index: int, short: bool = False) -> str:
    """The name of a weekday (0 is Monday, as in the recurrence rules) in the chosen locale."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneDayName(index + 1, fmt)


class RecurrencePicker(QWidget):
    """Emits ``changed`` whenever the rule changes; ``rule()`` is RRULE text or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A named zone, not a fixed offset: a rule must keep its wall-clock time across DST.
        self._start = clock.local_now().replace(second=0, microsecond=0)
        self.repeat = QComboBox()
        for value, label in REPEAT_CHOICES:
            self.repeat.addItem(translate("RecurrencePicker", label), value)
        self.interval = QSpinBox()
        self.interval.setRange(1, 99)
        self.unit = QLabel()
        self.days = [QCheckBox(weekday_name(i, short=True)) for i in range(7)]
        self.by_date = QRadioButton()
        self.by_weekday = QRadioButton()
        self.by_date.setChecked(True)
        self.week = QComboBox()
        for value, label in WEEK_CHOICES:
            self.week.addItem(translate("RecurrencePicker", label), value)
        self.weekday = QComboBox()
        self.weekday.addItems([weekday_name(i) for i in range(7)])
        self.end_count = QRadioButton(translate("RecurrencePicker", "End after"))
        self.count = QSpinBox()
        self.count.setRange(1, 500)
        self.count.setValue(12)
        self.count.setSuffix(translate("RecurrencePicker", " times"))
        self.end_until = QRadioButton(translate("RecurrencePicker", "End by"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.end_count.setChecked(True)
        ends = QButtonGroup(self)
        ends.addButton(self.end_count)
        ends.addButton(self.end_until)
        monthly = QButtonGroup(self)
        monthly.addButton(self.by_date)
        monthly.addButton(self.by_weekday)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.repeat)
        self.every = QLabel(translate("RecurrencePicker", "every"))
        top.addWidget(self.every)
        top.addWidget(self.interval)
        top.addWidget(self.unit)
        top.addStretch(1)
        grid.addLayout(top, 0, 0, 1, 2)
        self.days_row = QWidget()
        days_layout = QHBoxLayout(self.days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(QLabel(translate("RecurrencePicker", "On")))
        for box in self.days:
            days_layout.addWidget(box)
        days_layout.addStretch(1)
        grid.addWidget(self.days_row, 1, 0, 1, 2)
        self.month_row = QWidget()
        month_layout = QHBoxLayout(self.month_row)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.by_date)
        month_layout.addSpacing(12)
        month_layout.addWidget(self.by_weekday)
        month_layout.addWidget(QLabel(translate("RecurrencePicker", "on the")))
        month_layout.addWidget(self.week)
        month_layout.addWidget(self.weekday)
        month_layout.addStretch(1)
        grid.addWidget(self.month_row, 2, 0, 1, 2)
        self.end_row = QWidget()
        end_layout = QHBoxLayout(self.end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_count)
        end_layout.addWidget(self.count)
        end_layout.addSpacing(12)
        end_layout.addWidget(self.end_until)
        end_layout.addWidget(self.until)
        end_layout.addStretch(1)
        grid.addWidget(self.end_row, 3, 0, 1, 2)
        grid.addWidget(self.summary, 4, 0, 1, 2)
        self._name_controls()

        for signal in (
            self.repeat.currentIndexChanged,
            self.interval.valueChanged,
            self.week.currentIndexChanged,
            self.weekday.currentIndexChanged,
            self.count.valueChanged,
            self.until.dateChanged,
        ):
            signal.connect(self._update)
        for button in (*self.days, self.by_date, self.by_weekday, self.end_count, self.end_until):
            button.toggled.connect(self._update)
        self.set_start(self._start)

    def _name_controls(self) -> None:
        """Names for screen readers: the picker reads as a sentence, its parts need their own."""
        set_name(
            self.repeat,
            translate("RecurrencePicker", "Repeat"),
            translate("RecurrencePicker", "The summary under the choices reads the whole rule"),
        )
        self.interval.setAccessibleName(translate("RecurrencePicker", "Repeat every"))
        for index, box in enumerate(self.days):
            box.setAccessibleName(
                translate("RecurrencePicker", "On {weekday}").format(weekday=weekday_name(index))
            )
        self.by_weekday.setAccessibleName(
            translate("RecurrencePicker", "On a weekday of the month")
        )
        set_name(self.week, translate("RecurrencePicker", "Week of the month"))
        set_name(self.weekday, translate("RecurrencePicker", "Weekday"))
        self.count.setAccessibleName(translate("RecurrencePicker", "Number of times"))
        self.until.setAccessibleName(translate("RecurrencePicker", "Last date"))

    def set_start(self, start: datetime) -> None:
        """Follow the first occurrence: its weekday, day of month and week of the month."""
        self._start = start
        blockers = [w.blockSignals(True) for w in (self.week, self.weekday, *self.days)]
        self.by_date.setText(translate("RecurrencePicker", "On day {day}").format(day=start.day))
        self.week.setCurrentIndex(min((start.day - 1) // 7, 4))
        self.weekday.setCurrentIndex(start.weekday())
        if not any(box.isChecked() for box in self.days):
            self.days[start.weekday()].setChecked(True)
        for w, b in zip((self.week, self.weekday, *self.days), blockers, strict=True):
            w.blockSignals(b)
        if self.until.date() <= QDate(start.year, start.month, start.day):
            self.until.setDate(QDate(start.year, 12, 31))
        self._update()

    def frequency(self) -> str:
        return str(self.repeat.currentData())

    def choice(self) -> rr.RecurrenceChoice | None:
        freq = self.frequency()
        if freq == "none":
            return None
        until_q = self.until.date()
        return rr.RecurrenceChoice(
            frequency=freq,
            interval=self.interval.value(),
            weekdays=tuple(i for i, box in enumerate(self.days) if box.isChecked()),
            monthly_mode="weekday" if self.by_weekday.isChecked() else "date",
            week_of_month=self.week.currentData() if self.by_weekday.isChecked() else None,
            weekday=self.weekday.currentIndex() if self.by_weekday.isChecked() else None,
            count=self.count.value() if self.end_count.isChecked() else None,
            until=date(until_q.year(), until_q.month(), until_q.day())
            if self.end_until.isChecked()
            else None,
        )

    def rule(self) -> str | None:
        """RRULE text for the current choice, or None for a single session."""
        choice = self.choice()
        return None if choice is None else rr.build_rrule(choice, self._start)

    def set_rule(self, rule: str | None) -> None:
        """Show an existing rule (None: does not repeat)."""
        if not rule:
            self.repeat.setCurrentIndex(0)
            return
        choice = rr.choice_from_rrule(rule, self._start)
        self.repeat.setCurrentIndex(self.repeat.findData(choice.frequency))
        self.interval.setValue(choice.interval)
        for i, box in enumerate(self.days):
            box.setChecked(i in choice.weekdays)
        if choice.monthly_mode == "weekday":
            self.by_weekday.setChecked(True)
            self.week.setCurrentIndex(self.week.findData(choice.week_of_month))
            self.weekday.setCurrentIndex(choice.weekday or 0)
        if choice.count is not None:
            self.end_count.setChecked(True)
            self.count.setValue(choice.count)
        elif choice.until is not None:
            self.end_until.setChecked(True)
            self.until.setDate(QDate(choice.until.year, choice.until.month, choice.until.day))

    def _update(self, *_args: object) -> None:
        freq = self.frequency()
        repeating = freq != "none"
        for w in (self.every, self.interval, self.unit, self.end_row):
            w.setVisible(repeating)
        self.days_row.setVisible(freq == "weekly")
        self.month_row.setVisible(freq == "monthly")
        self.unit.setText(translate("RecurrencePicker", UNITS[freq]) if freq in UNITS else "")
        self.count.setEnabled(self.end_count.isChecked())
        self.until.setEnabled(self.end_until.isChecked())
        try:
            rule = self.rule()
            self.summary.setText(rr.describe_rrule(rule, self._start) if rule else "")
        except rr.RecurrenceError as exc:
            self.summary.setText(str(exc))
        self.summary.setVisible(repeating)
        self.changed.emit()
