"""The team server goes away while forms are being edited: a bar says the work is kept, the
server is asked again with growing pauses, and the waiting forms save themselves once it is
back. Closing the window meanwhile keeps the work for the next window on that database."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from own_postgres import own_pg_server  # noqa: F401 - the fixture

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.directory.contacts import list_contacts
from collab_desktop.services.safety.kept_work import kept_work_path, read_kept_work
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.ui.dialogs.confirm import Leave
from collab_desktop.ui.features.server_watch import RETRY_PAUSES_MS, RETRY_SHORTCUT
from collab_desktop.ui.locale_format import short_time

# The server is killed under open connections: the driver objects the pool drops then may be
# collected still "open", and Python warns (ResourceWarning) whenever the collector gets to them.
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def _forget_edits(w) -> None:  # noqa: ANN001
    # Closing at teardown must not stop on an unsaved-edits question nobody will answer.
    if w.ctx is not None:
        for t in w.record_tabs():
            t.form.set_dirty(False)


def _window(qtbot, url: str):  # noqa: ANN001, ANN202
    from collab_desktop.store.open import open_database
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    db, _ = open_database(url)
    create_application()
    window = MainWindow(db)
    qtbot.addWidget(window, before_close_func=_forget_edits)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _edit_reid(window, qtbot):  # noqa: ANN001, ANN202
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    reid = next(r for r in tab.table.model.records() if r.last_name == "Reid")
    tab.table.select_id(reid.id)
    tab.org_edit.setText("Typed on the train")
    tab.org_edit.textEdited.emit(tab.org_edit.text())
    qtbot.keyClicks(tab.notes_edit, "Call back on Monday.")
    return tab, reid


def _wait_for_answer(qtbot, watch) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not watch.asking, timeout=20000)


def test_the_bar_shows_and_the_waiting_forms_save_themselves(qtbot, own_pg_server, clock) -> None:  # noqa: ANN001, F811
    own_pg_server.admin_execute("CREATE DATABASE team")
    url = own_pg_server.url("team")
    window = _window(qtbot, url)
    watch = window.server_watch
    tab, reid = _edit_reid(window, qtbot)
    collabs = window.collaboratives_tab
    window.tabs.setCurrentWidget(collabs)
    first = collabs.table.model.records()[0]
    collabs.table.select_id(first.id)
    collabs.sponsor_edit.setText("Regional health board")
    collabs.sponsor_edit.textEdited.emit(collabs.sponsor_edit.text())
    window.tabs.setCurrentWidget(tab)

    own_pg_server.kill()
    clock.advance(timedelta(minutes=1, seconds=55))
    assert tab.save() is False
    assert collabs.save() is False

    assert watch.away and watch.bar.isVisible()
    assert watch.bar.message.text() == (
        "The team database cannot be reached. Your unsaved work is kept; it will be saved "
        "when the server is back. Next try at {time}."
    ).format(time=short_time(datetime(2026, 12, 2, 10, 2, tzinfo=ZoneInfo("America/New_York"))))
    assert watch.retry_action.isEnabled()
    assert watch.retry_action.shortcut().toString() == RETRY_SHORTCUT
    assert watch.retry_button.accessibleName()
    assert tab.form.is_dirty() and tab.org_edit.text() == "Typed on the train"
    assert tab.title.text().endswith("(waiting for the server)")
    assert watch.waiting == [tab, collabs]
    kept = read_kept_work(url)
    assert kept is not None
    assert {f.kind for f in kept.forms} == {"contact", "collaborative"}
    window.grab().save("/tmp/keepwork-bar.png")

    # Still away: Retry now asks, and the next pause is longer.
    watch.retry_now()
    _wait_for_answer(qtbot, watch)
    assert watch.away and watch.retry_timer.interval() == RETRY_PAUSES_MS[1]

    own_pg_server.resume()
    watch.retry_action.trigger()
    _wait_for_answer(qtbot, watch)
    qtbot.waitUntil(lambda: not watch.away, timeout=20000)

    assert not watch.bar.isVisible()
    assert not watch.retry_action.isEnabled()
    assert not tab.form.is_dirty() and not collabs.form.is_dirty()
    assert window.statusBar().currentMessage() == "Back online: saved 2 changes"
    assert not kept_work_path(url).exists()
    saved = next(c for c in list_contacts(window.ctx.db) if c.id == reid.id)
    assert saved.organization == "Typed on the train"
    assert saved.notes.endswith("Call back on Monday.")
    saved_collab = next(c for c in list_collaboratives(window.ctx.db) if c.id == first.id)
    assert saved_collab.sponsor == "Regional health board"
    window.ctx.tasks.wait()
    window.ctx.db.dispose()


def test_the_pauses_grow_then_repeat(qtbot, own_pg_server) -> None:  # noqa: ANN001, F811
    own_pg_server.admin_execute("CREATE DATABASE team")
    window = _window(qtbot, own_pg_server.url("team"))
    watch = window.server_watch
    tab, _reid = _edit_reid(window, qtbot)
    own_pg_server.kill()
    assert tab.save() is False
    assert watch.retry_timer.isActive()
    pauses = [watch.retry_timer.interval()]
    for _ in range(6):
        watch.retry_timer.stop()
        watch.ask_server()  # what the timer does when it fires
        _wait_for_answer(qtbot, watch)
        assert watch.retry_timer.isActive()
        pauses.append(watch.retry_timer.interval())
    assert pauses == [5_000, 10_000, 30_000, 60_000, 120_000, 120_000, 120_000]
    assert watch.away and tab.form.is_dirty()
    own_pg_server.resume()
    window.ctx.tasks.wait()
    window.ctx.db.dispose()


def test_a_refused_save_stays_in_the_form(qtbot, own_pg_server) -> None:  # noqa: ANN001, F811
    own_pg_server.admin_execute("CREATE DATABASE team")
    window = _window(qtbot, own_pg_server.url("team"))
    watch = window.server_watch
    tab, reid = _edit_reid(window, qtbot)
    # Someone else's address: only the database can refuse it, so the save waits for it.
    other = next(r for r in tab.table.model.records() if r.id != reid.id and r.email)
    tab.email_edit.setText(other.email.upper())
    own_pg_server.kill()
    assert tab.save() is False
    own_pg_server.resume()
    watch.retry_now()
    _wait_for_answer(qtbot, watch)
    qtbot.waitUntil(lambda: not watch.away, timeout=20000)
    assert tab.form.is_dirty()
    assert tab.email_edit.text() == other.email.upper()
    # The usual message beside the field, as after a click on Save.
    assert tab.form.error_text("email") == (
        f"{other.email.upper()} already belongs to {other.first_name} {other.last_name}."
    )
    assert "not saved" in window.statusBar().currentMessage()
    window.ctx.tasks.wait()
    window.ctx.db.dispose()


def test_closed_while_away_the_next_window_offers_the_work(
    qtbot,
    own_pg_server,  # noqa: F811
    clock,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    own_pg_server.admin_execute("CREATE DATABASE team")
    url = own_pg_server.url("team")
    window = _window(qtbot, url)
    tab, reid = _edit_reid(window, qtbot)
    own_pg_server.kill()
    asked: list[str] = []

    def answer_save(_parent, what: str) -> Leave:  # noqa: ANN001
        asked.append(what)
        return Leave.SAVE

    monkeypatch.setattr("collab_desktop.ui.tabs.record_tab.ask_unsaved", answer_save)
    # The user closes; asked about the edits they choose Save, which cannot work: the window
    # keeps the form on this computer and closes.
    assert window.close()
    assert len(asked) == 1
    window.ctx.tasks.wait()
    window.ctx.db.dispose()
    assert read_kept_work(url) is not None

    own_pg_server.resume()
    second = _window(qtbot, url)
    kept = second.server_watch.kept
    assert kept.offer.isVisible()
    name = f"{reid.first_name} {reid.last_name}"
    assert kept.offer.message.text() == (
        f"Unsaved work from 02 Dec 2026 10:00 was kept: contact {name} (organization, notes)."
    )
    for button in (kept.restore_button, kept.discard_button, kept.later_button):
        assert button.accessibleName()
    second.grab().save("/tmp/keepwork-offer.png")

    kept.restore_button.click()
    tab2 = second.contacts_tab
    assert second.tabs.currentWidget() is tab2
    assert not kept.offer.isVisible()
    assert tab2.current_id == reid.id
    assert tab2.form.is_dirty()
    assert tab2.org_edit.text() == "Typed on the train"
    assert tab2.notes_edit.toPlainText().endswith("Call back on Monday.")
    assert read_kept_work(url) is None  # in the form now: the user saves it
    assert tab2.save() is True
    saved = next(c for c in list_contacts(second.ctx.db) if c.id == reid.id)
    assert saved.organization == "Typed on the train"
    second.ctx.tasks.wait()
    second.ctx.db.dispose()


def test_a_read_that_fails_for_the_server_shows_the_bar_not_a_fault(
    qtbot,
    own_pg_server,  # noqa: F811
    tmp_path,  # noqa: ANN001
) -> None:  # noqa: ANN001
    from collab_desktop.ui.error_hook import ErrorHook

    own_pg_server.admin_execute("CREATE DATABASE team")
    window = _window(qtbot, own_pg_server.url("team"))
    watch = window.server_watch
    hook = ErrorHook(tmp_path / "app.log", lambda: window, window.note_server_failure)
    own_pg_server.kill()
    with pytest.raises(Exception) as caught:  # noqa: PT011 - whatever the driver raises
        list_contacts(window.ctx.db)
    hook(type(caught.value), caught.value, caught.value.__traceback__)
    assert hook.dialog is None
    assert watch.away and watch.bar.isVisible()

    # A fault that is not the server's still gets the dialog.
    error = ValueError("a bug")
    hook(ValueError, error, None)
    assert hook.dialog is not None
    hook.dialog.close()
    own_pg_server.resume()
    window.ctx.tasks.wait()
    window.ctx.db.dispose()


def test_the_open_session_editor_is_kept_too(qtbot, own_pg_server) -> None:  # noqa: ANN001, F811
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog

    own_pg_server.admin_execute("CREATE DATABASE team")
    url = own_pg_server.url("team")
    window = _window(qtbot, url)
    collaborative = list_collaboratives(window.ctx.db)[0]
    start = datetime(2026, 12, 9, 9, 30, tzinfo=ZoneInfo("America/New_York"))
    session = save_session(
        window.ctx.db,
        SessionRecord(
            collaborative_id=collaborative.id,
            title="Huddle",
            start=start,
            end=start + timedelta(hours=1),
        ),
    )
    dialog = open_session_dialog(window.ctx, session.id, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.title_edit.setText("Renamed on the train")
    tab, reid = _edit_reid(window, qtbot)

    own_pg_server.kill()
    assert tab.save() is False
    kept = read_kept_work(url)
    assert kept is not None
    by_kind = {f.kind: f for f in kept.forms}
    assert by_kind["session"].record.id == session.id
    assert by_kind["session"].record.title == "Renamed on the train"
    assert by_kind["session"].changed == ["title"]
    assert by_kind["contact"].record.id == reid.id
    dialog.reject()
    own_pg_server.resume()
    window.ctx.tasks.wait()
    window.ctx.db.dispose()


def test_the_session_editor_waits_too_and_saves_itself_when_the_server_is_back(
    qtbot,
    own_pg_server,  # noqa: ANN001, F811
) -> None:
    from collab_desktop.services.sessions.sessions import get_session
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog

    own_pg_server.admin_execute("CREATE DATABASE team")
    window = _window(qtbot, own_pg_server.url("team"))
    watch = window.server_watch
    collaborative = list_collaboratives(window.ctx.db)[0]
    start = datetime(2031, 2, 4, 6, 0, tzinfo=ZoneInfo("America/New_York"))  # overlaps nothing
    session = save_session(
        window.ctx.db,
        SessionRecord(
            collaborative_id=collaborative.id, title="Huddle", start=start,
            end=start + timedelta(hours=1),
        ),
    )  # fmt: skip
    dialog = open_session_dialog(window.ctx, session.id, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.title_edit.setText("Renamed on the train")

    # The throwaway server runs without synchronous commits: make the new session survive the kill.
    own_pg_server.admin_execute("CHECKPOINT")
    own_pg_server.kill()
    assert dialog.save() is False  # its overlap check is the first call to fail
    assert watch.away and watch.waiting == [dialog]
    assert dialog.isVisible() and dialog.title_edit.text() == "Renamed on the train"
    assert dialog.windowTitle().endswith("(waiting for the server)")

    own_pg_server.resume()
    watch.retry_now()
    qtbot.waitUntil(lambda: not watch.away, timeout=20000)
    assert not dialog.isVisible(), dialog.errors.text()  # saved, as its Save would
    assert get_session(window.ctx.db, session.id).title == "Renamed on the train"
    assert window.statusBar().currentMessage().startswith("Back online: saved 1 change")
    window.ctx.tasks.wait()
    window.ctx.db.dispose()
