"""A new series typed in the session editor while the team server goes away: the window closes,
the work is kept with its repeat pattern and follow-up plan, and the next window reopens it in
the session editor, where Save writes the series."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from own_postgres import own_pg_server  # noqa: F401 - the fixture
from PySide6.QtCore import QDateTime, QTime

from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.safety.kept_work import read_kept_work
from collab_desktop.services.sessions.sessions import get_session, list_sessions

# The server is killed under open connections: the driver may warn about them late.
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

ZONE = ZoneInfo("America/New_York")
FIRST = datetime(2031, 3, 4, 14, 30, tzinfo=ZONE)  # a Tuesday; nothing else on these days


def _window(qtbot, url: str):  # noqa: ANN001, ANN202
    from collab_desktop.store.open import open_database
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    db, _ = open_database(url)
    create_application()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_series(qtbot, window):  # noqa: ANN001, ANN202
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog

    dialog = open_session_dialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.open()
    collaborative = list_collaboratives(window.ctx.db)[1]
    dialog.collab.setCurrentIndex(dialog.collab.findData(collaborative.id))
    qtbot.keyClicks(dialog.title_edit, "Spring huddles")
    dialog.start.setDateTime(QDateTime(FIRST.date(), QTime(14, 30)))
    dialog.end.setDateTime(QDateTime(FIRST.date(), QTime(15, 45)))
    picker = dialog.recurrence
    picker.repeat.setCurrentIndex(picker.repeat.findData("weekly"))
    for day, box in enumerate(picker.days):
        box.setChecked(day == FIRST.weekday())
    picker.end_count.setChecked(True)
    picker.count.setValue(4)
    dialog.followup.setChecked(True)
    dialog.follow_title.setText("Scientists' hour")
    dialog.follow_minutes.setValue(30)
    return dialog, collaborative


def test_a_new_series_typed_offline_comes_back_in_the_session_editor(
    qtbot,
    own_pg_server,  # noqa: F811
    clock,  # noqa: ANN001
) -> None:
    own_pg_server.admin_execute("CREATE DATABASE team")
    url = own_pg_server.url("team")
    window = _window(qtbot, url)
    dialog, collaborative = _type_series(qtbot, window)
    rule = dialog.recurrence.rule()
    assert rule is not None and "COUNT=4" in rule and "BYDAY=TU" in rule

    own_pg_server.admin_execute("CHECKPOINT")  # the throwaway server commits asynchronously
    own_pg_server.kill()
    assert dialog.save() is False  # its overlap check is the first call to fail
    assert window.server_watch.away
    # The user gives up and closes the window: the editor's work is kept without a question.
    assert window.close()
    window.ctx.tasks.wait()
    window.ctx.db.dispose()
    kept = read_kept_work(url)
    assert kept is not None
    (form,) = kept.forms
    assert form.from_editor and form.record.id is None
    assert form.rule == rule
    assert form.followup is not None and form.followup.title == "Scientists' hour"
    assert form.followup.duration_minutes == 30
    dialog.reject()

    own_pg_server.resume()
    second = _window(qtbot, url)
    offer = second.server_watch.kept
    assert offer.offer.isVisible()
    assert offer.offer.message.text() == (
        "Unsaved work from 02 Dec 2026 10:00 was kept: session editor: new session Spring "
        "huddles (collaborative, title, start, end, recurrence, follow-up session)."
    )
    second.grab().save("/tmp/kepteditor-offer.png")

    offer.restore_button.click()
    editor = offer.editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.isVisible() and not offer.offer.isVisible()
    assert editor.windowTitle() == "New session"
    assert editor.title_edit.text() == "Spring huddles"
    assert editor.collab.currentData() == collaborative.id
    assert editor.start.dateTime() == QDateTime(FIRST.date(), QTime(14, 30))
    assert editor.end.dateTime() == QDateTime(FIRST.date(), QTime(15, 45))
    assert editor.recurrence.rule() == rule
    assert editor.recurrence.count.value() == 4
    assert editor.followup.isChecked()
    assert editor.follow_title.text() == "Scientists' hour"
    assert editor.follow_minutes.value() == 30
    assert editor.is_dirty()
    assert read_kept_work(url) is None  # in the editor now: the user saves it
    assert second.statusBar().currentMessage().startswith("Restored 1 form")
    editor.grab().save("/tmp/kepteditor-restored.png")

    assert editor.save() is True
    assert not editor.isVisible()
    made = [get_session(second.ctx.db, i) for i in editor.saved_ids]
    main = sorted((s for s in made if s.title == "Spring huddles"), key=lambda s: s.start)
    assert [s.start for s in main] == [FIRST + timedelta(weeks=n) for n in range(4)]
    assert {s.end - s.start for s in main} == {timedelta(minutes=75)}
    assert len({s.series_id for s in main}) == 1 and main[0].series_id is not None
    follow = [s for s in made if s.title == "Scientists' hour"]
    assert len(follow) == 4 and {s.restricted_role for s in follow} == {"scientist"}
    assert len(list_sessions(second.ctx.db, series_id=main[0].series_id)) == 4
    second.ctx.tasks.wait()
    second.ctx.db.dispose()
