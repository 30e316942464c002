"""The attendance rate is attended / (attended + absent): excused people are counted on their
own and never as absent, in the report's JSON and in its workbook alike."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from collab_desktop.domain.records import CollaborativeRecord, ContactRecord, SessionRecord
from collab_desktop.services.directory.collaboratives import save_collaborative
from collab_desktop.services.directory.contacts import save_contact
from collab_desktop.services.directory.memberships import add_membership
from collab_desktop.services.sessions.registrations import register, set_status
from collab_desktop.services.sessions.sessions import save_session

MARKS = ("attended", "attended", "absent", "excused", "excused", "registered")


def test_report_json_and_workbook_leave_excused_out_of_the_rate(
    db,
    db_target: str,
    clock,
    tmp_path: Path,
    capsys,  # noqa: ANN001
) -> None:
    from collab_desktop.cli import parse_args, run_command

    collab = save_collaborative(db, CollaborativeRecord(name="Rate Circle")).id
    start = clock.moment - timedelta(days=2)
    sid = save_session(
        db,
        SessionRecord(
            collaborative_id=collab, title="Seminar", start=start, end=start + timedelta(hours=1)
        ),
    ).id
    for n, status in enumerate(MARKS):
        contact = save_contact(db, ContactRecord(first_name=f"P{n}", email=f"p{n}@example.org"))
        add_membership(db, contact.id, collab, joined_on=date(2020, 1, 1))
        set_status(db, register(db, sid, contact.id).id, status)

    out = tmp_path / "rate.xlsx"
    args = ["--db", db_target, "report", str(out), "--collaborative", "Rate Circle", "--json"]
    assert run_command(parse_args(args)) == 0
    summary = json.loads(capsys.readouterr().out)
    figures = {k: summary[k] for k in
               ("registered", "attended", "excused", "absent", "not_yet_marked", "rate")}  # fmt: skip
    # 2 / (2 + 1): the two excused and the one nobody marked do not lower it.
    assert figures == {"registered": 6, "attended": 2, "excused": 2, "absent": 1,
                       "not_yet_marked": 1, "rate": pytest.approx(2 / 3, abs=1e-4)}  # fmt: skip
    (row,) = summary["per_session"]
    assert (row["id"], row["excused"], row["absent"], row["rate"]) == (sid, 2, 1, figures["rate"])
    assert summary["written"] == str(out)

    wb = load_workbook(out)
    header, values = list(wb["Attendance"].iter_rows(values_only=True))[:2]
    by_name = dict(zip(header, values, strict=True))
    assert (by_name["Excused"], by_name["Absent"]) == (2, 1)
    assert by_name["Attendance rate"] == pytest.approx(2 / 3)
    summary_sheet = dict(list(wb["Summary"].iter_rows(values_only=True))[1:])
    assert summary_sheet["Excused"] == 2 and summary_sheet["Attendance rate"] == pytest.approx(
        2 / 3
    )

    assert run_command(parse_args(["--db", db_target, "report"])) == 1
    assert "OUT.xlsx" in capsys.readouterr().err
