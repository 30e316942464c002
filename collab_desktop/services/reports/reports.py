"""The report service: every measure for one ReportFilter, in one read transaction.

A screen may ask for the overview (members) first and the session measures after, so the page
in view is drawn without waiting for the rest.

Measures are computed with GROUP BY queries that return aggregated rows (one per session, type,
role or day), so the report stays quick at a hundred thousand registrations.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from collab_desktop.domain.report_records import Report, ReportFilter
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.services.reports.annual import annual_gatherings
from collab_desktop.services.reports.attendance import (
    attendance_trend,
    attendee_mix,
    session_attendance,
)
from collab_desktop.services.reports.members import (
    member_measures,
    spanning_people,
    vocabulary_order,
)
from collab_desktop.services.reports.scope import load_sessions, scope_label
from collab_desktop.services.reports.series import certificates, series_retention
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, ParticipantType

DEFAULT_MIN_ATTENDED = 3


def validate_filter(flt: ReportFilter, min_attended: int) -> None:
    """Refuse a date range that ends before it starts, or N below one."""
    errors = {}
    if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
        errors["date_to"] = translate("Reports", "The end date is before the start date.")
    if min_attended < 1:
        errors["min_attended"] = translate("Reports", "N must be at least 1.")
    if errors:
        raise ValidationError(errors)


def _overview(s: Session, flt: ReportFilter, min_attended: int) -> Report:
    """The member measures only (complete False): what the first page shows."""
    if flt.collaborative_id is not None and s.get(Collaborative, flt.collaborative_id) is None:
        raise NotFoundError(
            translate("Reports", "No collaborative with id {collaborative_id}.").format(
                collaborative_id=flt.collaborative_id
            )
        )
    return Report(
        filter=flt,
        scope=scope_label(s, flt),
        min_attended=min_attended,
        members=member_measures(s, flt),
        complete=False,
    )


def _details(s: Session, overview: Report) -> Report:
    """The overview with the session measures added."""
    flt = overview.filter
    sessions = load_sessions(s, flt)
    per_session = session_attendance(s, flt, sessions)
    return replace(
        overview,
        sessions=per_session,
        spanning=spanning_people(s, flt),
        trend=attendance_trend(per_session, flt),
        retention=series_retention(s, sessions, per_session, flt),
        mix=attendee_mix(s, flt, sessions, vocabulary_order(s, ParticipantType)),
        certificates=certificates(s, flt, sessions, overview.min_attended),
        annual=annual_gatherings(s, flt),
        complete=True,
    )


def build_report(
    db: Database, flt: ReportFilter, min_attended: int = DEFAULT_MIN_ATTENDED
) -> Report:
    """Compute every measure for the filter in one read transaction; N is the certificate threshold."""
    validate_filter(flt, min_attended)
    with db.session() as s:
        return _details(s, _overview(s, flt, min_attended))


def build_overview(
    db: Database, flt: ReportFilter, min_attended: int = DEFAULT_MIN_ATTENDED
) -> Report:
    """The part of a report a screen shows first (members), quick to compute on its own."""
    validate_filter(flt, min_attended)
    with db.session() as s:
        return _overview(s, flt, min_attended)


def complete_report(db: Database, overview: Report) -> Report:
    """An overview from build_overview with every session measure added."""
    with db.session() as s:
        return _details(s, overview)
