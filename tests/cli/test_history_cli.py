"""``collab-desktop history``: the aligned table, --json, and one clear line for an unknown id."""

from __future__ import annotations

import json
from datetime import datetime

from cli_run import cli, one_error_line

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory import contacts
from collab_desktop.store import acting_user


def _edited_contact(db) -> int:  # noqa: ANN001
    acting_user.set_user("dana")
    try:
        ann = contacts.save_contact(
            db, ContactRecord(first_name="Ann", last_name="Lee", email="ann@example.org")
        )
        ann.job_title = "Nurse Manager"
        contacts.save_contact(db, ann)
    finally:
        acting_user.set_user(None)
    return ann.id


def test_history_json(db, db_target: str) -> None:  # noqa: ANN001
    contact_id = _edited_contact(db)
    result = cli("history", "contact", str(contact_id), "--json", db=db_target)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(d["field"], d["old"], d["new"], d["user"]) for d in data] == [
        ("created", None, "Ann Lee", "dana"),
        ("job_title", None, "Nurse Manager", "dana"),
    ]
    assert set(data[0]) == {"at", "user", "field", "old", "new"}
    assert datetime.fromisoformat(data[0]["at"]).utcoffset() is not None


def test_history_table(db, db_target: str) -> None:  # noqa: ANN001
    contact_id = _edited_contact(db)
    result = cli("history", "contact", str(contact_id), db=db_target)
    assert result.returncode == 0, result.stderr
    header, rule, created, edited = result.stdout.splitlines()
    assert header.split() == ["When", "Who", "Field", "Old", "value", "New", "value"]
    assert set(rule) <= {"-", " "}
    # Aligned: every column starts where its header does.
    field_at = header.index("Field")
    assert created[field_at:].startswith("Created")
    assert edited[field_at:].startswith("Job title")
    assert edited[header.index("New value") :].rstrip() == "Nurse Manager"
    assert edited[header.index("Who") :].startswith("dana")


def test_history_of_an_unknown_id_is_one_error_line(db_target: str) -> None:
    line = one_error_line(cli("history", "session", "987654", db=db_target))
    assert line == "error: No session with id 987654."


def test_collaborative_history_lists_members_joining_and_leaving(db, db_target: str) -> None:  # noqa: ANN001
    from datetime import date

    from collab_desktop.services.directory import collaboratives, memberships

    contact_id = _edited_contact(db)
    collab = collaboratives.list_collaboratives(db)[0]
    m = memberships.add_membership(db, contact_id, collab.id, "coach", date(2026, 2, 1))
    memberships.remove_membership(db, m.id)

    result = cli("history", "collaborative", str(collab.id), "--json", db=db_target)
    assert result.returncode == 0, result.stderr
    lines = [(d["field"], d["old"], d["new"]) for d in json.loads(result.stdout)]
    assert lines[-2:] == [
        ("member: Ann Lee", None, "coach, joined 2026-02-01"),
        ("member: Ann Lee", "coach, joined 2026-02-01", None),
    ]
    table = cli("history", "collaborative", str(collab.id), db=db_target)
    assert table.returncode == 0, table.stderr
    assert "Member: Ann Lee" in table.stdout.splitlines()[-1]
