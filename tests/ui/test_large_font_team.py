"""The team-work screens with a large system font: the merge dialog, History, the trash, the
window's bars (offline copy, server away, kept work) and the form's "changed by" bar, the
"(waiting for the server)" title and the "Created by … · Changed by …" line."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget
from test_large_font import large_font, settled_clipping  # noqa: F401 - the fixture, used by name

from collab_desktop.domain.record_merge import EDITABLE_FIELDS, compare
from collab_desktop.domain.records import ContactRecord
from collab_desktop.ui.dialogs.dialog_size import screen_room

LONG = (
    "Prefers phone calls in the morning; co-leads the falls-prevention huddle on Tuesdays and "
    "asked for the sign-up sheets of the spring series to go to her department assistant."
)
NARROW = 480  # a form's column in a narrow window, or a window beside another one
READABLE = 20  # characters a bar's message keeps on a line, at the least


def _in_host(qtbot, bar: QWidget, width: int) -> QWidget:  # noqa: ANN001
    """bar alone in a window width pixels wide, laid out."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    bar.setParent(host)
    layout.addWidget(bar)
    layout.addStretch(1)
    bar.show()
    host.resize(width, 700)
    host.show()
    qtbot.waitExposed(host)
    qtbot.wait(50)  # the bar's row moves its buttons, then the wrapped message lays out again
    return host


def _bar_problems(qtbot, name: str, bar: QWidget, width: int) -> list[str]:  # noqa: ANN001
    host = _in_host(qtbot, bar, width)
    problems = [f"{name} at {width}: {p}" for p in settled_clipping(qtbot, host)]
    if bar.minimumSizeHint().width() > width:
        problems.append(f"{name} at {width}: needs {bar.minimumSizeHint().width()} pixels")
    readable = bar.message.fontMetrics().averageCharWidth() * READABLE
    if bar.message.width() < readable:
        problems.append(f"{name} at {width}: message squeezed to {bar.message.width()} pixels")
    return problems


@pytest.mark.parametrize("width", [1024, NARROW])
def test_the_window_bars_fit_a_narrow_width_with_a_large_font(
    large_font,  # noqa: ANN001, F811
    window,
    qtbot,
    width: int,
) -> None:
    from collab_desktop.ui.features.kept_forms import KeptForms
    from collab_desktop.ui.features.server_watch import away_text
    from collab_desktop.ui.widgets.offline_banner import OfflineBanner

    watch = window.server_watch
    watch.bar.show_text(away_text() + " Next try at 14:05.")
    kept: KeptForms = watch.kept
    kept.offer.show_text(
        "Unsaved work was kept on this computer on Tue 3 Dec at 14:02 while the team database "
        "could not be reached: 2 forms (Avery Lindqvist, Spring learning session)."
    )
    banner = OfflineBanner()
    banner.show_text(
        "The team database cannot be reached, so this is the offline copy of "
        "postgresql://db.example.org/collab, taken Tue 3 Dec 09:00 (2 hours ago)."
    )
    changed = window.contacts_tab.changed_bar
    changed.show_change("dana.whitfield")
    problems = []
    for name, bar in (
        ("server away", watch.bar),
        ("kept work", kept.offer),
        ("offline copy", banner),
        ("changed by", changed),
    ):
        problems += _bar_problems(qtbot, name, bar, width)
    assert not problems, "\n".join(problems)


def test_a_bar_keeps_its_buttons_beside_the_message_when_there_is_room(qtbot) -> None:  # noqa: ANN001
    from collab_desktop.ui.widgets.notice_bar import NoticeBar

    bar = NoticeBar("TestBar", "Test bar")
    buttons = [bar.add_button(text, text, text) for text in ("&Restore", "&Discard", "&Later")]
    bar.show_text("Unsaved work was kept on this computer.")
    wide = _in_host(qtbot, bar, 1200)
    assert bar.row.one_row
    assert all(b.geometry().center().y() == buttons[0].geometry().center().y() for b in buttons)
    narrow = _in_host(qtbot, bar, bar.row.one_row_width() // 2)
    assert not bar.row.one_row
    assert buttons[0].mapTo(bar, buttons[0].rect().topLeft()).y() > bar.message.geometry().bottom()
    assert (wide, narrow) != (None, None)  # both hosts lived until here


def _merge_dialog(qtbot):  # noqa: ANN001, ANN202
    from collab_desktop.ui.dialogs.merge_dialog import MergeDialog

    base = ContactRecord(id=3, first_name="Ana", last_name="Lima", phone="1", version=1)
    mine = replace(
        base,
        phone="+1 603 555 0100",
        job_title="Director of nursing quality and patient safety",
        notes=LONG,
        department="Emergency",
    )
    theirs = replace(
        base,
        phone="+1 603 555 0177",
        job_title="Clinical nurse specialist",
        notes=LONG + " Also attends the pharmacy huddle.",
        organization="Lakeside Health and Regional Medical Centre",
        version=2,
    )
    comparison = compare(base, mine, theirs, EDITABLE_FIELDS["contact"])
    labels = {"phone": "Phone", "job_title": "Job title", "notes": "Notes"}
    dialog = MergeDialog("Ana Lima", "dana.whitfield", None, comparison, labels)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    return dialog


def test_the_merge_dialog_shows_both_columns_whole_with_a_large_font(large_font, qtbot) -> None:  # noqa: ANN001, F811
    dialog = _merge_dialog(qtbot)
    scroll = dialog.findChild(QScrollArea)
    room = screen_room(dialog)
    assert settled_clipping(qtbot, dialog) == []
    # Nothing runs off the right: the fields' rows fit the dialog, which fits the screen.
    assert scroll.widget().width() <= scroll.viewport().width()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    # Opened high enough for every field (the screen has room for them).
    assert scroll.verticalScrollBar().maximum() == 0


def test_the_history_panel_gives_the_values_the_room_with_a_large_font(
    large_font,  # noqa: ANN001, F811
    window,
    qtbot,
) -> None:
    from collab_desktop.services.directory.contacts import get_contact, save_contact
    from collab_desktop.store.acting_user import set_user
    from collab_desktop.ui.dialogs.history_panel import HistoryPanel

    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    first = tab.table.model.records()[0]
    edits = [
        ("notes", LONG),
        ("job_title", "Quality improvement lead for the regional surgical services"),
        ("department", "Perioperative services and ambulatory surgery"),
        ("organization", "Riverside Hospital and Regional Medical Centre"),
    ] * 3
    for index, (field, value) in enumerate(edits):
        set_user(("jordan.okafor", "dana.whitfield")[index % 2])
        try:
            stored = get_contact(window.ctx.db, first.id)
            save_contact(window.ctx.db, replace(stored, **{field: f"{value} ({index})"}))
        finally:
            set_user(None)
    tab.select_record(first.id)
    tab.show_history()
    (panel,) = [p for p in window.findChildren(HistoryPanel) if p.isVisible()]
    qtbot.waitExposed(panel)
    qtbot.wait(50)
    assert len(panel.entries()) >= 12
    room = screen_room(panel)
    assert panel.width() <= room.width() and panel.height() <= room.height()
    assert settled_clipping(qtbot, panel) == []
    header = panel.table.horizontalHeader()
    field, old, new = (header.sectionSize(c) for c in (2, 3, 4))
    assert field <= panel.table.fontMetrics().averageCharWidth() * 24
    assert old > field and new > field, (field, old, new)
    assert panel.table.horizontalScrollBar().maximum() == 0
    panel.close()


def test_the_trash_shows_what_went_with_a_record_whole_with_a_large_font(
    large_font,  # noqa: ANN001, F811
    window,
    qtbot,
) -> None:
    from collab_desktop.domain.records import SessionRecord
    from collab_desktop.domain.timezones import localize
    from collab_desktop.services.directory.memberships import list_memberships_of_contact
    from collab_desktop.services.safety.trash import delete_to_trash, list_trash
    from collab_desktop.services.sessions.registrations import register
    from collab_desktop.services.sessions.sessions import save_session
    from collab_desktop.ui.dialogs.trash_dialog import TrashDialog

    db = window.ctx.db
    window.tabs.setCurrentWidget(window.contacts_tab)
    window.ctx.tasks.wait()
    contacts = window.contacts_tab.table.model.records()
    member = next(c for c in contacts if list_memberships_of_contact(db, c.id))
    collaborative_id = list_memberships_of_contact(db, member.id)[0].collaborative_id
    for day in (5, 12, 19):
        start = localize(datetime(2026, 10, day, 9, 0))
        session = save_session(
            db,
            SessionRecord(
                None, collaborative_id, "Huddle", start=start, end=start + timedelta(hours=1)
            ),
        )
        register(db, session.id, member.id, any_role=True)
    delete_to_trash(db, "contact", [member.id])
    # "1 contact, 1 membership and 3 registrations": longer than the old 360-pixel cap.
    (entry,) = list_trash(db)
    dialog = TrashDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    assert settled_clipping(qtbot, dialog) == []
    view = dialog.table.view
    needed = view.fontMetrics().horizontalAdvance(entry.describe())
    assert view.horizontalHeader().sectionSize(4) >= needed, entry.describe()  # not cut short
    assert dialog.height() <= screen_room(dialog).height()
    dialog.reject()


def test_the_waiting_title_and_the_stamps_line_fit_with_a_large_font(
    large_font,  # noqa: ANN001, F811
    window,
    qtbot,
) -> None:
    from collab_desktop.services.directory.contacts import get_contact, save_contact
    from collab_desktop.store.acting_user import set_user

    window.resize(1280, 800)
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    first = tab.table.model.records()[0]
    set_user("dana.whitfield")
    try:
        save_contact(window.ctx.db, replace(get_contact(window.ctx.db, first.id), phone="555"))
    finally:
        set_user(None)
    tab.select_record(first.id)
    window.server_watch._mark_waiting(tab)
    window.ctx.tasks.wait()
    qtbot.wait(100)
    assert "(waiting for the server)" in tab.title.text()
    assert "Changed by dana.whitfield" in tab.stamps.text() and tab.stamps.isVisible()
    assert window.width() <= 1280
    assert settled_clipping(qtbot, tab) == []
