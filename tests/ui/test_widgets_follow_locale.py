"""The widgets' dates follow the chosen locale: Spanish month and day names in the calendar, the
agenda and the recurrence picker once QLocale's default is Spanish, English ones again after."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QToolButton
from spanish import Entries, in_spanish_locale

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.events import DataEvents
from collab_desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NY = ZoneInfo("America/New_York")
DAY = date(2026, 12, 8)  # a Tuesday
# The Spanish of the long-date patterns, as the Spanish catalogue gives them (no .qm needed here).
SPANISH_PATTERNS: Entries = {
    ("LocaleFormat", "dddd dd MMMM yyyy"): "dddd d 'de' MMMM 'de' yyyy",
    ("LocaleFormat", "dd MMMM yyyy"): "d 'de' MMMM 'de' yyyy",
    ("LocaleFormat", "MMMM yyyy"): "MMMM 'de' yyyy",
}


@pytest.fixture
def spanish_entries() -> Entries:
    return SPANISH_PATTERNS


@pytest.fixture
def ctx(db, qtbot):  # noqa: ANN001, ANN201
    context = AppContext(db, DataEvents(), TaskRunner())
    yield context
    context.tasks.wait()


def _add_huddle(ctx) -> None:  # noqa: ANN001
    start = datetime(DAY.year, DAY.month, DAY.day, 12, tzinfo=NY)
    save_session(
        ctx.db,
        SessionRecord(
            collaborative_id=collaborative_by_name(ctx.db, "Universal Skills").id,
            title="Huddle",
            start=start,
            end=start + timedelta(hours=1),
        ),
    )


def _view(ctx, qtbot):  # noqa: ANN001, ANN202
    from collab_desktop.ui.widgets.session_calendar_view import SessionCalendarView

    view = SessionCalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    view.span.setCurrentIndex(view.span.findData("month"))
    view.calendar.go_to(DAY)
    return view


def _header_days(calendar) -> list[str]:  # noqa: ANN001
    model = calendar.view.model()
    return [str(model.index(0, c).data(Qt.ItemDataRole.DisplayRole)) for c in range(7)]


def test_calendar_in_spanish_then_english_again(ctx, qtbot, english) -> None:  # noqa: ANN001
    before = QLocale()
    _add_huddle(ctx)
    with in_spanish_locale(SPANISH_PATTERNS):
        view = _view(ctx, qtbot)
        calendar = view.calendar
        month_button = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
        assert month_button.text().lower() == "diciembre"
        assert [d.lower().rstrip(".") for d in _header_days(calendar)] == [
            "lun", "mar", "mié", "jue", "vie", "sáb", "dom",
        ]  # fmt: skip
        assert calendar.day_description(DAY).startswith("martes 8 de diciembre de 2026: 1 ")
        assert view.agenda_title.text().startswith("diciembre de 2026")
        assert view.agenda.model.index(0, 0).data().startswith("mar 08 dic")
        view.close()

    assert QLocale().name() == before.name()
    view = _view(ctx, qtbot)
    assert view.calendar.findChild(QToolButton, "qt_calendar_monthbutton").text() == "December"
    assert _header_days(view.calendar)[0] == "Mon"
    assert view.calendar.day_description(DAY).startswith("Tuesday 08 December 2026: 1 session.")
    assert view.agenda_title.text() == "December 2026 — 1 session"
    assert view.agenda.model.index(0, 0).data() == "Tue 08 Dec  12:00–13:00"


def test_recurrence_picker_names_weekdays_in_spanish(qtbot, clock, spanish) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.recurrence_picker import RecurrencePicker

    picker = RecurrencePicker()
    qtbot.addWidget(picker)
    assert [box.text() for box in picker.days][:3] == ["lun", "mar", "mié"]
    assert picker.weekday.itemText(6) == "domingo"
    assert picker.until.locale().language() == QLocale.Language.Spanish
