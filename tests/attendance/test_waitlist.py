"""A full workshop's waitlist: sign-ups in order, promotion on cancel (undoable), by hand,
reordering, and the sign-up sheet listing waitlisted people apart."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from attendance_helpers import collaborative, person, session
from openpyxl import load_workbook

from collab_desktop.services.errors import ConflictError, ValidationError
from collab_desktop.services.sessions.registrations import (
    list_registrations,
    register,
    register_collaborative,
    set_status,
)
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.services.sessions.signup_sheets import (
    apply_attendance,
    export_signup_sheet,
    preview_attendance,
)
from collab_desktop.services.undo.undo import set_status_with_undo
from collab_desktop.services.undo.waitlist_undo import (
    cancel_with_undo,
    move_with_undo,
    promote_with_undo,
)


@pytest.fixture
def workshop(db, clock):  # noqa: ANN001, ANN201
    """A workshop for two next week, and five people signing up in order."""
    collab = collaborative(db)
    sid = session(db, collab, clock.moment + timedelta(days=7), capacity=2, title="Workshop")
    names = ("Ana", "Ben", "Cai", "Dee", "Eve")
    people = {n: person(db, n, "Lane", collab) for n in names}
    regs = {n: register(db, sid, people[n]) for n in names}
    return sid, people, regs


def line(db, sid: int) -> dict[str, tuple[str, int | None]]:  # noqa: ANN001
    return {r.first_name: (r.status, r.waitlist_position) for r in list_registrations(db, sid)}


def test_full_session_waitlists_new_signups_in_order(db, workshop) -> None:  # noqa: ANN001
    sid, _people, regs = workshop
    assert [regs[n].status for n in regs] == ["registered"] * 2 + ["waitlisted"] * 3
    assert [regs[n].waitlist_position for n in regs] == [None, None, 1, 2, 3]
    assert get_session(db, sid).registered_count == 2  # waitlisted people take no place


def test_cancelling_promotes_the_first_waiting_and_undo_puts_all_back(db, workshop) -> None:  # noqa: ANN001
    sid, people, _regs = workshop
    before = line(db, sid)
    step = cancel_with_undo(db, sid, people["Ben"], "Ben Lane")
    assert [m.name for m in step.promoted] == ["Cai Lane"]
    assert "Cai Lane moved up" in step.text
    assert line(db, sid) == {
        "Ana": ("registered", None),
        "Ben": ("cancelled", None),
        "Cai": ("registered", None),
        "Dee": ("waitlisted", 1),  # positions close up
        "Eve": ("waitlisted", 2),
    }
    step.undo(db)
    assert line(db, sid) == before
    step.redo(db)
    assert line(db, sid)["Cai"] == ("registered", None)


def test_cancelling_someone_waiting_closes_up_the_line(db, workshop) -> None:  # noqa: ANN001
    sid, people, _regs = workshop
    step = cancel_with_undo(db, sid, people["Dee"], "Dee Lane")
    assert step.promoted == []
    assert line(db, sid)["Eve"] == ("waitlisted", 2)
    with pytest.raises(ConflictError):
        cancel_with_undo(db, sid, people["Dee"], "Dee Lane")


def test_the_cancel_button_promotes_too_and_undoes_as_one_step(db, workshop) -> None:  # noqa: ANN001
    sid, _people, regs = workshop
    before = line(db, sid)
    change = set_status_with_undo(db, [regs["Ana"].id], "cancelled")
    assert line(db, sid)["Cai"] == ("registered", None)
    assert line(db, sid)["Eve"] == ("waitlisted", 2)
    change.undo(db)
    assert line(db, sid) == before


def test_promote_by_hand_and_reorder(db, workshop) -> None:  # noqa: ANN001
    sid, _people, regs = workshop
    before = line(db, sid)
    step = move_with_undo(db, regs["Eve"].id, 1)
    assert [line(db, sid)[n] for n in ("Eve", "Cai", "Dee")] == [
        ("waitlisted", 1),
        ("waitlisted", 2),
        ("waitlisted", 3),
    ]
    step.undo(db)
    assert line(db, sid) == before
    with pytest.raises(ValidationError):
        move_with_undo(db, regs["Eve"].id, 4)

    promoted = promote_with_undo(db, regs["Dee"].id)  # over capacity: the coordinator's call
    assert line(db, sid)["Dee"] == ("registered", None)
    assert line(db, sid)["Eve"] == ("waitlisted", 2)
    assert get_session(db, sid).registered_count == 3
    promoted.undo(db)
    assert line(db, sid) == before
    with pytest.raises(ConflictError):
        promote_with_undo(db, regs["Ana"].id)


def test_marking_a_waitlisted_person_who_came_closes_up(db, workshop) -> None:  # noqa: ANN001
    sid, _people, regs = workshop
    set_status(db, regs["Cai"].id, "attended")
    assert line(db, sid)["Cai"] == ("attended", None)
    assert line(db, sid)["Dee"] == ("waitlisted", 1)


def test_adding_a_whole_collaborative_fills_then_waitlists(db, clock) -> None:  # noqa: ANN001
    collab = collaborative(db)
    sid = session(db, collab, clock.moment + timedelta(days=3), capacity=1)
    for n in ("Ana", "Ben", "Cai"):
        person(db, n, "Lane", collab)
    assert register_collaborative(db, sid, collab).added == 3
    statuses = sorted(line(db, sid).values(), key=lambda v: v[1] or 0)
    assert statuses == [("registered", None), ("waitlisted", 1), ("waitlisted", 2)]


def test_signup_sheet_lists_waitlisted_people_apart(db, workshop, tmp_path: Path) -> None:  # noqa: ANN001
    sid, _people, regs = workshop
    sheet = export_signup_sheet(db, sid, tmp_path / "sheet.xlsx", blank_rows=2)
    ws = load_workbook(sheet).active
    names = [ws.cell(r, 2).value for r in range(8, ws.max_row + 1)]
    assert names[:2] == ["Ana Lane", "Ben Lane"]
    heading = names.index("Waitlist (in order)")
    assert names[heading + 1 : heading + 4] == ["Cai Lane", "Dee Lane", "Eve Lane"]
    assert [ws.cell(8 + heading + i, 1).value for i in (1, 2, 3)] == [1, 2, 3]

    # Dee came anyway and ticked; nobody else ticked. The waitlist stays as it is.
    wb = load_workbook(sheet)
    wb.active.cell(8 + heading + 2, 5).value = "x"
    wb.save(sheet)
    preview = preview_attendance(db, sheet, sid)
    assert preview.problems == []
    apply_attendance(db, preview)
    after = line(db, sid)
    assert after["Dee"][0] == "attended"
    assert (after["Ana"][0], after["Cai"][0], after["Eve"][0]) == (
        "absent",
        "waitlisted",
        "waitlisted",
    )
    assert regs["Eve"].id in {r.id for r in list_registrations(db, sid)}
