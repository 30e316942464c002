"""The Reports tab: filters at the top, then pages of charts with their exact numbers.

The report is computed off the GUI thread; a newer request supersedes an older one, and the tab
recomputes when data changes (at once if visible, otherwise when next shown).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain import clock
from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.report_labels import rate_text
from collab_desktop.domain.report_records import RATE_RULE, Report, ReportFilter
from collab_desktop.domain.translation import translate
from collab_desktop.services.directory.collaboratives import list_collaboratives
from collab_desktop.services.reports.reports import (
    DEFAULT_MIN_ATTENDED,
    build_overview,
    complete_report,
)
from collab_desktop.ui.accessibility import set_name
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.confirm import show_error
from collab_desktop.ui.icons import icon
from collab_desktop.ui.locale_format import number
from collab_desktop.ui.tasks import Cancelled, TaskContext
from collab_desktop.ui.widgets.at_risk_page import install_at_risk_page
from collab_desktop.ui.widgets.optional_date import OptionalDateEdit
from collab_desktop.ui.widgets.report_pages import (
    AnnualPage,
    AttendancePage,
    MembersPage,
    MixPage,
    TablesPage,
)
from collab_desktop.ui.widgets.wrapping_row import WrappingRow

# What the reports are made of: a change to any of these makes the shown report stale.
REPORTED_KINDS = (
    Kind.COLLABORATIVE,
    Kind.CONTACT,
    Kind.MEMBERSHIP,
    Kind.SESSION,
    Kind.SERIES,
    Kind.REGISTRATION,
    Kind.SERIES_REGISTRATION,
    Kind.PARTICIPANT_TYPE,
    Kind.MEMBERSHIP_ROLE,
)


class ReportsTab(QWidget):
    """Answers the sponsors' questions for one collaborative (or all) over a date range."""

    report_shown = Signal(object)  # a complete report is on every page
    overview_shown = Signal(object)  # the Members page is drawn; the rest is being computed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Report | None = None
        self._running = False
        self._stale = True
        self._pending: Callable[[], object] | None = None  # run once the next report is shown

        self.collab_combo = QComboBox()
        self.collab_combo.setMinimumContentsLength(24)
        self.from_edit = OptionalDateEdit(translate("ReportsTab", "From"))
        self.to_edit = OptionalDateEdit(translate("ReportsTab", "To"))
        set_name(self.collab_combo, translate("ReportsTab", "Collaborative"))
        self.from_edit.set_accessible_name(translate("ReportsTab", "From date"))
        self.to_edit.set_accessible_name(translate("ReportsTab", "To date"))
        year_start = QDate(clock.today().year, 1, 1)
        self.from_edit.edit.setDate(year_start)
        self.n_spin = QSpinBox()
        self.n_spin.setRange(1, 999)
        self.n_spin.setValue(DEFAULT_MIN_ATTENDED)
        self.n_spin.setToolTip(
            translate(
                "ReportsTab", "List people who attended at least this many sessions of a series"
            )
        )
        self.export_button = QPushButton(icon("export"), translate("ReportsTab", "Export report…"))
        self.export_button.setToolTip(
            translate("ReportsTab", "Write these figures to an Excel workbook")
        )
        # While a report is being computed, an export waits for it (never the previous one).
        self.export_button.clicked.connect(lambda: self.when_ready(self.ask_export))
        self.pdf_button = QPushButton(
            icon("report"), translate("ReportsTab", "Export PDF summary…")
        )
        self.pdf_button.setToolTip(
            translate("ReportsTab", "A one-page PDF of these figures, with charts, for the sponsor")
        )
        self.pdf_button.clicked.connect(lambda: self.when_ready(self.ask_export_pdf))
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)

        collab_label = QLabel(translate("ReportsTab", "&Collaborative"))
        collab_label.setBuddy(self.collab_combo)
        n_label = QLabel(translate("ReportsTab", "Certificates: at least &N sessions"))
        n_label.setBuddy(self.n_spin)
        # One row, or two with a large font: the window then still fits a 1280-pixel screen.
        bar = WrappingRow(
            [collab_label, self.collab_combo, self.from_edit, self.to_edit],
            [n_label, self.n_spin],
        )
        # The exports sit beside the summary line, so the filter row stays narrow.
        second = QHBoxLayout()
        second.addWidget(self.summary, 1)
        second.addWidget(self.export_button)
        second.addWidget(self.pdf_button)

        self.members_page = MembersPage()
        self.attendance_page = AttendancePage()
        self.mix_page = MixPage()
        self.tables_page = TablesPage()
        self.annual_page = AnnualPage()
        self.pages = QTabWidget()
        self.pages.setAccessibleName(translate("ReportsTab", "Report pages"))
        for page, title in (
            (self.members_page, translate("ReportsTab", "Members")),
            (self.attendance_page, translate("ReportsTab", "Attendance")),
            (self.mix_page, translate("ReportsTab", "Participant mix")),
            (self.tables_page, translate("ReportsTab", "Retention and people")),
            (self.annual_page, translate("ReportsTab", "Annual gathering")),
        ):
            self.pages.addTab(page, title)
        self.at_risk_page = install_at_risk_page(self)

        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addLayout(second)
        layout.addWidget(self.pages, 1)

        self.fill_collaboratives()
        self.collab_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_edit.changed.connect(self.refresh)
        self.to_edit.changed.connect(self.refresh)
        self.n_spin.valueChanged.connect(lambda _v: self.refresh())
        ctx.events.changes.connect(self._on_changes)

    # --- filters ----------------------------------------------------------------------------
    def fill_collaboratives(self) -> None:
        """Offer 'All collaboratives' and each collaborative, keeping the current choice."""
        current = self.collab_combo.currentData()
        self.collab_combo.blockSignals(True)
        self.collab_combo.clear()
        self.collab_combo.addItem(translate("ReportsTab", "All collaboratives"), None)
        for c in list_collaboratives(self.ctx.db):
            self.collab_combo.addItem(c.name, c.id)
        index = self.collab_combo.findData(current)
        self.collab_combo.setCurrentIndex(max(index, 0))
        self.collab_combo.blockSignals(False)

    def current_filter(self) -> ReportFilter:
        return ReportFilter(
            collaborative_id=self.collab_combo.currentData(),
            date_from=self.from_edit.value(),
            date_to=self.to_edit.value(),
        )

    def set_filter(self, flt: ReportFilter, min_attended: int | None = None) -> None:
        """Choose filters from code (tests, saved views) and recompute once."""
        for w in (self.collab_combo, self.from_edit, self.to_edit, self.n_spin):
            w.blockSignals(True)
        self.collab_combo.setCurrentIndex(max(self.collab_combo.findData(flt.collaborative_id), 0))
        self.from_edit.set_value(flt.date_from)
        self.to_edit.set_value(flt.date_to)
        if min_attended is not None:
            self.n_spin.setValue(min_attended)
        for w in (self.collab_combo, self.from_edit, self.to_edit, self.n_spin):
            w.blockSignals(False)
        self.refresh()

    # --- computing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute for the current filters (a request made while one runs is queued)."""
        self._stale = True
        if self._running:
            return
        flt, n = self.current_filter(), self.n_spin.value()
        if flt.date_from and flt.date_to and flt.date_to < flt.date_from:
            self._pending = None
            self.summary.setText(translate("ReportsTab", "The end date is before the start date."))
            return
        self._running = True
        self._stale = False
        self.summary.setText(translate("ReportsTab", "Computing…"))
        # Members first (the first page), then the session measures for the other pages.
        self.ctx.tasks.run(
            build_overview, self.ctx.db, flt, n, on_done=self._overview_done, on_error=self._failed
        )

    def _overview_done(self, overview: Report) -> None:
        if self._stale:
            self._running = False
            self.refresh()
            return
        self.show_overview(overview)
        self.ctx.tasks.run(
            complete_report, self.ctx.db, overview, on_done=self._computed, on_error=self._failed
        )

    def _computed(self, report: Report) -> None:
        self._running = False
        if self._stale:
            self.refresh()
            return
        self.show_report(report)

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._running = False
        self._pending = None
        self.summary.setText(
            translate("ReportsTab", "The report could not be computed: {reason}").format(reason=exc)
        )

    def detail_pages(self) -> list[QWidget]:
        """The pages that need the session measures (all but Members)."""
        return [self.attendance_page, self.mix_page, self.tables_page, self.annual_page]

    def show_overview(self, overview: Report) -> None:
        """Draw the Members page now; the other pages stay greyed until the rest arrives."""
        self.members_page.show_report(overview)
        for page in self.detail_pages():
            page.setEnabled(False)
        active = overview.members.active  # a plain name: lupdate skips expressions there
        self.summary.setText(
            translate(
                "ReportsTab", "{scope}: %n active members. Computing attendance…", None, active
            ).format(scope=overview.scope)
        )
        self.overview_shown.emit(overview)

    def show_report(self, report: Report) -> None:
        """Draw a computed report on every page (an overview on the Members page only)."""
        if not report.complete:
            self.show_overview(report)
            return
        if self.report is None or report.members is not self.members_page.members:
            self.members_page.show_report(report)
        self.report = report
        for page in self.detail_pages():
            page.show_report(report)
            page.setEnabled(True)
        # Counts as plain names: lupdate skips a call whose count is an expression.
        active, sessions, spanning = (
            report.members.active,
            len(report.sessions),
            len(report.spanning),
        )
        self.summary.setText(
            translate(
                "ReportsTab",
                "{scope}: {members}, {sessions}, {attended} attended, {absent} absent, "
                "{excused} excused (attendance rate {rate}), {spanning} in more than one "
                "collaborative.",
            ).format(
                scope=report.scope,
                members=translate("ReportsTab", "%n active members", None, active),
                sessions=translate("ReportsTab", "%n sessions", None, sessions),
                attended=number(report.attended),
                absent=number(report.absent),
                excused=number(report.excused),
                rate=rate_text(report.rate),
                spanning=translate("ReportsTab", "%n people", None, spanning),
            )
        )
        self.summary.setToolTip(
            translate("ReportsTab", "Attendance rate: {rule}.").format(rule=RATE_RULE)
        )
        self.report_shown.emit(report)
        if self._pending is not None:
            action, self._pending = self._pending, None
            action()

    def _on_changes(self, changes: ChangeSet) -> None:
        if not changes.touches(*REPORTED_KINDS):
            return  # the trash, the import history, saved mappings: not in any report
        if changes.touches(Kind.COLLABORATIVE):
            self.fill_collaboratives()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and not self._running:
            self.refresh()

    # --- export -------------------------------------------------------------------------------
    def when_ready(self, action: Callable[[], object]) -> None:
        """Run action now if the shown report is current, else once the next one is shown."""
        if self.report is not None and not self._stale and not self._running:
            action()
            return
        self._pending = action
        if not self._running:
            self.refresh()

    def ask_export(self) -> None:
        """Ask where to save, then write the report shown on screen to .xlsx."""
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReportsTab", "Export report"),
            translate("ReportsTab", "collaboratives-report.xlsx"),
            translate("ReportsTab", "Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write the shown report to path in the background, with progress and Cancel."""
        assert self.report is not None

        def failed(exc: BaseException, _details: str) -> None:
            if isinstance(exc, Cancelled):
                self.summary.setText(
                    translate("ReportsTab", "Export cancelled; no file was written.")
                )
                return
            show_error(
                self,
                translate("ReportsTab", "Export report"),
                translate(
                    "ReportsTab", "The report could not be written to {path}: {reason}"
                ).format(path=path, reason=exc),
            )

        self.ctx.tasks.run(
            write_report_file,
            self.report,
            path,
            progress=translate("ReportsTab", "Writing the report…"),
            parent=self,
            on_done=lambda p: self.summary.setText(
                translate("ReportsTab", "Report written to {path}.").format(path=p)
            ),
            on_error=failed,
        )

    def ask_export_pdf(self) -> None:
        """Ask where to save, then write the one-page PDF summary of the report on screen."""
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReportsTab", "Export PDF summary"),
            translate("ReportsTab", "collaboratives-summary.pdf"),
            translate("ReportsTab", "PDF document (*.pdf)"),
        )
        if path:
            self.export_pdf_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def export_pdf_to(self, path: Path) -> None:
        """Write the shown report's one-page summary to path in the background (made in the core)."""
        from collab_desktop.domain.paper import paper_for_locale
        from collab_desktop.services.reports.summary import write_summary

        assert self.report is not None

        def failed(exc: BaseException, _details: str) -> None:
            show_error(
                self,
                translate("ReportsTab", "Export PDF summary"),
                translate("ReportsTab", "The summary could not be written: {reason}").format(
                    reason=exc
                ),
            )

        self.ctx.tasks.run(
            write_summary,
            self.report,
            path,
            paper_for_locale(QLocale().name()),
            on_done=lambda done: self.summary.setText(
                translate("ReportsTab", "PDF summary written to {path}.").format(path=done.file)
            ),
            on_error=failed,
        )


def write_report_file(task: TaskContext, report: Report, path: Path) -> Path:
    """Build the workbook, then save it unless the user pressed Cancel meanwhile."""
    from collab_desktop.io.report_export import build_workbook, discard_workbook, save_workbook

    wb = build_workbook(report)
    if task.cancelled:
        discard_workbook(wb)
        task.check()
    return save_workbook(wb, path)
