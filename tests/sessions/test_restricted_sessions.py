"""A session only for a role (the scientists' private session) refuses others unless asked."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from collab_desktop.domain.records import ContactRecord, SessionRecord
from collab_desktop.domain.series_records import FollowupPlan
from collab_desktop.services.directory.collaboratives import collaborative_by_name
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.sessions.registrations import (
    list_registrations,
    register,
    register_series,
)
from collab_desktop.services.sessions.role_restrictions import OutsideRoleError
from collab_desktop.services.sessions.series import create_series
from collab_desktop.services.sessions.sessions import save_session

NY = ZoneInfo("America/New_York")


def member(db, name: str, collab: str, role: str) -> int:  # noqa: ANN001
    contact = save_contact(
        db, ContactRecord(first_name=name, last_name="Tester", email=f"{name}@example.org")
    )
    add_membership(db, contact.id, collaborative_by_name(db, collab).id, role=role)
    return contact.id


def seminar_with_private_session(db):  # noqa: ANN001, ANN201
    start = datetime(2031, 1, 14, 12, tzinfo=NY)
    template = SessionRecord(
        collaborative_id=collaborative_by_name(db, "LHS E-STaR").id,
        title="LHS seminar",
        start=start,
        end=start + timedelta(hours=1),
    )
    return create_series(db, template, "FREQ=MONTHLY;BYDAY=2TU;COUNT=3", FollowupPlan())


def test_private_session_is_for_its_role_unless_asked(db) -> None:  # noqa: ANN001
    result = seminar_with_private_session(db)
    private = result.followup_sessions[0]
    scientist = member(db, "sam", "LHS E-STaR", "scientist")
    guest = member(db, "gus", "LHS E-STaR", "member")
    elsewhere = member(db, "eve", "SYNERGY", "scientist")

    register(db, result.sessions[0].id, guest)  # the seminar is open to everyone
    register(db, private.id, scientist)
    with pytest.raises(OutsideRoleError, match="gus Tester is not a scientist of LHS E-STaR"):
        register(db, private.id, guest)
    with pytest.raises(OutsideRoleError):
        register(db, private.id, elsewhere)  # a scientist, but of another collaborative
    with pytest.raises(OutsideRoleError):
        register_series(db, result.followup_series_id, guest)
    assert register_series(db, result.followup_series_id, guest, any_role=True) == 3
    register(db, private.id, elsewhere, any_role=True)
    assert {r.contact_id for r in list_registrations(db, private.id)} == {
        scientist,
        guest,
        elsewhere,
    }


def test_a_role_session_of_all_collaboratives_takes_the_role_from_any(db) -> None:  # noqa: ANN001
    start = datetime(2031, 10, 14, 14, tzinfo=NY)
    workshop = save_session(
        db,
        SessionRecord(
            title="Scientists' workshop at the gathering",
            start=start,
            end=start + timedelta(hours=1),
            restricted_role="scientist",
        ),
    )
    register(db, workshop.id, member(db, "eve", "SYNERGY", "scientist"))
    with pytest.raises(OutsideRoleError):
        register(db, workshop.id, member(db, "gus", "SYNERGY", "member"))


def test_signup_command_refuses_outside_the_role(db_path: Path, capsys) -> None:  # noqa: ANN001
    from collab_desktop.cli import parse_args, run_command
    from collab_desktop.store.open import open_database

    def run(*args: str) -> tuple[int, str, str]:
        code = run_command(parse_args(["--db", str(db_path), *args]))
        out = capsys.readouterr()
        return code, out.out, out.err

    code, out, _ = run(
        "add-session", "--collaborative", "LHS E-STaR", "--title", "Seminar",
        "--start", "2031-01-14T12:00", "--end", "2031-01-14T13:00",
        "--followup", "Private session", "--json",
    )  # fmt: skip
    assert code == 0
    private = json.loads(out)[1]
    assert private["restricted_role"] == "scientist"
    db, _report = open_database(db_path)
    member(db, "gus", "LHS E-STaR", "member")
    db.dispose()
    code, _, err = run("signup", "--session", str(private["id"]), "--email", "gus@example.org")
    assert code == 1
    assert err.startswith("error: gus Tester is not a scientist") and "--any-role" in err
    code, out, _ = run(
        "signup", "--session", str(private["id"]), "--email", "gus@example.org", "--any-role"
    )
    assert code == 0 and "Registered gus Tester" in out
