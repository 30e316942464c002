"""The pages of the Reports tab: each shows one group of measures, a chart beside its numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from collab_desktop.domain.report_records import MemberMeasures, Report
from collab_desktop.domain.translation import translate
from collab_desktop.domain.vocab import SESSION_KIND_LABELS
from collab_desktop.ui.locale_format import number_text, percent_text
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.widgets.attendance_chart import AttendanceChart
from collab_desktop.ui.widgets.chart_view import ChartPanel
from collab_desktop.ui.widgets.members_chart import MembersChart
from collab_desktop.ui.widgets.mix_chart import MixChart
from collab_desktop.ui.widgets.report_table import ReportTable, number, percent


# Days and months in the report tables are ISO (2026-04-21, 2026-04), as in the exported
# workbooks: the same in every language, and they sort as they read.
def _day(day: Callable[[Any], date] = attrgetter("day")) -> Column:
    return Column(translate("ReportPages", "Date"), lambda r: day(r).isoformat(), day)


def _month(attr: str = "month") -> Column:
    return Column(
        translate("ReportPages", "Month"),
        lambda r: f"{getattr(r, attr):%Y-%m}",
        lambda r: getattr(r, attr),
    )


def _text(header: str, attr: str) -> Column:
    return Column(header, lambda r: getattr(r, attr))


def _figure(header: str, value: Callable[[Any], Any]) -> Column:
    """A right-aligned number column that sorts as a number, its value computed from the row."""
    return Column(header, value, value, align_right=True)


def _attendance_columns() -> list[Column]:
    """Registered, attended, excused and absent: the counts every attendance table shows."""
    return [
        number(translate("ReportPages", "Registered"), "registered"),
        number(translate("ReportPages", "Attended"), "attended"),
        number(translate("ReportPages", "Excused"), "excused"),
        number(translate("ReportPages", "Absent"), "absent"),
    ]


def _rate() -> Column:
    return percent(translate("ReportPages", "Rate"), "rate")


def _patient_family_columns() -> list[Column]:
    """How many attendees were patients or family, and their share."""
    return [
        number(translate("ReportPages", "Patient and family"), "patient_family"),
        percent(translate("ReportPages", "Patient and family share"), "patient_family_share"),
    ]


def captioned(title: str, widget: QWidget, name: str = "") -> QWidget:
    """A section title above a widget."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setObjectName("sectionTitle")
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    if name:
        widget.setObjectName(name)
    return box


def _splitter(orientation: Qt.Orientation, *widgets: QWidget, sizes: list[int]) -> QSplitter:
    splitter = QSplitter(orientation)
    splitter.setChildrenCollapsible(False)
    for w in widgets:
        splitter.addWidget(w)
    splitter.setSizes(sizes)
    return splitter


def _single(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.setContentsMargins(0, 6, 0, 0)
    layout.addWidget(widget)
    return layout


def _count_columns() -> list[Column]:
    return [
        number(translate("ReportPages", "Active"), "active"),
        number(translate("ReportPages", "Inactive"), "inactive"),
        number(translate("ReportPages", "Total"), "total"),
    ]


def _label(header: str, attr: str = "label") -> Column:
    """A vocabulary label (participant type, role): built-in ones in the chosen language."""
    return Column(header, lambda r: translate("Vocabulary", getattr(r, attr)))


class MembersPage(QWidget):
    """Members by participant type (chart and table), by role, and new members per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = MembersChart()
        self.members: MemberMeasures | None = None  # what is shown
        self.by_type = ReportTable(
            [_label(translate("ReportPages", "Participant type")), *_count_columns()]
        )
        self.by_role = ReportTable([_label(translate("ReportPages", "Role")), *_count_columns()])
        self.new = ReportTable([_month(), number(translate("ReportPages", "New members"), "count")])
        self.totals = QLabel()
        self.totals.setWordWrap(True)  # two lines with a large font rather than cut off
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.totals)
        column.addWidget(
            captioned(
                translate("ReportPages", "By participant type"), self.by_type, "members_by_type"
            ),
            3,
        )
        column.addWidget(
            captioned(translate("ReportPages", "By role"), self.by_role, "members_by_role"), 3
        )
        column.addWidget(
            captioned(translate("ReportPages", "New members per month"), self.new, "new_members"),
            2,
        )
        panel = ChartPanel(self.chart, "members-by-type")
        self.setLayout(
            _single(_splitter(Qt.Orientation.Horizontal, panel, right, sizes=[600, 420]))
        )

    def show_report(self, report: Report) -> None:
        m = self.members = report.members
        self.chart.set_rows(m.by_type)
        self.by_type.set_data(m.by_type)
        self.by_role.set_data(m.by_role)
        self.new.set_data(m.new_per_month)
        self.totals.setText(
            translate(
                "ReportPages",
                "<b>{active}</b> active and <b>{inactive}</b> inactive members "
                "({total} people, each counted once)",
            ).format(
                active=number_text(m.active),
                inactive=number_text(m.inactive),
                total=number_text(m.total),
            )
        )


class AttendancePage(QWidget):
    """Attendance over time (chart and monthly table) and per session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = AttendanceChart()
        self.trend = ReportTable(
            [
                _month(),
                number(translate("ReportPages", "Sessions"), "sessions"),
                *_attendance_columns(),
                _rate(),
            ]
        )
        self.sessions = ReportTable(
            [
                _day(),
                _text(translate("ReportPages", "Session"), "title"),
                _text(translate("ReportPages", "Collaborative"), "collaborative"),
                Column(
                    translate("ReportPages", "Kind"),
                    lambda r: translate("Vocabulary", SESSION_KIND_LABELS.get(r.kind, r.kind)),
                ),
                *_attendance_columns(),
                number(translate("ReportPages", "Not yet marked"), "unmarked"),
                number(translate("ReportPages", "Waitlisted"), "waitlisted"),
                _rate(),
            ]
        )
        top = _splitter(
            Qt.Orientation.Horizontal,
            ChartPanel(self.chart, "attendance-over-time"),
            captioned(translate("ReportPages", "Per month"), self.trend, "attendance_trend"),
            sizes=[480, 560],
        )
        bottom = captioned(
            translate("ReportPages", "Per session"), self.sessions, "attendance_sessions"
        )
        self.setLayout(_single(_splitter(Qt.Orientation.Vertical, top, bottom, sizes=[420, 300])))

    def show_report(self, report: Report) -> None:
        self.chart.set_months(report.trend)
        self.trend.set_data(report.trend)
        self.sessions.set_data(report.sessions)


class MixPage(QWidget):
    """Participant types among attendees per session, with the patient and family share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = MixChart()
        self.table = ReportTable()
        self.table.setObjectName("mix_table")
        self.setLayout(
            _single(
                _splitter(
                    Qt.Orientation.Horizontal,
                    ChartPanel(self.chart, "participant-mix"),
                    captioned(
                        translate("ReportPages", "Attendees by participant type"), self.table
                    ),
                    sizes=[560, 460],
                )
            )
        )

    def show_report(self, report: Report) -> None:
        mix = report.mix
        columns = [
            _day(),
            _text(translate("ReportPages", "Session"), "title"),
            *(
                _figure(translate("Vocabulary", t), lambda r, t=t: r.counts.get(t, 0))
                for t in mix.types
            ),
            number(translate("ReportPages", "Attended"), "attended"),
            *_patient_family_columns(),
        ]
        self.chart.set_mix(mix)
        self.table.set_data(mix.sessions, columns)


class TablesPage(QWidget):
    """Tables only, side by side: retention, people in several collaboratives, certificates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retention = ReportTable(
            [
                Column(translate("ReportPages", "Series"), lambda r: r[0].title),
                Column(translate("ReportPages", "Collaborative"), lambda r: r[0].collaborative),
                _figure(translate("ReportPages", "Session"), lambda r: r[1].number),
                _day(lambda r: r[1].day),
                _figure(translate("ReportPages", "Attended"), lambda r: r[1].attended),
                Column(
                    translate("ReportPages", "Still attending"),
                    lambda r: translate("ReportPages", "{retained} of {base}").format(
                        retained=number_text(r[1].retained), base=number_text(r[1].base)
                    ),
                    lambda r: r[1].retained,
                    True,
                ),
                Column(
                    translate("ReportPages", "Share"),
                    lambda r: percent_text(r[1].retained_share),
                    lambda r: r[1].retained_share or 0,
                    True,
                ),
            ]
        )
        self.spanning = ReportTable(
            [
                _text(translate("ReportPages", "Name"), "name"),
                _text(translate("ReportPages", "Email"), "email"),
                _label(translate("ReportPages", "Participant type"), "participant_type"),
                _figure(
                    translate("ReportPages", "Collaboratives"), lambda r: len(r.collaboratives)
                ),
                Column(translate("ReportPages", "Which"), lambda r: "; ".join(r.collaboratives)),
            ]
        )
        self.certificates = ReportTable(
            [
                _text(translate("ReportPages", "Series"), "series_title"),
                _text(translate("ReportPages", "Name"), "name"),
                _text(translate("ReportPages", "Email"), "email"),
                number(translate("ReportPages", "Attended"), "attended"),
                number(translate("ReportPages", "Sessions in series"), "sessions"),
            ]
        )
        self.certificates_title = QLabel()
        self.certificates_title.setObjectName("sectionTitle")
        certificates = QWidget()
        layout = QVBoxLayout(certificates)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.certificates_title)
        layout.addWidget(self.certificates, 1)
        self.certificates.setObjectName("certificates")
        people = _splitter(
            Qt.Orientation.Horizontal,
            captioned(
                translate("ReportPages", "People active in more than one collaborative"),
                self.spanning,
                "spanning",
            ),
            certificates,
            sizes=[500, 500],
        )
        retention = captioned(
            translate(
                "ReportPages",
                "Series retention: of the first session's attendees, how many still attend",
            ),
            self.retention,
            "retention",
        )
        self.setLayout(_single(_splitter(Qt.Orientation.Vertical, retention, people, sizes=[1, 1])))

    def show_report(self, report: Report) -> None:
        self.retention.set_data([(r, p) for r in report.retention for p in r.points])
        self.spanning.set_data(report.spanning)
        least = report.min_attended  # a plain name: lupdate skips a call whose count is not one
        self.certificates_title.setText(
            translate(
                "ReportPages", "Attended at least %n sessions of a series ({count})", None, least
            ).format(count=number_text(len(report.certificates)))
        )
        self.certificates.set_data(report.certificates)


class AnnualPage(QWidget):
    """Headline figures for the October gathering, one row per year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = ReportTable(
            [
                _text(translate("ReportPages", "Year"), "year"),
                number(translate("ReportPages", "Sessions"), "sessions"),
                *_attendance_columns(),
                _rate(),
                number(translate("ReportPages", "People"), "people"),
                *_patient_family_columns(),
                number(translate("ReportPages", "Collaboratives"), "collaboratives"),
            ]
        )
        note = QLabel(
            translate(
                "ReportPages",
                "Sessions of kind “Annual learning session”, and sessions in October that belong "
                "to no single collaborative. With one collaborative chosen, the shared gathering "
                "counts only its members.",
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(
            captioned(
                translate("ReportPages", "The annual October gathering"), self.table, "annual"
            ),
            1,
        )
        layout.addWidget(note)

    def show_report(self, report: Report) -> None:
        self.table.set_data(report.annual)
