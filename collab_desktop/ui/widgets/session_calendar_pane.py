"""Puts the calendar beside the Sessions tab's list, and opens the session and check-in dialogs."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QTabWidget

from collab_desktop.domain.records import SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ServiceError
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.ui.icons import icon
from collab_desktop.ui.operations import Operation
from collab_desktop.ui.widgets.session_calendar_view import SessionCalendarView


def attach_calendar(tab) -> SessionCalendarView:  # noqa: ANN001 - SessionsTab
    """Replace the tab's left pane with Calendar / List views; returns the calendar view."""
    left = tab.splitter.widget(0)
    views = QTabWidget()
    views.setObjectName("session_views")
    views.setAccessibleName(translate("SessionCalendarPane", "Sessions: calendar or list"))
    calendar = SessionCalendarView(tab.ctx)
    views.addTab(calendar, icon("calendar"), translate("SessionCalendarPane", "Calendar"))
    views.addTab(left, icon("session"), translate("SessionCalendarPane", "List"))
    tab.splitter.insertWidget(0, views)
    # The views are made after the form: Tab would reach the form first, against the layout.
    # A widget put in anew joins the end of the focus chain, so the form goes back in after.
    form_pane = tab.splitter.widget(1)
    form_pane.setParent(None)
    tab.splitter.addWidget(form_pane)
    tab.splitter.setStretchFactor(0, 3)
    tab.splitter.setSizes([780, 560])  # scaled to the window; a saved layout wins
    tab.session_views = views
    calendar.session_selected.connect(lambda sid: tab.select_record(sid))
    calendar.open_session.connect(lambda sid: open_session(tab, sid))
    calendar.new_session.connect(lambda day: new_session(tab, day))
    calendar.check_in.connect(lambda sid: open_check_in(tab, sid))
    return calendar


def save_occurrence_with_scope(ctx, parent, record: SessionRecord) -> SessionRecord:  # noqa: ANN001
    """Save a recurring session after asking: this occurrence, this and following, or all."""
    from collab_desktop.services.sessions import series_edits
    from collab_desktop.ui.dialogs import edit_scope

    scope = edit_scope.ask_edit_scope(parent)
    if scope is None:
        raise ServiceError(
            translate(
                "SessionCalendarPane",
                "Not saved: choose which sessions of the series the change is for.",
            )
        )
    if scope == edit_scope.EditScope.OCCURRENCE:
        return series_edits.edit_occurrence(ctx.db, record)
    if scope == edit_scope.EditScope.FOLLOWING:
        result = series_edits.edit_this_and_following(ctx.db, record.id, record)
    else:
        result = series_edits.edit_whole_series(ctx.db, record.series_id, record)
    # The edited row itself may have been replaced when its date no longer fits the rule.
    same = [s for s in result.sessions if s.id == record.id]
    return (same or result.sessions)[0]


def open_session(tab, session_id: int | None, day: date | None = None) -> None:  # noqa: ANN001
    """The session form as a dialog (new when session_id is None)."""
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog

    when = datetime.combine(day, datetime.min.time()) if day else None

    def opened(dialog) -> None:  # noqa: ANN001 - SessionDialog
        tab.session_dialog = dialog
        dialog.open()

    Operation(
        tab.ctx,
        tab,
        translate("SessionCalendarPane", "Session"),
        lambda: open_session_dialog(tab.ctx, session_id, tab, when),
    ).success(opened).run()


def new_session(tab, day: date) -> None:  # noqa: ANN001
    open_session(tab, None, day)


def open_check_in(tab, session_id: int) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.checkin_dialog import CheckInDialog

    def opened(session: SessionRecord) -> None:
        tab.checkin_dialog = CheckInDialog(tab.ctx, session, tab)
        tab.checkin_dialog.open()

    Operation(
        tab.ctx,
        tab,
        translate("SessionCalendarPane", "Check-in"),
        lambda: get_session(tab.ctx.db, session_id),
    ).success(opened).run()
