"""The operation runner in the real window: errors shown once, one undo step, Cancel, changes."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import delete_contacts, list_contacts, save_contact
from collab_desktop.services.errors import ConflictError
from collab_desktop.store.models import Contact
from collab_desktop.ui.operations import Operation


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every warning box (title, text), recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *_a, **_k: shown.append((title, text))
    )
    return shown


def _published(window) -> list[ChangeSet]:  # noqa: ANN001
    heard: list[ChangeSet] = []
    window.ctx.events.changes.connect(heard.append)
    return heard


def test_a_refused_delete_is_shown_once_and_nothing_is_recorded(window, answer, warnings) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(1)
    delete_contacts(window.ctx.db, [1])  # behind the window's back: the row is still listed
    answer(QMessageBox.StandardButton.Yes)
    heard = _published(window)
    steps = window.safety.undo.stack.count()
    window.delete_action.trigger()
    assert warnings == [("Delete", "No contact with id 1.")]
    assert window.safety.undo.stack.count() == steps and heard == []


def test_a_failure_handler_takes_the_error_instead_of_a_box(window, warnings) -> None:  # noqa: ANN001
    taken: list[Exception] = []
    taken_by = Operation(
        window.ctx,
        window,
        "Save",
        lambda: save_contact(window.ctx.db, ContactRecord(email="alice.m.kennedy@dartmouth.edu")),
    ).failure(taken.append)
    assert not taken_by.run()
    assert warnings == [] and isinstance(taken[0], ConflictError)


def test_a_save_is_one_undo_step_and_one_change_set(window, qtbot) -> None:  # noqa: ANN001
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(2)
    heard = _published(window)
    steps = window.safety.undo.stack.count()
    tab.phone_edit.selectAll()
    qtbot.keyClicks(tab.phone_edit, "555-0199")
    assert tab.save()
    assert window.safety.undo.stack.count() == steps + 1
    assert window.safety.undo.undo_action.text().startswith("&Undo edit ")
    assert heard == [ChangeSet.of(Kind.CONTACT, [2])]


def test_an_operation_from_elsewhere_lands_in_edit_undo_once(window, warnings) -> None:  # noqa: ANN001
    from collab_desktop.services.undo.links import add_members_with_undo

    steps = window.safety.undo.stack.count()
    done = Operation(
        window.ctx,
        window.sessions_tab,
        "Add members",
        lambda: add_members_with_undo(window.ctx.db, 4, [1]),
    ).undo_step(lambda result: result[1])
    assert done.run()
    assert window.safety.undo.stack.count() == steps + 1
    assert done.changes.touches(Kind.MEMBERSHIP)
    window.safety.undo.undo_action.trigger()
    assert window.safety.undo.stack.index() == steps and warnings == []


def test_background_errors_are_shown_once(window, qtbot, warnings) -> None:  # noqa: ANN001
    def refused() -> None:
        raise ConflictError("Refused on the worker.")

    Operation(window.ctx, window, "Export", refused).run_in_background()
    qtbot.waitUntil(lambda: bool(warnings))
    qtbot.wait(50)
    assert warnings == [("Export", "Refused on the worker.")]


def test_a_background_operation_with_progress_can_be_cancelled(window, qtbot, warnings) -> None:  # noqa: ANN001
    db = window.ctx.db
    started = threading.Event()
    before = len(list_contacts(db))

    def slow_write(task) -> None:  # noqa: ANN001 - TaskContext
        with db.session() as s:
            s.add(Contact(first_name="Half", email="half@x.org", email_key="half@x.org"))
            s.flush()
            started.set()
            for step in range(1000):
                task.progress(step, 1000)
                task.check()  # Cancel: raises, and the transaction rolls back
                time.sleep(0.01)

    heard = _published(window)
    outcome: list[str] = []
    Operation(window.ctx, window, "Import", slow_write).success(
        lambda _r: outcome.append("done")
    ).cancelled(lambda: outcome.append("cancelled")).run_in_background(
        progress="Working on it…", with_task=True
    )
    assert started.wait(10)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)))
    (dialog,) = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    assert outcome == ["cancelled"]
    assert len(list_contacts(db)) == before
    assert heard == [] and warnings == []
    assert not window.ctx.tasks.busy


def test_a_background_result_for_a_closed_dialog_lands_quietly(window, qtbot, warnings) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    release = threading.Event()
    heard = _published(window)
    landed: list[str] = []

    def slow_write() -> None:
        release.wait(10)
        save_contact(window.ctx.db, ContactRecord(first_name="Late", email="late@x.org"))

    Operation(window.ctx, dialog, "Save", slow_write).success(
        lambda _r: landed.append("callback")
    ).run_in_background(progress="Saving…")
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)
    assert landed == [] and warnings == []  # no callback into the deleted dialog
    assert heard and heard[0].touches(Kind.CONTACT)  # the views still hear of the write
