"""Work kept from the session editor goes back into the session editor: an edited series with a
changed repeat pattern, an edit of a session someone changed meanwhile (the merge runs), and a
session deleted meanwhile (it comes back as a new one, and the status line says so)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from main_windows import open_main_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from collab_desktop.domain.records import SessionRecord
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.safety.kept_work import KeptForm, keep_work, read_kept_work
from collab_desktop.services.sessions import series as ssvc
from collab_desktop.services.sessions.sessions import (
    delete_session,
    get_session,
    list_sessions,
    save_session,
)
from collab_desktop.ui.dialogs import edit_scope

ZONE = ZoneInfo("America/New_York")
FIRST = datetime(2031, 5, 6, 8, 0, tzinfo=ZONE)  # a Tuesday, early: nothing else then


def _session(db, title: str = "Huddle") -> SessionRecord:  # noqa: ANN001
    collaborative = list_collaboratives(db)[0]
    return SessionRecord(
        collaborative_id=collaborative.id,
        title=title,
        start=FIRST,
        end=FIRST + timedelta(hours=1),
    )


def _restored(qtbot, window):  # noqa: ANN001, ANN202
    kept = window.server_watch.kept
    assert kept.offer.isVisible()
    kept.restore_button.click()
    editor = kept.editor
    assert editor is not None and editor.isVisible()
    qtbot.addWidget(editor)
    return kept, editor


def test_an_edited_series_comes_back_with_its_new_repeat_pattern(
    qtbot,
    db,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    made = ssvc.create_series(db, _session(db, "Tuesday seminar"), "FREQ=WEEKLY;BYDAY=TU;COUNT=4")
    second = sorted(made.sessions, key=lambda s: s.start)[1]
    typed = replace(second, title="Tuesday seminar (new room)", location="Room 12")
    six = "FREQ=WEEKLY;BYDAY=TU;COUNT=6"
    # The same session half-edited in the Sessions tab too: both are kept, each goes back.
    in_tab = replace(second, notes="Bring the forms.")
    keep_work(
        db.url,
        [
            KeptForm("session", in_tab, second.title, ["notes"]),
            KeptForm(
                "session",
                typed,
                second.title,
                ["title", "location", "recurrence"],
                source="editor",
                rule=six,
            ),
        ],
    )
    window = open_main_window(qtbot, db)
    offer = window.server_watch.kept.offer.message.text()
    assert "; session editor: Tuesday seminar (title, location, recurrence)." in offer

    kept, editor = _restored(qtbot, window)
    assert editor.windowTitle() == "Session"
    assert editor._session.id == second.id
    assert editor.title_edit.text() == "Tuesday seminar (new room)"
    assert editor.location.text() == "Room 12"
    assert editor.recurrence.rule() == six
    assert editor.recurrence.isEnabled()
    assert editor.registrations.isVisibleTo(editor)
    assert editor.is_dirty()
    tab = window.sessions_tab
    assert tab.current_id == second.id and tab.form.is_dirty()
    assert not kept.offer.isVisible() and read_kept_work(db.url) is None
    assert get_session(db, second.id).title == "Tuesday seminar"  # nothing written yet

    monkeypatch.setattr(edit_scope, "ask_edit_scope", lambda _parent: edit_scope.EditScope.SERIES)
    assert editor.save() is True
    after = list_sessions(db, series_id=second.series_id)
    assert len(after) == 6
    assert {s.title for s in after} == {"Tuesday seminar (new room)"}
    assert {s.location for s in after} == {"Room 12"}
    tab.form.set_dirty(False)


def test_a_session_changed_meanwhile_opens_the_merge_on_save(
    qtbot,
    db,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    stored = save_session(db, _session(db))
    typed = replace(stored, location="Room 4")
    keep_work(db.url, [KeptForm("session", typed, "Huddle", ["location"], source="editor")])
    # Someone else changed the presenters after the work was kept.
    save_session(db, replace(stored, presenters="Dr Osei"))
    shown: list = []

    def accept(dialog) -> int:  # noqa: ANN001
        shown.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("collab_desktop.ui.dialogs.session_dialog.run_merge_dialog", accept)
    window = open_main_window(qtbot, db)
    _kept, editor = _restored(qtbot, window)
    assert editor.location.text() == "Room 4"
    assert editor.presenters.text() == ""  # as typed then: the merge shows their change
    assert editor.save() is True
    assert len(shown) == 1
    assert [d.name for d in shown[0].comparison.differences] == ["presenters"]
    assert list(shown[0].comparison.mine_only) == ["location"]
    saved = get_session(db, stored.id)
    assert (saved.location, saved.presenters) == ("Room 4", "Dr Osei")


def test_a_session_deleted_meanwhile_comes_back_as_a_new_one(qtbot, db) -> None:  # noqa: ANN001
    stored = save_session(db, _session(db, "Retro"))
    typed = replace(stored, title="Retro, longer", end=FIRST + timedelta(hours=2))
    keep_work(
        db.url,
        [KeptForm("session", typed, "Retro", ["title", "end"], source="editor")],
    )
    delete_session(db, stored.id)
    window = open_main_window(qtbot, db)
    assert "session editor: Retro (title, end)" in (window.server_watch.kept.offer.message.text())

    _kept, editor = _restored(qtbot, window)
    assert editor.windowTitle() == "New session"
    assert editor._session.id is None
    assert editor.restored_note.text().startswith("This session was deleted after this work")
    assert editor.title_edit.text() == "Retro, longer"
    assert editor.read_form().end == FIRST + timedelta(hours=2)
    assert editor.followup.isVisibleTo(editor)
    assert window.statusBar().currentMessage() == (
        "The session Retro was deleted meanwhile: the session editor shows the kept values "
        "as a new session. Check them, then save."
    )
    assert editor.save() is True
    (new_id,) = editor.saved_ids
    assert [s.title for s in list_sessions(db) if s.start == FIRST] == ["Retro, longer"]
    assert get_session(db, new_id).end == FIRST + timedelta(hours=2)


def test_a_restored_editor_closed_without_saving_is_kept_and_offered_again(qtbot, db) -> None:  # noqa: ANN001
    stored = save_session(db, _session(db, "Planning"))
    typed = replace(stored, notes="Agenda typed on the train.")
    keep_work(db.url, [KeptForm("session", typed, "Planning", ["notes"], source="editor")])
    window = open_main_window(qtbot, db)
    kept, editor = _restored(qtbot, window)
    assert editor.restored_note.isVisibleTo(editor)
    assert editor.restored_note.text().startswith("Restored: this work was kept")
    assert read_kept_work(db.url) is None

    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Close, by mistake
    assert not editor.isVisible()
    again = read_kept_work(db.url)
    assert again is not None
    (form,) = again.forms
    assert form.from_editor and form.record.id == stored.id
    assert form.record.notes == "Agenda typed on the train."
    assert kept.offer.isVisible()
    assert "session editor: Planning (notes)" in kept.offer.message.text()
    assert "kept again" in window.statusBar().currentMessage()

    kept.restore_button.click()
    assert kept.editor is not editor and kept.editor.fields.notes.toPlainText() == (
        "Agenda typed on the train."
    )
    qtbot.addWidget(kept.editor)
    assert kept.editor.save() is True
    assert get_session(db, stored.id).notes == "Agenda typed on the train."
    assert read_kept_work(db.url) is None and not kept.offer.isVisible()


def test_two_kept_editors_come_back_one_at_a_time(qtbot, db) -> None:  # noqa: ANN001
    first = replace(_session(db, "Kickoff"), notes="One.")
    second = replace(_session(db, "Wrap-up"), start=FIRST + timedelta(days=1))
    second.end = second.start + timedelta(hours=1)
    keep_work(
        db.url,
        [
            KeptForm("session", first, "Kickoff", ["title", "notes"], source="editor"),
            KeptForm("session", second, "Wrap-up", ["title", "start", "end"], source="editor"),
        ],
    )
    window = open_main_window(qtbot, db)
    kept, editor = _restored(qtbot, window)
    assert editor.title_edit.text() == "Kickoff"
    assert kept.offer.isVisible()
    assert kept.offer.message.text().endswith(
        "was kept: session editor: new session Wrap-up (title, start, end)."
    )
    left = read_kept_work(db.url)
    assert left is not None and [f.label for f in left.forms] == ["Wrap-up"]
    assert editor.save() is True
    kept.restore_button.click()
    qtbot.addWidget(kept.editor)
    assert kept.editor is not editor and kept.editor.title_edit.text() == "Wrap-up"
    assert kept.editor.read_form().start == second.start
    assert kept.editor.save() is True
    assert {"Kickoff", "Wrap-up"} <= {s.title for s in list_sessions(db)}
    assert read_kept_work(db.url) is None
