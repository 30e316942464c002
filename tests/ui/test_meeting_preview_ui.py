"""File > Read attendance… with a Zoom report: the preview's minutes (joins merged), matched and
ambiguous contacts with a choice, unknown people added on request, the other-day question, and
the whole import as one undo step."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from zoom_report import write_zoom_report

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.domain.timezones import local_zone
from collab_desktop.services.directory.contacts import list_contacts, save_contact
from collab_desktop.services.sessions.meeting_attendance import preview_meeting_attendance
from collab_desktop.services.sessions.registrations import list_registrations, register
from collab_desktop.services.sessions.sessions import save_session

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
LINES = [
    ("Dana Reyes (Guest)", "", 0, 30),
    ("Dana Reyes (iPad)", "", 20, 50),  # a second device: 0-50, counted once
    ("Lee Ortiz", "lee@example.org", 0, 10),
    ("Lee Ortiz", "lee@example.org", 15, 55),  # dropped out and came back: 50
    ("Kim Park", "kim@example.org", 0, 12),  # too short
    ("Wanda Smith", "wanda@example.org", 0, 58),  # known, not signed up: a walk-in
    ("Stranger Danger", "stranger@elsewhere.org", 0, 60),
]


@pytest.fixture
def seminar(window, clock):  # noqa: ANN001, ANN201
    """Yesterday's seminar 13:00-14:00, two contacts named Dana Reyes, shown in the window."""
    db = window.ctx.db
    day = (clock.moment - timedelta(days=1)).astimezone(local_zone()).date()
    start = datetime(day.year, day.month, day.day, 13, tzinfo=local_zone())
    sid = save_session(
        db, SessionRecord(title="Hybrid seminar", start=start, end=start + timedelta(hours=1))
    ).id
    ids = {}
    for key, first, last, email in (
        ("dana1", "Dana", "Reyes", "dana@clinic.org"),
        ("dana2", "Dana", "Reyes", "dreyes@family.org"),
        ("lee", "Lee", "Ortiz", "lee@example.org"),
        ("kim", "Kim", "Park", "kim@example.org"),
        ("wanda", "Wanda", "Smith", "wanda@example.org"),
    ):
        ids[key] = save_contact(db, ContactRecord(first_name=first, last_name=last, email=email)).id
    for key in ("dana2", "lee", "kim"):
        register(db, sid, ids[key])
    tab = window.sessions_tab
    window.tabs.setCurrentWidget(tab)
    assert tab.select_record(sid)
    return sid, start, ids


def statuses(db, sid: int) -> dict[str, tuple[str, bool]]:  # noqa: ANN001
    return {r.email: (r.status, r.walk_in) for r in list_registrations(db, sid)}


def test_preview_shows_minutes_contacts_and_the_choice(window, seminar, qtbot, tmp_path) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.meeting_preview_dialog import MeetingPreviewDialog

    sid, start, ids = seminar
    path = write_zoom_report(tmp_path / "participants.csv", start, LINES)
    preview = preview_meeting_attendance(window.ctx.db, path, sid)
    dialog = MeetingPreviewDialog(preview, "Hybrid seminar", window)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    rows = {
        model.person(r).name: [str(model.index(r, c).data()) for c in range(4)]
        for r in range(model.rowCount())
    }
    assert rows["Lee Ortiz"][1:] == ["50", "Lee Ortiz <lee@example.org>", "attended"]
    assert rows["Wanda Smith"][3] == "attended (walk-in)"
    assert rows["Kim Park"][1:] == ["12", "Kim Park <kim@example.org>",
                                    "stays registered (below the minimum)"]  # fmt: skip
    assert rows["Dana Reyes"][1] == "50"  # two devices, overlap counted once
    assert rows["Dana Reyes"][3] == "left out until a contact is chosen"
    assert rows["Stranger Danger"][2:] == ["not matched: add as a new contact", "left out"]
    assert "1 to choose" in dialog.summary.text()
    dialog.grab().save("/tmp/attendance-window-preview-before.png")

    [combo] = dialog.choices.values()
    assert combo.count() == 3  # "choose…" and both contacts
    assert combo.itemText(2) == "Dana Reyes <dreyes@family.org> — registered"
    combo.setCurrentIndex(combo.findData(ids["dana2"]))
    assert dialog.will_be()["Dana Reyes"] == "attended"
    stranger = next(r for r in range(model.rowCount()) if model.person(r).name == "Stranger Danger")
    model.setData(
        model.index(stranger, 2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.will_be()["Stranger Danger"] == "new contact, attended (walk-in)"
    assert "to choose" not in dialog.summary.text()
    assert "4 attended (2 walk-ins)" in dialog.summary.text()
    dialog.grab().save("/tmp/attendance-window-preview-chosen.png")


def test_read_attendance_applies_the_choices_as_one_undo_step(
    window,
    seminar,
    qtbot,
    monkeypatch,
    tmp_path,  # noqa: ANN001
) -> None:
    from collab_desktop.ui.dialogs.meeting_preview_dialog import MeetingPreviewDialog

    db = window.ctx.db
    sid, start, ids = seminar
    path = write_zoom_report(tmp_path / "participants.csv", start, LINES)
    before, contacts_before = statuses(db, sid), len(list_contacts(db))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))

    def choose_and_record(dialog: MeetingPreviewDialog) -> int:
        dialog.minimum.setValue(10)  # read again: Kim's 12 minutes count now
        dialog.minimum.editingFinished.emit()
        dialog.choose("Dana Reyes", ids["dana1"])  # the other Dana: she came without signing up
        model = dialog.model
        for row in range(model.rowCount()):
            if model.person(row).name == "Stranger Danger":
                model.setData(model.index(row, 2), Qt.CheckState.Checked.value,
                              Qt.ItemDataRole.CheckStateRole)  # fmt: skip
        return 1

    monkeypatch.setattr(MeetingPreviewDialog, "exec", choose_and_record)
    assert window.session_actions.import_attendance.text() == "Read attendance…"
    window.session_actions.import_attendance.trigger()  # read in the background
    qtbot.waitUntil(lambda: "stranger@elsewhere.org" in statuses(db, sid))
    assert statuses(db, sid) == {
        "dana@clinic.org": ("attended", True),
        "dreyes@family.org": ("registered", False),
        "lee@example.org": ("attended", False),
        "kim@example.org": ("attended", False),
        "wanda@example.org": ("attended", True),
        "stranger@elsewhere.org": ("attended", True),
    }
    assert len(list_contacts(db)) == contacts_before + 1
    assert "Recorded 5 attended (3 walk-ins)" in window.statusBar().currentMessage()

    window.safety.undo.undo_action.trigger()  # one step takes the whole import back
    assert statuses(db, sid) == before
    assert len(list_contacts(db)) == contacts_before


def test_a_report_of_another_day_asks_first(
    window,
    seminar,
    qtbot,
    monkeypatch,
    tmp_path,
    answer,  # noqa: ANN001
) -> None:
    from collab_desktop.ui.dialogs.meeting_preview_dialog import MeetingPreviewDialog

    db = window.ctx.db
    sid, start, _ids = seminar
    path = write_zoom_report(tmp_path / "old.csv", start - timedelta(days=3), LINES)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    shown: list[MeetingPreviewDialog] = []
    monkeypatch.setattr(MeetingPreviewDialog, "exec", lambda d: shown.append(d) or 1)
    before = statuses(db, sid)

    asked = answer(QMessageBox.StandardButton.No)
    window.session_actions.import_attendance.trigger()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "is a report of a meeting on" in asked[0] and "anyway?" in asked[0]
    window.ctx.tasks.wait()
    assert shown == [] and statuses(db, sid) == before  # declined: nothing read, nothing changed

    answer(QMessageBox.StandardButton.Yes)
    window.session_actions.import_attendance.trigger()
    qtbot.waitUntil(lambda: statuses(db, sid)["lee@example.org"][0] == "attended")
    assert len(shown) == 1 and len(asked) == 2


def test_changing_the_minimum_reads_again_and_keeps_the_choices(
    window,
    seminar,
    qtbot,
    tmp_path,  # noqa: ANN001
) -> None:
    from collab_desktop.ui.dialogs.meeting_preview_dialog import MeetingPreviewDialog

    db = window.ctx.db
    sid, start, ids = seminar
    path = write_zoom_report(tmp_path / "participants.csv", start, LINES)
    dialog = MeetingPreviewDialog(
        preview_meeting_attendance(db, path, sid), "Hybrid seminar", window,
        lambda minutes: preview_meeting_attendance(db, path, sid, min_minutes=minutes),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.minimum.value() == 30  # half the session by default
    dialog.choose("Dana Reyes", ids["dana1"])
    assert dialog.will_be()["Kim Park"] == "stays registered (below the minimum)"
    dialog.minimum.setValue(10)
    dialog.minimum.editingFinished.emit()
    assert dialog.preview.min_minutes == 10
    assert dialog.will_be()["Kim Park"] == "attended"
    assert dialog.will_be()["Dana Reyes"] == "attended (walk-in)"  # the choice was kept
    [combo] = dialog.choices.values()
    assert combo.currentData() == ids["dana1"]
    assert "from 10 minutes" in dialog.summary.text()
    dialog.grab().save("/tmp/attendance-window-preview-minimum.png")
