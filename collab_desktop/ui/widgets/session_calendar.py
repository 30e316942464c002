"""Month calendar that draws each day's sessions as chips in their collaborative's colour."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QTableView, QToolTip, QWidget

from collab_desktop.domain import clock
from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.ui.contrast import best_text_on
from collab_desktop.ui.locale_format import long_day_text, time_text

MAX_CHIPS = 3


def zone_today() -> date:
    """Today in the workstation's named zone (the one sessions are shown in), not the system's."""
    return clock.today()


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever has the higher WCAG contrast on the background."""
    return QColor(best_text_on(background.name()))


class SessionCalendar(QCalendarWidget):
    """QCalendarWidget with session chips; keyboard navigation and selection are Qt's own.

    Today has an accent ring; the selected day is filled with the highlight colour.
    ``activated(QDate)`` fires on double-click or Enter. Month and day names are Qt's, in the
    locale chosen before the calendar is made (QLocale's default).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setMinimumSize(480, 380)
        self._by_day: dict[date, list[SessionRecord]] = defaultdict(list)
        today = zone_today()
        self._today = (today.year, today.month, today.day)
        # Qt starts on the system's date; the app's today comes from its clock (and zone).
        self.go_to(today)
        self.view = self.findChild(QTableView, "qt_calendar_calendarview")
        if self.view is not None:
            self.view.viewport().installEventFilter(self)
        self._name_for_screen_readers()
        self.selectionChanged.connect(self.describe_selected_day)

    def _name_for_screen_readers(self) -> None:
        """Names for the grid and the month bar's buttons (Qt leaves them unnamed)."""
        name = translate("SessionCalendar", "Calendar of sessions")
        self.setAccessibleName(name)
        if self.view is not None:
            self.view.setAccessibleName(name)
        for name, text in (
            ("qt_calendar_prevmonth", translate("SessionCalendar", "Previous month")),
            ("qt_calendar_nextmonth", translate("SessionCalendar", "Next month")),
            ("qt_calendar_monthbutton", translate("SessionCalendar", "Choose the month")),
            ("qt_calendar_yearbutton", translate("SessionCalendar", "Choose the year")),
            ("qt_calendar_yearedit", translate("SessionCalendar", "Year")),
        ):
            child = self.findChild(QWidget, name)
            if child is not None:
                child.setAccessibleName(text)
        self.describe_selected_day()

    def day_description(self, day: date) -> str:
        """The day and its sessions in words, as a screen reader says them."""
        sessions = self._by_day.get(day, [])
        when = long_day_text(day)
        if not sessions:
            return translate("SessionCalendar", "{day}: no sessions.").format(day=when)
        listed = ". ".join(self.day_tooltip(day).splitlines())
        count = len(sessions)  # a plain name: lupdate skips a call whose count is not one
        if count == 1:
            text = translate("SessionCalendar", "{day}: 1 session. {sessions}")
        else:
            text = translate("SessionCalendar", "{day}: %n sessions. {sessions}", None, count)
        return text.format(day=when, sessions=listed)

    def describe_selected_day(self) -> None:
        """Put the selected day's sessions in the calendar's description (read on focus)."""
        text = translate(
            "SessionCalendar",
            "{day} Arrow keys move between days, Page Up and Page Down between months, "
            "Enter opens the day.",
        ).format(day=self.day_description(self.selected_day()))
        self.setAccessibleDescription(text)
        if self.view is not None:
            self.view.setAccessibleDescription(text)

    def date_at(self, pos: QPoint) -> date | None:
        """The day under a point of the grid (the grid also shows days of the months around)."""
        if self.view is None:
            return None
        index = self.view.indexAt(pos)
        text = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        if not str(text or "").isdigit():
            return None  # a header cell
        day = int(text)
        year, month = self.yearShown(), self.monthShown()
        if index.row() <= 2 and day > 20:
            month -= 1
        elif index.row() >= 4 and day < 15:
            month += 1
        year, month = (
            (year - 1, 12) if month == 0 else (year + 1, 1) if month == 13 else (year, month)
        )
        return date(year, month, day)

    def day_tooltip(self, day: date) -> str:
        """The day's sessions, one line each, for the tooltip."""
        lines = []
        for s in self._by_day.get(day, []):
            line = translate("SessionCalendar", "{start}–{end}  {title} ({collaborative})").format(
                start=time_text(s.start),
                end=time_text(s.end),
                title=s.title,
                collaborative=s.collaborative_name,
            )
            if s.location:
                line += f" · {s.location}"
            if s.cancelled:
                line = translate("SessionCalendar", "{session} · cancelled").format(session=line)
            elif s.held_on_old_day:
                line = translate(
                    "SessionCalendar", "{session} · held on the old day (the series has moved)"
                ).format(session=line)
            lines.append(line)
        return "\n".join(lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.date_at(event.pos())
            text = self.day_tooltip(day) if day is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.view)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def set_sessions(self, sessions: list[SessionRecord]) -> None:
        """Show these sessions (already filtered), grouped by their local start day."""
        self._by_day = defaultdict(list)
        for s in sessions:
            if s.start is not None:
                self._by_day[s.start.date()].append(s)
        for day in self._by_day.values():
            day.sort(key=lambda s: s.start)
        today = zone_today()
        self._today = (today.year, today.month, today.day)
        self.updateCells()
        self.describe_selected_day()

    def sessions_on(self, day: date) -> list[SessionRecord]:
        return list(self._by_day.get(day, []))

    def selected_day(self) -> date:
        q = self.selectedDate()
        return date(q.year(), q.month(), q.day())

    def go_to(self, day: date) -> None:
        """Select a day and show its month."""
        self.setSelectedDate(QDate(day.year, day.month, day.day))
        self.setCurrentPage(day.year, day.month)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        selected = qdate == self.selectedDate()
        in_month = qdate.month() == self.monthShown()
        palette = self.palette()
        painter.save()
        if selected:
            painter.fillRect(rect, palette.highlight())
        elif not in_month:
            painter.fillRect(rect, palette.alternateBase())
        else:
            painter.fillRect(rect, palette.base())
        number_font = QFont(self.font())
        today = (qdate.year(), qdate.month(), qdate.day()) == self._today
        number_font.setBold(today)
        painter.setFont(number_font)
        if selected:
            painter.setPen(palette.highlightedText().color())
        elif not in_month:
            painter.setPen(palette.placeholderText().color())
        else:
            painter.setPen(palette.text().color())
        line = painter.fontMetrics().height()
        number_rect = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, line)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight, str(qdate.day()))
        if today:
            painter.setPen(QPen(QColor("#D84315"), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        day = date(qdate.year(), qdate.month(), qdate.day())
        self._paint_chips(painter, rect, self._by_day.get(day, []), line, selected)
        painter.restore()

    def _paint_chips(
        self,
        painter: QPainter,
        rect: QRect,
        sessions: list[SessionRecord],
        line: int,
        selected: bool = False,
    ) -> None:
        if not sessions:
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        chip_h = painter.fontMetrics().height() + 2
        top = rect.top() + line + 4
        room = max(1, (rect.bottom() - top) // (chip_h + 2))
        shown = (
            sessions
            if len(sessions) <= min(room, MAX_CHIPS)
            else sessions[: min(room, MAX_CHIPS) - 1]
        )
        for s in shown:
            chip = QRect(rect.left() + 3, top, rect.width() - 6, chip_h)
            colour = QColor(s.colour or "#607D8B")
            if s.cancelled or s.held_on_old_day:
                colour = colour.lighter(170)
            painter.fillRect(chip, colour)
            if selected:
                # A chip in a colour close to the highlight stays visible on the selected day.
                painter.setPen(QPen(self.palette().highlightedText().color(), 1))
                painter.drawRect(chip.adjusted(0, 0, -1, -1))
            painter.setPen(text_colour_on(colour))
            # A kept occurrence of an old pattern is marked in words, not by colour alone.
            label = f"{time_text(s.start)} {'↺ ' if s.held_on_old_day else ''}{s.title}"
            text = painter.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, chip.width() - 4
            )
            font = painter.font()
            font.setStrikeOut(s.cancelled)
            painter.setFont(font)
            painter.drawText(chip.adjusted(2, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, text)
            top += chip_h + 2
        hidden = len(sessions) - len(shown)
        if hidden:
            painter.setPen(
                self.palette().highlightedText().color()
                if selected
                else self.palette().text().color()
            )
            more = QRect(rect.left() + 3, top, rect.width() - 6, chip_h)
            painter.drawText(
                more,
                Qt.AlignmentFlag.AlignVCenter,
                translate("SessionCalendar", "+%n more", None, hidden),
            )
