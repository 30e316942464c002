"""The pages of the Reports tab: each shows one group of measures, a chart beside its numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from collab_desktop.domain.report_records import MemberMeasures, Report
from collab_desktop.domain.vocab import SESSION_KIND_LABELS
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.widgets.attendance_chart import AttendanceChart
from collab_desktop.ui.widgets.chart_view import ChartPanel
from collab_desktop.ui.widgets.members_chart import MembersChart
from collab_desktop.ui.widgets.mix_chart import MixChart
from collab_desktop.ui.widgets.report_table import ReportTable, number, percent


def _day(attr: str, header: str = "Date") -> Column:
    return Column(header, lambda r: getattr(r, attr).isoformat(), lambda r: getattr(r, attr))


def _month(attr: str = "month") -> Column:
    return Column("Month", lambda r: f"{getattr(r, attr):%Y-%m}", lambda r: getattr(r, attr))


def _text(header: str, attr: str) -> Column:
    return Column(header, lambda r: getattr(r, attr))


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


COUNT_COLUMNS = [
    number("Active", "active"),
    number("Inactive", "inactive"),
    number("Total", "total"),
]


class MembersPage(QWidget):
    """Members by participant type (chart and table), by role, and new members per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = MembersChart()
        self.members: MemberMeasures | None = None  # what is shown
        self.by_type = ReportTable([_text("Participant type", "label"), *COUNT_COLUMNS])
        self.by_role = ReportTable([_text("Role", "label"), *COUNT_COLUMNS])
        self.new = ReportTable([_month(), number("New members", "count")])
        self.totals = QLabel()
        self.totals.setWordWrap(True)  # two lines with a large font rather than cut off
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.totals)
        column.addWidget(captioned("By participant type", self.by_type, "members_by_type"), 3)
        column.addWidget(captioned("By role", self.by_role, "members_by_role"), 3)
        column.addWidget(captioned("New members per month", self.new, "new_members"), 2)
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
            f"<b>{m.active}</b> active and <b>{m.inactive}</b> inactive members "
            f"({m.total} people, each counted once)"
        )


class AttendancePage(QWidget):
    """Attendance over time (chart and monthly table) and per session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = AttendanceChart()
        self.trend = ReportTable(
            [
                _month(),
                number("Sessions", "sessions"),
                number("Registered", "registered"),
                number("Attended", "attended"),
                number("Excused", "excused"),
                number("Absent", "absent"),
                percent("Rate", "rate"),
            ]  # fmt: skip
        )
        self.sessions = ReportTable(
            [
                _day("day"),
                _text("Session", "title"),
                _text("Collaborative", "collaborative"),
                Column("Kind", lambda r: SESSION_KIND_LABELS.get(r.kind, r.kind)),
                number("Registered", "registered"),
                number("Attended", "attended"),
                number("Excused", "excused"),
                number("Absent", "absent"),
                number("Not yet marked", "unmarked"),
                number("Waitlisted", "waitlisted"),
                percent("Rate", "rate"),
            ]  # fmt: skip
        )
        top = _splitter(
            Qt.Orientation.Horizontal,
            ChartPanel(self.chart, "attendance-over-time"),
            captioned("Per month", self.trend, "attendance_trend"),
            sizes=[480, 560],
        )
        bottom = captioned("Per session", self.sessions, "attendance_sessions")
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
                    captioned("Attendees by participant type", self.table),
                    sizes=[560, 460],
                )
            )
        )

    def show_report(self, report: Report) -> None:
        mix = report.mix
        columns = [_day("day"), _text("Session", "title")]
        columns += [
            Column(t, lambda r, t=t: r.counts.get(t, 0), lambda r, t=t: r.counts.get(t, 0), True)
            for t in mix.types
        ]
        columns += [
            number("Attended", "attended"),
            number("Patient and family", "patient_family"),
            percent("Patient and family share", "patient_family_share"),
        ]
        self.chart.set_mix(mix)
        self.table.set_data(mix.sessions, columns)


class TablesPage(QWidget):
    """Tables only, side by side: retention, people in several collaboratives, certificates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retention = ReportTable(
            [
                Column("Series", lambda r: r[0].title),
                Column("Collaborative", lambda r: r[0].collaborative),
                Column("Session", lambda r: r[1].number, lambda r: r[1].number, True),
                Column("Date", lambda r: r[1].day.isoformat(), lambda r: r[1].day),
                Column("Attended", lambda r: r[1].attended, lambda r: r[1].attended, True),
                Column(
                    "Still attending",
                    lambda r: f"{r[1].retained} of {r[1].base}",
                    lambda r: r[1].retained,
                    True,
                ),
                Column(
                    "Share",
                    lambda r: "—" if r[1].retained_share is None else f"{r[1].retained_share:.0%}",
                    lambda r: r[1].retained_share or 0,
                    True,
                ),
            ]  # fmt: skip
        )
        self.spanning = ReportTable(
            [
                _text("Name", "name"),
                _text("Email", "email"),
                _text("Participant type", "participant_type"),
                Column(
                    "Collaboratives",
                    lambda r: len(r.collaboratives),
                    lambda r: len(r.collaboratives),
                    True,
                ),
                Column("Which", lambda r: "; ".join(r.collaboratives)),
            ]  # fmt: skip
        )
        self.certificates = ReportTable(
            [
                _text("Series", "series_title"),
                _text("Name", "name"),
                _text("Email", "email"),
                number("Attended", "attended"),
                number("Sessions in series", "sessions"),
            ]  # fmt: skip
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
            captioned("People active in more than one collaborative", self.spanning, "spanning"),
            certificates,
            sizes=[500, 500],
        )
        retention = captioned(
            "Series retention: of the first session's attendees, how many still attend",
            self.retention,
            "retention",
        )
        self.setLayout(_single(_splitter(Qt.Orientation.Vertical, retention, people, sizes=[1, 1])))

    def show_report(self, report: Report) -> None:
        self.retention.set_data([(r, p) for r in report.retention for p in r.points])
        self.spanning.set_data(report.spanning)
        self.certificates_title.setText(
            f"Attended at least {report.min_attended} sessions of a series "
            f"({len(report.certificates)})"
        )
        self.certificates.set_data(report.certificates)


class AnnualPage(QWidget):
    """Headline figures for the October gathering, one row per year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = ReportTable(
            [
                _text("Year", "year"),
                number("Sessions", "sessions"),
                number("Registered", "registered"),
                number("Attended", "attended"),
                number("Excused", "excused"),
                number("Absent", "absent"),
                percent("Rate", "rate"),
                number("People", "people"),
                number("Patient and family", "patient_family"),
                percent("Patient and family share", "patient_family_share"),
                number("Collaboratives", "collaboratives"),
            ]  # fmt: skip
        )
        note = QLabel(
            "Sessions of kind “Annual learning session”, and sessions in October that belong to "
            "no single collaborative. With one collaborative chosen, the shared gathering counts "
            "only its members."
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(captioned("The annual October gathering", self.table, "annual"), 1)
        layout.addWidget(note)

    def show_report(self, report: Report) -> None:
        self.table.set_data(report.annual)
