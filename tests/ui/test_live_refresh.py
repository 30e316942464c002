"""Two windows on one database see each other's work live: on a team server (LISTEN/NOTIFY) rows
refresh in place with the selection kept, a form with unsaved edits keeps them under a bar that
says who changed the record; on a file, a read-only window sees the writer's changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from main_windows import open_main_window
from own_postgres import own_pg_server  # noqa: F401 - the fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import get_contact, save_contact
from collab_desktop.store import acting_user
from collab_desktop.store.database import Database
from collab_desktop.store.open import open_database

SECOND_MS = 1000


def _listening(qtbot, window) -> None:  # noqa: ANN001
    listener = window.live_refresh.listener
    assert listener is not None
    qtbot.waitUntil(listener.listening.is_set, timeout=5 * SECOND_MS)


@pytest.fixture
def dana():  # noqa: ANN201
    """Changes are made as "dana" (the name other windows show)."""
    acting_user.set_user("dana")
    yield "dana"
    acting_user.set_user(None)


@pytest.fixture
def two_windows(qtbot, pg_url: str):  # noqa: ANN001, ANN201
    """Two windows on one server database, each with its own Database, both listening."""
    databases = [open_database(pg_url)[0] for _ in range(2)]
    windows = [open_main_window(qtbot, db) for db in databases]
    for window in windows:
        window.tabs.setCurrentWidget(window.contacts_tab)
        _listening(qtbot, window)
    yield windows
    for window in windows:
        window.live_refresh.stop()
        window.ctx.tasks.wait()
    for db in databases:
        db.dispose()


def _row(tab, contact_id: int):  # noqa: ANN001, ANN202
    return next(r for r in tab.table.model.records() if r.id == contact_id)


def _save_in_form(qtbot, tab, contact_id: int, organization: str) -> None:  # noqa: ANN001
    assert tab.select_record(contact_id)
    tab.org_edit.selectAll()
    qtbot.keyClicks(tab.org_edit, organization)
    assert tab.save()


def _add_contacts(db: Database, count: int) -> list[int]:
    return [
        save_contact(db, ContactRecord(first_name=f"Zed{i:03}", last_name=f"Many{i:03}")).id
        for i in range(count)
    ]


def _scroll_to_middle(tab, contact_id: int) -> int:  # noqa: ANN001
    """Select a contact in the middle of a long list, scrolled there; the scroll bar's value."""
    assert tab.select_record(contact_id)
    bar = tab.table.view.verticalScrollBar()
    assert bar.maximum() > 0  # the list is longer than the view
    bar.setValue(bar.maximum() // 2)
    return bar.value()


def test_an_edit_saved_in_one_window_appears_in_the_other_with_the_selection_kept(
    qtbot,
    two_windows,
    dana,  # noqa: ANN001
) -> None:
    mine, theirs = two_windows
    watching = theirs.contacts_tab
    added = _add_contacts(mine.ctx.db, 80)  # heard one by one, put in as they come
    qtbot.waitUntil(lambda: watching.table.model.has_id(added[-1]), timeout=5 * SECOND_MS)
    assert watching.table.model.total_count() == 84
    scrolled = _scroll_to_middle(watching, added[40])
    resets: list[str] = []
    watching.table.model.modelReset.connect(lambda: resets.append("reset"))

    _save_in_form(qtbot, mine.contacts_tab, 2, "Valley Clinic")
    qtbot.waitUntil(lambda: _row(watching, 2).organization == "Valley Clinic", timeout=SECOND_MS)
    assert watching.table.current_record().id == added[40]  # the selection stayed
    assert watching.current_id == added[40]
    assert watching.table.view.verticalScrollBar().value() == scrolled
    assert resets == []  # the row was put in place, not the table reloaded
    assert _row(mine.contacts_tab, 2).organization == "Valley Clinic"


def test_a_form_without_edits_shows_the_new_values(qtbot, two_windows, dana) -> None:  # noqa: ANN001
    mine, theirs = two_windows
    watching = theirs.contacts_tab
    assert watching.select_record(2)
    _save_in_form(qtbot, mine.contacts_tab, 2, "Hill Hospital")
    qtbot.waitUntil(lambda: watching.org_edit.text() == "Hill Hospital", timeout=SECOND_MS)
    assert not watching.changed_bar.is_showing()
    assert not watching.form.is_dirty()


def test_unsaved_edits_stay_under_a_bar_and_reload_takes_theirs(
    qtbot,
    two_windows,
    dana,  # noqa: ANN001
) -> None:
    mine, theirs = two_windows
    editing = theirs.contacts_tab
    assert editing.select_record(1)
    editing.phone_edit.selectAll()
    qtbot.keyClicks(editing.phone_edit, "555-0199")
    assert editing.form.is_dirty()

    _save_in_form(qtbot, mine.contacts_tab, 1, "Their Clinic")
    qtbot.waitUntil(editing.changed_bar.is_showing, timeout=SECOND_MS)
    assert "Changed by dana" in editing.changed_bar.message.text()
    assert editing.phone_edit.text() == "555-0199"  # what was typed is kept
    assert editing.org_edit.text() != "Their Clinic"
    assert _row(editing, 1).organization == "Their Clinic"  # the table shows theirs
    bar = editing.changed_bar
    assert bar.reload_button.accessibleName() and bar.keep_button.accessibleName()
    assert bar.reload_button.focusPolicy() != bar.reload_button.focusPolicy().NoFocus

    qtbot.mouseClick(bar.reload_button, Qt.MouseButton.LeftButton)
    assert not bar.is_showing()
    assert editing.org_edit.text() == "Their Clinic"
    assert editing.phone_edit.text() == get_contact(theirs.ctx.db, 1).phone
    assert not editing.form.is_dirty()


def test_keep_editing_hides_the_bar_and_saving_stores_the_typed_text(
    qtbot,
    two_windows,
    dana,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
) -> None:
    mine, theirs = two_windows
    editing = theirs.contacts_tab
    assert editing.select_record(1)
    editing.phone_edit.selectAll()
    qtbot.keyClicks(editing.phone_edit, "555-0142")
    _save_in_form(qtbot, mine.contacts_tab, 1, "Their Clinic")
    qtbot.waitUntil(editing.changed_bar.is_showing, timeout=SECOND_MS)

    # From the form's first field, Shift+Tab reaches the bar just above it.
    theirs.activateWindow()
    editing.form.focus_first_field()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editing.changed_bar.keep_button
    qtbot.keyClick(editing.changed_bar.keep_button, Qt.Key.Key_Space)
    assert not editing.changed_bar.is_showing()
    assert editing.phone_edit.text() == "555-0142"
    # The edits started from the version before theirs: Save brings the merge dialog, whose
    # defaults keep their organization and this form's phone number.
    merges: list = []

    def accept_defaults(dialog) -> int:  # noqa: ANN001
        merges.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(
        "collab_desktop.ui.tabs.record_merge_flow.run_merge_dialog", accept_defaults
    )
    assert editing.save()
    assert len(merges) == 1
    stored = get_contact(theirs.ctx.db, 1)
    assert (stored.phone, stored.organization) == ("555-0142", "Their Clinic")
    # The first window, its form without edits, hears of that save in turn.
    assert mine.contacts_tab.current_id == 1
    qtbot.waitUntil(lambda: mine.contacts_tab.phone_edit.text() == "555-0142", timeout=SECOND_MS)


def test_a_changed_record_in_the_session_editor_shows_the_bar(
    qtbot,
    two_windows,
    dana,  # noqa: ANN001
) -> None:
    from collab_desktop.services.sessions.sessions import get_session, save_session
    from collab_desktop.ui.dialogs.session_dialog import SessionDialog

    mine, theirs = two_windows
    session = _huddle(mine.ctx.db)
    dialog = SessionDialog(theirs.ctx, get_session(theirs.ctx.db, session.id), theirs)
    qtbot.addWidget(dialog)
    dialog.show()
    # Without edits, the dialog shows their change.
    save_session(mine.ctx.db, replace(get_session(mine.ctx.db, session.id), location="Room 1"))
    qtbot.waitUntil(lambda: dialog.location.text() == "Room 1", timeout=SECOND_MS)
    assert not dialog.changed_bar.is_showing()
    # With edits, it keeps them and says who changed the session.
    dialog.title_edit.setText("Huddle (my edit)")
    assert dialog.is_dirty()
    save_session(mine.ctx.db, replace(get_session(mine.ctx.db, session.id), location="Room 2"))
    qtbot.waitUntil(dialog.changed_bar.is_showing, timeout=SECOND_MS)
    assert "dana" in dialog.changed_bar.message.text()
    assert dialog.title_edit.text() == "Huddle (my edit)"
    assert dialog.location.text() == "Room 1"
    # Enter in the dialog saves as before: the bar's buttons never become the default.
    assert not dialog.changed_bar.reload_button.autoDefault()
    dialog.changed_bar.keep_button.click()
    assert not dialog.changed_bar.is_showing()
    assert dialog.title_edit.text() == "Huddle (my edit)" and dialog.is_dirty()
    save_session(mine.ctx.db, replace(get_session(mine.ctx.db, session.id), location="Room 3"))
    qtbot.waitUntil(dialog.changed_bar.is_showing, timeout=SECOND_MS)
    dialog.changed_bar.reload_button.click()
    assert dialog.location.text() == "Room 3"
    assert dialog.title_edit.text() == "Huddle"
    assert not dialog.changed_bar.is_showing() and not dialog.is_dirty()
    dialog.reject()


def test_a_change_to_what_the_form_does_not_show_brings_no_bar(qtbot, two_windows, dana) -> None:  # noqa: ANN001
    from collab_desktop.services.sessions.registrations import register
    from collab_desktop.services.sessions.sessions import save_session

    mine, theirs = two_windows
    session = _huddle(mine.ctx.db)
    tab = theirs.sessions_tab
    theirs.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.model.has_id(session.id), timeout=SECOND_MS)
    assert tab.select_record(session.id)
    tab.title_edit.selectAll()
    qtbot.keyClicks(tab.title_edit, "Huddle (my edit)")
    assert tab.form.is_dirty()
    register(mine.ctx.db, session.id, 1)  # the session's count changes, not its fields
    qtbot.waitUntil(lambda: _row(tab, session.id).registered_count == 1, timeout=SECOND_MS)
    assert not tab.changed_bar.is_showing()
    assert tab.title_edit.text() == "Huddle (my edit)"
    save_session(mine.ctx.db, replace(session, location="Room 9"))  # now a field changes
    qtbot.waitUntil(tab.changed_bar.is_showing, timeout=SECOND_MS)
    assert tab.title_edit.text() == "Huddle (my edit)"


def _huddle(db: Database):  # noqa: ANN202
    """A session on a fixed day (never today's date)."""
    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.domain.timezones import localize
    from collab_desktop.services.directory.collaboratives import list_collaboratives
    from collab_desktop.services.sessions.sessions import save_session

    start = localize(datetime(2030, 3, 5, 10, 0))
    return save_session(
        db,
        SessionRecord(
            collaborative_id=list_collaboratives(db)[0].id,
            title="Huddle",
            start=start,
            end=start + timedelta(hours=1),
        ),
    )


def test_after_the_listening_connection_is_killed_the_window_catches_up(
    qtbot,
    two_windows,
    pg_server,
    pg_url: str,  # noqa: ANN001
) -> None:
    from sqlalchemy.engine import make_url

    mine, theirs = two_windows
    watching = theirs.contacts_tab
    listener = theirs.live_refresh.listener
    pid = listener.backend_pid
    # A change that sends no notice (plain SQL): only the reload after reconnecting shows it.
    with pg_server.admin(make_url(pg_url).database) as conn:
        conn.execute("UPDATE contacts SET organization = 'Unannounced' WHERE id = 3")
        conn.execute("SELECT pg_terminate_backend(%s)", [pid])
    qtbot.waitUntil(lambda: listener.backend_pid not in (None, pid), timeout=5 * SECOND_MS)
    qtbot.waitUntil(lambda: _row(watching, 3).organization == "Unannounced", timeout=SECOND_MS)
    # And notices are heard again.
    contact = get_contact(mine.ctx.db, 4)
    save_contact(mine.ctx.db, replace(contact, organization="After Restart"))
    qtbot.waitUntil(lambda: _row(watching, 4).organization == "After Restart", timeout=SECOND_MS)
    assert not theirs.live_refresh.poll_file()  # a server database is never polled


# --- a database file ----------------------------------------------------------------------------
def test_a_read_only_window_on_the_same_file_sees_the_writers_change(qtbot, db_path) -> None:  # noqa: ANN001
    from collab_desktop.store.location import database_url

    writer, _ = open_database(db_path)
    reader = Database(database_url(str(db_path)), read_only=True)
    try:
        window = open_main_window(qtbot, reader)
        tab = window.contacts_tab
        window.tabs.setCurrentWidget(tab)
        assert tab.select_record(3)
        save_contact(writer, replace(get_contact(writer, 2), organization="Writer Clinic"))
        qtbot.waitUntil(lambda: _row(tab, 2).organization == "Writer Clinic", timeout=2 * SECOND_MS)
        assert tab.table.current_record().id == 3
        added = save_contact(writer, ContactRecord(first_name="Ana", last_name="New"))
        qtbot.waitUntil(lambda: tab.table.model.has_id(added.id), timeout=2 * SECOND_MS)
        assert tab.current_id == 3
        window.live_refresh.stop()
    finally:
        writer.dispose()
        reader.dispose()


def test_a_window_does_not_reload_for_its_own_writes_on_a_file(window) -> None:  # noqa: ANN001
    save_contact(window.ctx.db, replace(get_contact(window.ctx.db, 2), organization="Mine"))
    assert not window.live_refresh.poll_file()


def test_the_status_bar_says_when_the_server_is_out_of_reach_and_back(
    qtbot,
    own_pg_server,  # noqa: ANN001, F811 - the fixture
) -> None:
    own_pg_server.admin_execute("CREATE DATABASE live")
    url = own_pg_server.url("live")
    db, _ = open_database(url)
    window = open_main_window(qtbot, db)
    try:
        window.tabs.setCurrentWidget(window.contacts_tab)
        _listening(qtbot, window)
        status = window.statusBar()
        own_pg_server.stop()
        qtbot.waitUntil(lambda: "Lost touch" in status.currentMessage(), timeout=10 * SECOND_MS)
        paused = window.live_refresh.paused_label
        assert paused.isVisible() and paused.accessibleName()
        own_pg_server.resume()
        qtbot.waitUntil(lambda: "Back in touch" in status.currentMessage(), timeout=20 * SECOND_MS)
        assert not paused.isVisible()
        other, _ = open_database(url)
        try:
            saved = save_contact(other, replace(get_contact(other, 1), organization="Back"))
            qtbot.waitUntil(
                lambda: _row(window.contacts_tab, saved.id).organization == "Back",
                timeout=SECOND_MS,
            )
        finally:
            other.dispose()
    finally:
        window.live_refresh.stop()
        db.dispose()


def test_a_window_that_opens_another_database_follows_that_one(
    qtbot,
    window,
    pg_url: str,
    dana,  # noqa: ANN001
) -> None:
    from collab_desktop.domain.changes import ChangeSet

    assert window.live_refresh.watch is not None and window.live_refresh.listener is None
    server_db, _ = open_database(pg_url)
    other, _ = open_database(pg_url)
    old = window.ctx.db
    try:
        window.ctx.db = server_db  # as File > Connect to team database does
        window.ctx.events.publish(ChangeSet.everything())
        assert window.live_refresh.watch is None
        _listening(qtbot, window)
        tab = window.contacts_tab
        window.tabs.setCurrentWidget(tab)
        save_contact(other, replace(get_contact(other, 2), organization="On the server"))
        qtbot.waitUntil(lambda: _row(tab, 2).organization == "On the server", timeout=SECOND_MS)
    finally:
        window.live_refresh.stop()
        window.ctx.db = old
        other.dispose()
        server_db.dispose()
