"""What the session editor's work kept while the server is away holds: the session as typed, a
repeat pattern typed or changed there, the follow-up plan of a new session, and nothing for an
editor left as it opened."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.sessions import series as ssvc
from collab_desktop.ui.dialogs.session_dialog import open_session_dialog
from collab_desktop.ui.features.kept_editor import editor_snapshot

ZONE = ZoneInfo("America/New_York")
FIRST = datetime(2031, 5, 6, 8, 0, tzinfo=ZONE)


def test_an_editor_left_as_it_opened_keeps_nothing(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    dialog = open_session_dialog(ctx, None, day=datetime(2031, 5, 6))
    qtbot.addWidget(dialog)
    assert editor_snapshot(dialog) is None
    dialog.followup.setChecked(True)
    form = editor_snapshot(dialog)
    assert form is not None and form.changed == ["followup_plan"]
    assert form.followup is not None and form.followup.title == "Private session"
    assert form.rule is None and form.from_editor


def test_a_series_keeps_its_changed_repeat_pattern_only(qtbot, window) -> None:  # noqa: ANN001
    ctx = window.ctx
    collaborative = list_collaboratives(ctx.db)[0]
    template = SessionRecord(
        collaborative_id=collaborative.id,
        title="Tuesday seminar",
        start=FIRST,
        end=FIRST + timedelta(hours=1),
    )
    made = ssvc.create_series(ctx.db, template, "FREQ=WEEKLY;BYDAY=TU;COUNT=4")
    dialog = open_session_dialog(ctx, made.sessions[0].id)
    qtbot.addWidget(dialog)
    assert editor_snapshot(dialog) is None  # the series' own pattern is not an edit
    dialog.followup.setChecked(True)  # hidden for a stored session: never kept
    dialog.recurrence.count.setValue(6)
    form = editor_snapshot(dialog)
    assert form is not None
    assert form.changed == ["recurrence"]
    assert form.rule == "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
    assert form.followup is None
    assert form.label == "Tuesday seminar"
    assert form.summary() == "session editor: Tuesday seminar (recurrence)"
