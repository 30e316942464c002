"""Cancelling from the window's panel (set_status_with_undo) says who moved up from the waitlist."""

from __future__ import annotations

from datetime import timedelta

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.sessions.registrations import list_registrations, register
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.services.undo.undo import set_status_with_undo


def test_cancelling_two_names_both_who_moved_up_and_undo_puts_them_back(db, clock) -> None:  # noqa: ANN001
    start = clock.moment + timedelta(days=3)
    sid = save_session(
        db, SessionRecord(title="Workshop", start=start, end=start + timedelta(hours=1), capacity=2)
    ).id
    regs = {}
    for name in ("Ana", "Ben", "Cai", "Dee", "Eve"):
        contact = save_contact(db, ContactRecord(first_name=name, last_name="Lane"))
        regs[name] = register(db, sid, contact.id).id
    excused = set_status_with_undo(db, [regs["Ana"]], "excused")
    assert excused.promoted == []  # an excused person keeps their place
    excused.undo(db)
    change = set_status_with_undo(db, [regs["Ana"], regs["Ben"]], "cancelled")
    assert [m.name for m in change.promoted] == ["Cai Lane", "Dee Lane"]
    assert change.text == "mark 2 registrations cancelled (Cai Lane, Dee Lane moved up)"
    change.undo(db)
    waiting = {r.first_name: r.waitlist_position for r in list_registrations(db, sid)}
    assert waiting == {"Ana": None, "Ben": None, "Cai": 1, "Dee": 2, "Eve": 3}
