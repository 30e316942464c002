"""The Reports tab's "At risk" page: active members who missed their last N sessions in a row.

The page follows the tab's collaborative choice; the date range does not apply (the list looks
at each member's most recent sessions, whenever they were). It computes off the GUI thread and
again when data changes, at once if shown, otherwise when next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from collab_desktop.domain.changes import ChangeSet, Kind
from collab_desktop.domain.translation import translate
from collab_desktop.services.reports.at_risk import DEFAULT_MISSED, AtRiskMember, at_risk_members
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.locale_format import day_text, number_text
from collab_desktop.ui.models.record_table_model import Column
from collab_desktop.ui.widgets.report_table import ReportTable, number


def last_attended_text(day: date | None) -> str:
    """The day someone last came, or 'never'."""
    return translate("AtRiskPage", "never") if day is None else day_text(day)


def at_risk_columns() -> list[Column]:
    """The table's columns, headed in the chosen language."""
    return [
        Column(translate("AtRiskPage", "Name"), lambda m: m.name),
        Column(translate("AtRiskPage", "E-mail"), lambda m: m.email),
        Column(translate("AtRiskPage", "Collaborative"), lambda m: m.collaborative),
        number(translate("AtRiskPage", "Missed in a row"), "missed"),
        # Sorts by day, "never" first (the longest gone).
        Column(
            translate("AtRiskPage", "Last attended"),
            lambda m: last_attended_text(m.last_attended),
            lambda m: m.last_attended or date.min,
        ),
    ]


def summary_text(members: int, missed: int) -> str:
    """'3 members have missed their last 2 sessions in a row.': one whole sentence per case, so
    that each language words it its own way (English has no translation file for plurals)."""
    if members == 0:
        if missed == 1:
            return translate("AtRiskPage", "Nobody has missed their last session.")
        return translate("AtRiskPage", "Nobody has missed their last %n sessions.", None, missed)
    if members == 1:
        if missed == 1:
            return translate("AtRiskPage", "1 member has missed their last session in a row.")
        return translate(
            "AtRiskPage", "1 member has missed their last %n sessions in a row.", None, missed
        )
    if missed == 1:
        return translate(
            "AtRiskPage", "%n members have missed their last session in a row.", None, members
        )
    return translate(
        "AtRiskPage", "{members} members have missed their last %n sessions in a row.", None, missed
    ).format(members=number_text(members))


class AtRiskPage(QWidget):
    """A table of the people drifting away, with the number of misses that counts."""

    shown = Signal(object)  # the list of AtRiskMember now on screen

    def __init__(
        self,
        ctx: AppContext,
        collaborative_id: Callable[[], int | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.collaborative_id = collaborative_id
        self.members: list[AtRiskMember] = []
        self._running = False
        self._stale = True

        self.missed_spin = QSpinBox()
        self.missed_spin.setRange(1, 99)
        self.missed_spin.setValue(DEFAULT_MISSED)
        self.missed_spin.setToolTip(
            translate(
                "AtRiskPage",
                "List members whose most recent sessions, this many of them, were all missed",
            )
        )
        missed_label = QLabel(translate("AtRiskPage", "&Missed the last"))
        missed_label.setBuddy(self.missed_spin)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        hint = QLabel(
            translate(
                "AtRiskPage",
                "Active members who were registered for their most recent sessions that are over "
                "and missed them all (absent, or never marked). Excused absences are skipped, not "
                "counted; sessions before someone joined or signed up do not count. The date "
                "range above does not apply.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.table = ReportTable(at_risk_columns())
        self.table.setAccessibleName(translate("AtRiskPage", "Members at risk"))

        bar = QHBoxLayout()
        bar.addWidget(missed_label)
        bar.addWidget(self.missed_spin)
        bar.addWidget(QLabel(translate("AtRiskPage", "sessions they were registered for")))
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self.missed_spin.valueChanged.connect(lambda _v: self.refresh())
        ctx.events.changes.connect(self._on_changes)

    def refresh(self) -> None:
        """Recompute now if shown (a request made while one runs is queued), else when shown."""
        self._stale = True
        if self._running or not self.isVisible():
            return
        self._running = True
        self._stale = False
        self.summary.setText(translate("AtRiskPage", "Computing…"))
        self.ctx.tasks.run(
            at_risk_members,
            self.ctx.db,
            self.collaborative_id(),
            self.missed_spin.value(),
            on_done=self._computed,
            on_error=self._failed,
        )

    def _computed(self, members: list[AtRiskMember]) -> None:
        self._running = False
        if self._stale:
            self.refresh()
            return
        self.show_members(members)

    def _failed(self, exc: BaseException, _details: str) -> None:
        self._running = False
        self.summary.setText(
            translate("AtRiskPage", "The list could not be computed: {error}").format(error=exc)
        )

    def show_members(self, members: list[AtRiskMember]) -> None:
        self.members = members
        self.table.set_data(members)
        self.summary.setText(summary_text(len(members), self.missed_spin.value()))
        self.shown.emit(members)

    def _on_changes(self, changes: ChangeSet) -> None:
        # Who attended what: members, sessions and registrations (not the trash or imports).
        if changes.touches(Kind.CONTACT, Kind.MEMBERSHIP, Kind.SESSION, Kind.REGISTRATION):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale and not self._running:
            self.refresh()


def install_at_risk_page(tab) -> AtRiskPage:  # noqa: ANN001 - ReportsTab (no import cycle)
    """Add the At risk page to a Reports tab, following its collaborative choice."""
    page = AtRiskPage(tab.ctx, tab.collab_combo.currentData)
    tab.pages.addTab(page, translate("AtRiskPage", "At risk"))
    tab.collab_combo.currentIndexChanged.connect(lambda _i: page.refresh())
    return page
