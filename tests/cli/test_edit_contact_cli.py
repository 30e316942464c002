"""``edit-contact`` and ``--user``: a change by field name, refused when based on an old version,
and ``list contacts --json`` giving the id and version a script starts from."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cli_run import cli, one_error_line

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory import contacts
from collab_desktop.store import acting_user


@pytest.fixture
def ana(db) -> ContactRecord:  # noqa: ANN001
    record = ContactRecord(first_name="Ana", last_name="Ruiz", email="ana.ruiz@example.org")
    return contacts.save_contact(db, record)


def test_edit_by_field_name_as_a_named_user(db, db_target: str, ana) -> None:  # noqa: ANN001
    result = cli(
        "--user", "dana", "edit-contact", str(ana.id),
        "--set", "phone=555-0100", "--set", "consent=yes", "--set", "job_title=Nurse lead",
        "--if-version", "1", "--json", db=db_target,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    saved = json.loads(result.stdout)
    assert (saved["id"], saved["version"]) == (ana.id, 2)
    assert (saved["phone"], saved["consent"], saved["job_title"]) == (
        "555-0100",
        True,
        "Nurse lead",
    )
    assert (saved["updated_by"], saved["first_name"]) == ("dana", "Ana")
    stored = contacts.get_contact(db, ana.id)
    assert (stored.version, stored.updated_by, stored.phone) == (2, "dana", "555-0100")

    listed = cli("list", "contacts", "--json", db=db_target)
    assert listed.returncode == 0, listed.stderr
    [row] = [c for c in json.loads(listed.stdout) if c["id"] == ana.id]
    assert row["version"] == 2

    plain = cli("edit-contact", str(ana.id), "--set", "notes=met at the huddle", db=db_target)
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.strip() == f"Saved contact {ana.id}: Ana Ruiz (version 3)"


def test_stale_if_version_is_one_error_line(db, db_target: str, ana, clock) -> None:  # noqa: ANN001
    clock.set(datetime(2020, 3, 5, 14, 3, tzinfo=ZoneInfo("America/New_York")))
    acting_user.set_user("dana")
    try:
        contacts.save_contact(db, replace(ana, phone="555-0199"))
    finally:
        acting_user.set_user(None)
    result = cli(
        "--user", "ana", "edit-contact", str(ana.id), "--set", "phone=555-0100",
        "--if-version", "1", db=db_target,
    )  # fmt: skip
    assert one_error_line(result) == (
        f"error: contact {ana.id} was changed by dana on 5 Mar 2020 at 14:03 (version 2; you had 1)"
    )
    assert contacts.get_contact(db, ana.id).phone == "555-0199"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("colour=red", "error: unknown field 'colour'; fields: first_name, last_name, email"),
        ("version=9", "error: unknown field 'version'"),
        ("consent=maybe", "error: consent must be yes or no, got 'maybe'"),
        ("phone", "error: --set needs FIELD=VALUE, got 'phone'"),
        ("email=not-an-address", "error: "),
    ],
)
def test_bad_field_or_value_exits_2(db, db_target: str, ana, change: str, message: str) -> None:  # noqa: ANN001
    result = cli("edit-contact", str(ana.id), "--set", change, db=db_target)
    assert result.returncode == 2, result.stdout + result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(message)
    assert contacts.get_contact(db, ana.id).version == 1


def test_unknown_id_exits_1(db, db_target: str) -> None:  # noqa: ANN001
    result = cli("edit-contact", "99999", "--set", "phone=1", db=db_target)
    assert one_error_line(result) == "error: No contact with id 99999."
