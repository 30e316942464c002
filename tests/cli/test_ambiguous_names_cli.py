"""A name two contacts share: import-attendance lists it as ambiguous with the candidates'
e-mails (not as unmatched); once a contact is chosen, applying is one undo step."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from zoom_report import write_zoom_report

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.domain.timezones import local_zone
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.sessions.meeting_attendance import (
    choose_contact,
    preview_meeting_attendance,
)
from collab_desktop.services.sessions.registrations import list_registrations, register
from collab_desktop.services.sessions.sessions import save_session
from collab_desktop.services.undo.links import apply_meeting_with_undo


def seminar(db, clock) -> tuple[int, datetime, dict[str, int]]:  # noqa: ANN001
    """Yesterday's seminar, 13:00-14:00 local; two Dana Reyes (one registered) and Lee."""
    day = (clock.moment - timedelta(days=1)).astimezone(local_zone()).date()
    start = datetime(day.year, day.month, day.day, 13, tzinfo=local_zone())
    sid = save_session(
        db, SessionRecord(title="Seminar", start=start, end=start + timedelta(hours=1))
    ).id
    people = {}
    for key, first, last, email in (
        ("dana1", "Dana", "Reyes", "dana@clinic.org"),
        ("dana2", "Dána", "Reyes", "dreyes@family.org"),
        ("lee", "Lee", "Ortiz", "lee@example.org"),
    ):
        people[key] = save_contact(
            db, ContactRecord(first_name=first, last_name=last, email=email)
        ).id
    register(db, sid, people["dana2"])
    register(db, sid, people["lee"])
    return sid, start, people


def report(tmp_path: Path, start: datetime) -> Path:
    return write_zoom_report(
        tmp_path / "zoom.csv",
        start,
        [
            ("Dana Reyes (Guest)", "", 0, 30),
            ("Dana Reyes (iPad)", "", 20, 50),  # the same person on a second device
            ("Lee Ortiz", "lee@example.org", 0, 55),
        ],
    )


def test_import_attendance_lists_shared_names_as_ambiguous(
    db,
    db_target: str,
    clock,
    tmp_path: Path,
    capsys,  # noqa: ANN001
) -> None:
    from collab_desktop.cli import parse_args, run_command

    sid, start, _people = seminar(db, clock)
    path = report(tmp_path, start)
    args = ["--db", db_target, "import-attendance", str(path), "--session", str(sid), "--json"]
    assert run_command(parse_args([*args, "--add-unmatched"])) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["attended"] == 1 and out["unmatched"] == []  # never added as a new contact
    assert out["ambiguous"] == [
        {
            "name": "Dana Reyes",
            "email": "",
            "minutes": 50.0,
            "candidates": ["dana@clinic.org", "dreyes@family.org"],
        }
    ]
    assert run_command(parse_args(args[:-1] + ["--dry-run"])) == 0
    text = capsys.readouterr().out
    assert "ambiguous (left out; several contacts have this name): Dana Reyes could be " \
        "dana@clinic.org, dreyes@family.org" in text  # fmt: skip


def test_choosing_a_contact_then_applying_is_one_undo_step(db, clock, tmp_path: Path) -> None:  # noqa: ANN001
    sid, start, people = seminar(db, clock)
    preview = preview_meeting_attendance(db, report(tmp_path, start), sid)
    [dana] = preview.ambiguous
    assert [c.contact_id for c in dana.candidates] == [people["dana1"], people["dana2"]]
    assert dana.candidates[1].registration_status == "registered"
    choose_contact(dana, people["dana2"])
    counts, step = apply_meeting_with_undo(db, preview)
    assert (counts["attended"], counts["walk_ins"], counts["ambiguous"]) == (2, 0, [])
    marks = {r.contact_id: r.status for r in list_registrations(db, sid)}
    assert marks == {people["dana2"]: "attended", people["lee"]: "attended"}
    step.undo(db)
    marks = {r.contact_id: r.status for r in list_registrations(db, sid)}
    assert marks == {people["dana2"]: "registered", people["lee"]: "registered"}
    step.redo(db)
    assert {r.status for r in list_registrations(db, sid)} == {"attended"}
