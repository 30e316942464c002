"""Excused people are counted on their own, never as absent; late joiners are not absent."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from attendance_helpers import NY, collaborative, person, session
from openpyxl import load_workbook

from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.domain.vocab import REGISTRATION_STATUSES
from collab_desktop.services.errors import ValidationError
from collab_desktop.services.reports.reports import build_report
from collab_desktop.services.sessions.registrations import (
    list_registrations,
    register,
    register_people,
    set_status,
)
from collab_desktop.services.sessions.series import create_series
from collab_desktop.services.sessions.sessions import get_session
from collab_desktop.services.sessions.signup_sheets import (
    apply_attendance,
    export_signup_sheet,
    preview_attendance,
)


def test_the_six_statuses() -> None:
    assert REGISTRATION_STATUSES == (
        "registered",
        "waitlisted",
        "attended",
        "excused",
        "absent",
        "cancelled",
    )


def test_excused_counts_apart_and_never_as_absent(db, clock) -> None:  # noqa: ANN001
    collab = collaborative(db)
    day = clock.moment - timedelta(days=7)
    s1 = session(db, collab, day)
    people = [person(db, n, "Reyes", collab) for n in ("Dana", "Eli", "Fay", "Gus")]
    marks = ["attended", "excused", "absent", "registered"]
    for contact_id, status in zip(people, marks, strict=True):
        set_status(db, register(db, s1, contact_id).id, status)

    (row,) = build_report(db, ReportFilter(collaborative_id=collab)).sessions
    assert (row.attended, row.excused, row.absent, row.unmarked) == (1, 1, 1, 1)
    assert row.registered == 4
    # attended / (attended + absent): neither the excused nor the not-yet-marked lower it
    assert row.rate == pytest.approx(1 / 2)


def test_unknown_status_is_refused(db, clock) -> None:  # noqa: ANN001
    collab = collaborative(db)
    s1 = session(db, collab, clock.moment - timedelta(days=1))
    reg = register(db, s1, person(db, "Dana", "Reyes", collab))
    with pytest.raises(ValidationError):
        set_status(db, reg.id, "sick")


def test_someone_who_joined_after_the_session_is_not_absent(db, clock) -> None:  # noqa: ANN001
    collab = collaborative(db)
    past = clock.moment - timedelta(days=30)
    s1 = session(db, collab, past)
    early = person(db, "Dana", "Reyes", collab, joined=past.date() - timedelta(days=10))
    late = person(db, "Eli", "Moss", collab, joined=past.date() + timedelta(days=3))
    same_day = person(db, "Fay", "Wu", collab, joined=past.date())
    for contact_id in (early, late, same_day):
        set_status(db, register(db, s1, contact_id).id, "absent")

    (row,) = build_report(db, ReportFilter(collaborative_id=collab)).sessions
    assert row.absent == 2  # Dana and Fay were members on the day; Eli joined after
    assert row.registered == 2


def test_a_series_signup_after_a_session_is_not_absent_for_it(db, clock) -> None:  # noqa: ANN001
    from collab_desktop.domain.records import SessionRecord

    collab = collaborative(db)
    first = (clock.moment - timedelta(days=7)).replace(hour=12, minute=0)
    template = SessionRecord(
        collaborative_id=collab,
        title="Weekly huddle",
        start=first,
        end=first + timedelta(hours=1),
    )
    series = create_series(db, template, "FREQ=WEEKLY;COUNT=3")
    past, *_ = series.sessions
    dana = person(db, "Dana", "Reyes", collab, joined=date(2020, 1, 1))
    # Signing up for the series from the session that is over registers that one too.
    register_people(db, past.id, [dana], whole_series=True)
    (reg,) = list_registrations(db, past.id)
    assert reg.status == "registered"
    report = build_report(db, ReportFilter(collaborative_id=collab))
    row = next(x for x in report.sessions if x.session_id == past.id)
    assert (row.unmarked, row.absent, row.registered) == (0, 0, 0)


def test_unticked_excused_person_stays_excused_on_read_back(db, clock, tmp_path: Path) -> None:  # noqa: ANN001
    collab = collaborative(db)
    s1 = session(db, collab, datetime.combine(clock.moment.date(), datetime.min.time(), NY))
    dana = register(db, s1, person(db, "Dana", "Reyes", collab))
    register(db, s1, person(db, "Eli", "Moss", collab))
    set_status(db, dana.id, "excused")
    sheet = export_signup_sheet(db, s1, tmp_path / "sheet.xlsx")
    wb = load_workbook(sheet)  # nobody ticks anything
    wb.save(sheet)

    preview = preview_attendance(db, sheet, s1)
    apply_attendance(db, preview)
    statuses = {r.first_name: r.status for r in list_registrations(db, s1)}
    assert statuses == {"Dana": "excused", "Eli": "absent"}
    assert get_session(db, s1).registered_count == 2
