"""The one-page PDF summary of a report, written from the window and from the command line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from collab_desktop.domain import clock
from collab_desktop.domain.paper import default_paper
from collab_desktop.domain.report_records import Report, ReportFilter
from collab_desktop.domain.translation import translate
from collab_desktop.io.summary_pdf import PAPERS, SummaryTitle, summary_pdf
from collab_desktop.services.errors import ServiceError, ValidationError
from collab_desktop.services.reports.reports import DEFAULT_MIN_ATTENDED, build_report
from collab_desktop.services.reports.scope import range_label
from collab_desktop.store.database import Database


@dataclass(frozen=True, slots=True)
class SummaryFile:
    """What a written summary holds, for a status line or ``summary --json``."""

    file: str
    paper: str
    title: str
    subtitle: str
    active_members: int
    sessions: int
    registered: int
    attended: int


def summary_title(report: Report) -> SummaryTitle:
    """The page's title (the collaborative) and subtitle (what and which dates)."""
    dates = range_label(report.filter)
    name = report.scope.removesuffix(f", {dates}")
    subtitle = translate("Summary", "Learning collaboratives report, {dates}").format(dates=dates)
    return SummaryTitle(name, subtitle)


def write_summary(report: Report, path: Path, paper: str | None = None) -> SummaryFile:
    """Write the summary of a computed report to path (paper from the locale by default).

    The file is written whole or not at all: a failed write leaves no half PDF behind.
    """
    paper = paper or default_paper()
    if paper not in PAPERS:
        raise ValidationError(
            {
                "paper": translate("Summary", "Use the paper {papers}.").format(
                    papers=" or ".join(PAPERS)
                )
            }
        )
    path = Path(path)
    heading = summary_title(report)
    data = summary_pdf(report, heading, clock.today(), paper, clock.now())
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ServiceError(
            translate("Summary", "The summary could not be written to {path}: {value}").format(
                path=path, value=exc.strerror or exc
            )
        ) from exc
    return SummaryFile(
        file=str(path),
        paper=paper,
        title=heading.title,
        subtitle=heading.subtitle,
        active_members=report.members.active,
        sessions=len(report.sessions),
        registered=report.registered,
        attended=report.attended,
    )


def export_summary(
    db: Database, path: Path, flt: ReportFilter | None = None,
    min_attended: int = DEFAULT_MIN_ATTENDED, paper: str | None = None,
) -> SummaryFile:  # fmt: skip
    """Compute the report for the filter and write its one-page summary."""
    report = build_report(db, flt or ReportFilter(), min_attended)
    return write_summary(report, path, paper)
