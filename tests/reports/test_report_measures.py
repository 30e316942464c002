"""Each report measure on a small hand-built dataset whose figures are worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from report_dataset import SERIES_ID

from collab_desktop.domain.report_records import ReportFilter
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.services.reports.reports import build_report


def _rows(rows) -> dict[str, tuple[int, int]]:  # noqa: ANN001
    return {r.label: (r.active, r.inactive) for r in rows}


def test_members_count_each_person_once_across_collaboratives(rdb, data) -> None:  # noqa: ANN001
    m = build_report(rdb, ReportFilter()).members
    assert _rows(m.by_type) == {
        "patient": (1, 0),
        "family member": (1, 0),
        "frontline team member": (1, 0),
        "researcher": (1, 0),
        "improver": (0, 0),
        "operations": (0, 0),
        "(not set)": (0, 1),
    }
    roles = _rows(m.by_role)
    assert roles["member"] == (3, 2)
    assert roles["lead contact"] == (1, 0)
    assert roles["presenter"] == (1, 0)
    assert roles["coach"] == (0, 0)
    assert (m.active, m.inactive, m.total) == (4, 1, 5)
    assert [(x.month, x.count) for x in m.new_per_month] == [
        (date(2025, 12, 1), 1),
        (date(2026, 1, 1), 2),
        (date(2026, 2, 1), 2),
    ]


def test_members_of_one_collaborative_up_to_a_date(rdb, data) -> None:  # noqa: ANN001
    flt = ReportFilter(collaborative_id=data.collab["A"], date_to=date(2026, 1, 31))
    m = build_report(rdb, flt).members
    assert {k: v for k, v in _rows(m.by_type).items() if v != (0, 0)} == {
        "patient": (1, 0),
        "(not set)": (0, 1),
    }
    assert (m.active, m.inactive) == (1, 1)
    assert [(x.month, x.count) for x in m.new_per_month] == [
        (date(2025, 12, 1), 1),
        (date(2026, 1, 1), 1),
    ]


def test_new_members_per_month_fill_the_whole_range(rdb, data) -> None:  # noqa: ANN001
    flt = ReportFilter(date_from=date(2026, 1, 1), date_to=date(2026, 4, 30))
    m = build_report(rdb, flt).members
    assert [x.count for x in m.new_per_month] == [2, 2, 0, 0]


def test_attendance_per_session(rdb, data) -> None:  # noqa: ANN001
    report = build_report(rdb, ReportFilter())
    by_id = {x.session_id: x for x in report.sessions}
    s = data.session
    assert data.session["A6"] not in by_id, "a cancelled session is left out"
    assert [x.session_id for x in report.sessions] == [
        s["A1"], s["B1"], s["A2"], s["A3"], s["A5"], s["A4"], s["G"]
    ]  # fmt: skip
    a1 = by_id[s["A1"]]
    assert (a1.registered, a1.attended, a1.absent, a1.unmarked) == (3, 2, 1, 0)
    assert a1.rate == pytest.approx(2 / 3)
    a3 = by_id[s["A3"]]
    assert (a3.registered, a3.attended, a3.unmarked) == (3, 2, 1)
    a5 = by_id[s["A5"]]
    assert (a5.registered, a5.attended, a5.cancelled) == (1, 1, 1)
    empty = by_id[s["A4"]]
    assert (empty.registered, empty.attended, empty.rate) == (0, 0, None)
    assert by_id[s["G"]].collaborative == "All collaboratives"
    assert a1.day == date(2026, 1, 20)
    assert (report.registered, report.attended) == (16, 12)


def test_attendance_trend_per_month(rdb, data) -> None:  # noqa: ANN001
    trend = build_report(rdb, ReportFilter()).trend
    assert [(t.month.month, t.sessions, t.registered, t.attended) for t in trend] == [
        (1, 1, 3, 2),
        (2, 2, 5, 4),
        (3, 2, 4, 3),
        (4, 1, 0, 0),
        (5, 0, 0, 0),
        (6, 0, 0, 0),
        (7, 0, 0, 0),
        (8, 0, 0, 0),
        (9, 0, 0, 0),
        (10, 1, 4, 3),
    ]
    assert trend[3].rate is None
    assert trend[1].rate == pytest.approx(0.8)


def test_series_retention_from_first_session(rdb, data) -> None:  # noqa: ANN001
    (series,) = build_report(rdb, ReportFilter()).retention
    assert (series.series_id, series.title, series.collaborative) == (
        SERIES_ID,
        "Alpha monthly seminar",
        "Alpha",
    )
    assert [(p.number, p.attended, p.retained, p.base) for p in series.points] == [
        (1, 2, 2, 2),
        (2, 2, 1, 2),
        (3, 2, 2, 2),
        (4, 0, 0, 2),
    ]
    assert series.points[1].retained_share == pytest.approx(0.5)


def test_series_retention_starts_at_first_session_in_range(rdb, data) -> None:  # noqa: ANN001
    (series,) = build_report(rdb, ReportFilter(date_from=date(2026, 2, 1))).retention
    assert [(p.number, p.retained, p.base) for p in series.points] == [
        (1, 2, 2),
        (2, 1, 2),
        (3, 0, 2),
    ]


def test_mix_per_session_with_patient_and_family_share(rdb, data) -> None:  # noqa: ANN001
    mix = build_report(rdb, ReportFilter()).mix
    assert mix.types == ["patient", "family member", "frontline team member", "researcher"]
    by_id = {x.session_id: x for x in mix.sessions}
    s = data.session
    assert by_id[s["A1"]].counts == {"patient": 1, "family member": 1}
    assert by_id[s["A1"]].patient_family_share == 1.0
    assert by_id[s["A2"]].patient_family_share == 0.5
    assert by_id[s["B1"]].counts == {"patient": 1, "researcher": 1}
    assert by_id[s["G"]].attended == 3
    assert by_id[s["G"]].patient_family == 2
    assert by_id[s["G"]].patient_family_share == pytest.approx(2 / 3)
    assert by_id[s["A4"]].counts == {}
    assert by_id[s["A4"]].patient_family_share is None


def test_people_in_several_collaboratives(rdb, data) -> None:  # noqa: ANN001
    (person,) = build_report(rdb, ReportFilter()).spanning
    assert (person.contact_id, person.name, person.email, person.participant_type) == (
        data.person["p1"],
        "Pat One",
        "p1@example.org",
        "patient",
    )
    assert person.collaboratives == ["Alpha", "Beta"]
    assert len(build_report(rdb, ReportFilter(collaborative_id=data.collab["B"])).spanning) == 1
    before_beta = ReportFilter(date_to=date(2026, 2, 28))
    assert build_report(rdb, before_beta).spanning == []


def test_certificates_for_at_least_n_sessions(rdb, data) -> None:  # noqa: ANN001
    rows = build_report(rdb, ReportFilter(), min_attended=2).certificates
    assert [(r.name, r.attended, r.sessions, r.series_title) for r in rows] == [
        ("Pat One", 3, 4, "Alpha monthly seminar"),
        ("Fay Two", 2, 4, "Alpha monthly seminar"),
    ]
    three = build_report(rdb, ReportFilter(), min_attended=3).certificates
    assert [r.contact_id for r in three] == [data.person["p1"]]
    assert build_report(rdb, ReportFilter(), min_attended=5).certificates == []


def test_annual_gathering_headline(rdb, data) -> None:  # noqa: ANN001
    (year,) = build_report(rdb, ReportFilter()).annual
    assert (year.year, year.sessions, year.registered, year.attended) == (2026, 1, 4, 3)
    assert (year.people, year.patient_family, year.collaboratives) == (3, 2, 2)
    assert year.rate == 0.75


def test_annual_gathering_for_one_collaborative_counts_its_members(rdb, data) -> None:  # noqa: ANN001
    (year,) = build_report(rdb, ReportFilter(collaborative_id=data.collab["B"])).annual
    assert (year.registered, year.attended, year.people, year.patient_family) == (3, 2, 2, 1)


def test_empty_collaborative_gives_zeros_not_errors(rdb, data) -> None:  # noqa: ANN001
    flt = ReportFilter(
        collaborative_id=data.collab["E"], date_from=date(2026, 1, 1), date_to=date(2026, 12, 31)
    )
    report = build_report(rdb, flt)
    assert report.members.total == 0
    assert all(r.total == 0 for r in report.members.by_type)
    assert [x.count for x in report.members.new_per_month] == [0] * 12
    assert report.sessions == []
    assert [t.sessions for t in report.trend] == [0] * 12
    assert report.retention == [] and report.mix.sessions == [] and report.mix.types == []
    assert report.spanning == [] and report.certificates == []
    (year,) = report.annual
    assert (year.sessions, year.registered, year.people, year.rate) == (1, 0, 0, None)
    assert report.rate is None
    assert report.scope == "Empty, 2026-01-01 to 2026-12-31"


def test_range_without_sessions(rdb, data) -> None:  # noqa: ANN001
    report = build_report(rdb, ReportFilter(date_from=date(2030, 1, 1)))
    assert report.sessions == [] and report.trend == [] and report.annual == []


def test_bad_filters_are_refused(rdb, data) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError):
        build_report(rdb, ReportFilter(date_from=date(2026, 5, 1), date_to=date(2026, 4, 1)))
    with pytest.raises(ValidationError):
        build_report(rdb, ReportFilter(), min_attended=0)
    with pytest.raises(NotFoundError):
        build_report(rdb, ReportFilter(collaborative_id=9999))


def test_overview_then_the_rest_equals_the_whole_report(rdb, data) -> None:  # noqa: ANN001
    from collab_desktop.services.reports.reports import build_overview, complete_report

    flt = ReportFilter(collaborative_id=data.collab["A"], date_from=date(2026, 2, 1))
    overview = build_overview(rdb, flt, 2)
    assert not overview.complete
    assert overview.sessions == [] and overview.mix.sessions == [] and overview.spanning == []
    whole = build_report(rdb, flt, 2)
    assert overview.members == whole.members
    assert complete_report(rdb, overview) == whole
    with pytest.raises(NotFoundError):
        build_overview(rdb, ReportFilter(collaborative_id=9999))
