"""The kept-work file: unsaved forms written for one database, read back whole, never with the
password, and never half-written."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.services.safety import kept_work
from collab_desktop.services.safety.kept_work import (
    KeptForm,
    changed_fields,
    discard_kept_work,
    edit_base,
    keep_work,
    kept_work_path,
    merged,
    read_kept_work,
    typed_over,
)

URL = "postgresql+psycopg://ana:s3cret-pw@db.example.org:5433/team?sslmode=require"
SAME_WITHOUT_PASSWORD = "postgresql://ana@db.example.org:5433/team?sslmode=require"
ZONE = ZoneInfo("America/New_York")


def _forms() -> list[KeptForm]:
    stored = ContactRecord(id=7, first_name="Ana", last_name="Ruiz", organization="North")
    typed = ContactRecord(
        id=7, first_name="Ana", last_name="Ruiz", organization="South clinic", notes="Call back."
    )
    session = SessionRecord(
        id=None,
        collaborative_id=3,
        title="Huddle",
        start=datetime(2026, 12, 9, 9, 30, tzinfo=ZONE),
        end=datetime(2026, 12, 9, 10, 30, tzinfo=ZONE),
        capacity=12,
    )
    collaborative = CollaborativeRecord(id=2, name="Falls", start_date=date(2026, 1, 1))
    return [
        KeptForm("contact", typed, "Ana Ruiz", changed_fields(stored, typed)),
        KeptForm("session", session, "Huddle", changed_fields(None, session)),
        KeptForm("collaborative", collaborative, "Falls", ["start_date"]),
    ]


def test_several_forms_come_back_whole(clock) -> None:  # noqa: ANN001
    forms = _forms()
    keep_work(URL, forms)

    kept = read_kept_work(URL)
    assert kept is not None
    assert kept.saved_at == clock()
    assert [f.record for f in kept.forms] == [f.record for f in forms]
    assert kept.forms[0].changed == ["organization", "notes"]
    assert kept.forms[0].summary() == "contact Ana Ruiz (organization, notes)"
    assert kept.forms[1].summary().startswith("new session Huddle (")
    assert kept.forms[1].record.start.utcoffset() is not None  # the zone is kept


def test_the_file_never_holds_the_password_and_is_keyed_without_it() -> None:
    path = keep_work(URL, _forms())
    assert path is not None
    assert "s3cret-pw" not in path.read_text(encoding="utf-8")
    assert "s3cret-pw" not in str(path)
    assert json.loads(path.read_text(encoding="utf-8"))["database"] == SAME_WITHOUT_PASSWORD
    # The same database with another password (or none) finds the same work.
    assert read_kept_work(URL.replace("s3cret-pw", "other")) is not None
    assert kept_work_path(SAME_WITHOUT_PASSWORD) == path
    assert read_kept_work("postgresql://ana@db.example.org:5433/other") is None


def test_a_failed_write_leaves_the_last_file_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    forms = _forms()
    path = keep_work(URL, forms[:1])
    assert path is not None
    before = path.read_bytes()

    def refuse(_src: object, _dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(kept_work.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        keep_work(URL, forms)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    monkeypatch.setattr(kept_work.os, "replace", os.replace)
    kept = read_kept_work(URL)
    assert kept is not None and len(kept.forms) == 1


def test_nothing_to_keep_removes_the_file_and_a_damaged_one_is_left_alone() -> None:
    path = keep_work(URL, _forms())
    assert path is not None and path.exists()
    assert keep_work(URL, []) is None
    assert not path.exists()

    path.write_text("{ not json", encoding="utf-8")
    assert read_kept_work(URL) is None
    assert path.exists()  # for a person to look at
    discard_kept_work(URL)
    assert not path.exists()


def test_a_newer_copy_of_a_record_replaces_the_older_one() -> None:
    older = _forms()
    newer_contact = ContactRecord(id=7, first_name="Ana", last_name="Ruiz", phone="555")
    newer = [KeptForm("contact", newer_contact, "Ana Ruiz", ["phone"])]
    result = merged(older, newer)
    assert [f.kind for f in result] == ["session", "collaborative", "contact"]
    assert result[-1].record.phone == "555"


def test_the_session_editor_keeps_its_repeat_pattern_and_follow_up_plan() -> None:
    from collab_desktop.domain.series_records import FollowupPlan

    session = SessionRecord(
        collaborative_id=3,
        title="October gathering",
        start=datetime(2026, 10, 6, 9, 0, tzinfo=ZONE),
        end=datetime(2026, 10, 6, 10, 0, tzinfo=ZONE),
    )
    plan = FollowupPlan(title="Scientists only", duration_minutes=45, restricted_role="scientist")
    rule = "FREQ=WEEKLY;BYDAY=TU;COUNT=4"
    form = KeptForm(
        "session",
        session,
        "October gathering",
        ["title", "start", "recurrence", "followup_plan"],
        source="editor",
        rule=rule,
        followup=plan,
    )
    keep_work(URL, [form])

    kept = read_kept_work(URL)
    assert kept is not None
    back = kept.forms[0]
    assert back.from_editor and back.source == "editor"
    assert back.rule == rule
    assert back.followup == plan
    assert back.record == session
    assert back.summary() == (
        "session editor: new session October gathering "
        "(title, start, recurrence, follow-up session)"
    )
    stored = replace(session, id=12, version=3)
    edited = KeptForm("session", stored, "October gathering", ["start", "recurrence"], "editor")
    assert edited.summary() == "session editor: October gathering (start, recurrence)"


def test_a_file_of_the_first_format_still_loads_as_tab_forms() -> None:
    # Written by the release before the session editor kept its repeat pattern (format 1).
    old = {
        "format": 1,
        "database": SAME_WITHOUT_PASSWORD,
        "saved_at": "2026-12-02T15:00:00+00:00",
        "forms": [
            {
                "kind": "session",
                "label": "Huddle",
                "changed": ["title"],
                "record": {
                    "id": 41,
                    "collaborative_id": 3,
                    "title": "Huddle moved",
                    "kind": "learning seminar",
                    "start": {"datetime": "2026-12-09T09:30:00-05:00"},
                    "end": {"datetime": "2026-12-09T10:30:00-05:00"},
                    "location": "",
                    "presenters": "",
                    "capacity": None,
                    "notes": "",
                    "series_id": None,
                    "followup_of_id": None,
                    "restricted_role": "",
                    "cancelled": False,
                    "collaborative_name": "Falls",
                    "colour": "#3366cc",
                    "registered_count": 0,
                    "held_on_old_day": False,
                    "version": 2,
                    "created_by": "ana",
                    "updated_by": "ana",
                    "created_at": {"datetime": "2026-11-30T14:00:00+00:00"},
                    "updated_at": {"datetime": "2026-12-01T14:00:00+00:00"},
                },
            },
            {
                "kind": "contact",
                "label": "Ana Ruiz",
                "changed": ["notes"],
                "record": {"id": 7, "first_name": "Ana", "last_name": "Ruiz", "notes": "Call."},
            },
        ],
    }
    path = kept_work_path(URL)
    path.write_text(json.dumps(old), encoding="utf-8")

    kept = read_kept_work(URL)
    assert kept is not None
    session, contact = kept.forms
    assert session.record.id == 41 and session.record.title == "Huddle moved"
    assert session.record.start == datetime(2026, 12, 9, 9, 30, tzinfo=ZONE)
    assert session.record.version == 2
    assert session.source == "tab" and session.rule is None and session.followup is None
    assert session.summary() == "session Huddle (title)"
    assert contact.record.notes == "Call." and contact.source == "tab"
    # Written again (carried by the next window), it is of the current format.
    keep_work(URL, kept.forms)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == kept_work.FORMAT
    assert read_kept_work(URL).forms[0].record == session.record


def test_the_editor_and_a_tab_keep_the_same_session_side_by_side() -> None:
    session = SessionRecord(id=41, title="Huddle")
    in_tab = KeptForm("session", session, "Huddle", ["title"])
    in_editor = KeptForm("session", replace(session, title="Other"), "Other", ["title"], "editor")
    again = KeptForm("session", replace(session, title="Third"), "Third", ["title"], "editor")
    result = merged([in_tab, in_editor], [again])
    assert [f.record.title for f in result] == ["Huddle", "Third"]


def test_what_was_typed_over_is_kept_and_makes_the_base_of_a_restore() -> None:
    then = ContactRecord(
        id=7, first_name="Ana", last_name="Ruiz", organization="North", notes="", version=4
    )
    typed = replace(then, organization="South clinic", notes="Call back.")
    changed = changed_fields(then, typed)
    form = KeptForm("contact", typed, "Ana Ruiz", changed, before=typed_over(then, changed))
    keep_work(URL, [form])

    (back,) = read_kept_work(URL).forms
    assert back.before == {"organization": "North", "notes": ""}
    # Since then someone changed the phone and the organization (version 6).
    stored = replace(then, phone="555-0101", organization="East", version=6)
    base = edit_base(stored, back, ["first_name", "organization", "notes", "phone"])
    # The fields left alone and the typed-over ones as they were then, on the version then:
    # the save is refused, and the merge sees the phone as theirs, the organization as both's.
    assert (base.organization, base.notes, base.phone, base.version) == ("North", "", "", 4)
