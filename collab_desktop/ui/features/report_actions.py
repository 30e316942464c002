"""Report actions in the main window's File menu: the Excel report and the PDF summary.

Both act on the Reports tab: they open it (computing the report if needed) and then ask where
to save, so what is written is what the tab shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from collab_desktop.domain.translation import translate
from collab_desktop.ui.host import Menu
from collab_desktop.ui.icons import icon

if TYPE_CHECKING:
    from collab_desktop.ui.host import WindowHost
    from collab_desktop.ui.tabs.reports_tab import ReportsTab

EXPORT_REPORT_SHORTCUT = "Ctrl+Shift+R"
EXPORT_PDF_SHORTCUT = "Ctrl+Shift+P"


class ReportActions(QObject):
    """Owns the report export actions of one main window."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.export_action = self._action(
            translate("ReportActions", "Export &report…"),
            lambda tab: tab.ask_export,
            EXPORT_REPORT_SHORTCUT,
            "export",
            translate("ReportActions", "Write the Reports tab's figures to an Excel workbook"),
        )
        self.pdf_action = self._action(
            translate("ReportActions", "Export PDF &summary…"),
            lambda tab: tab.ask_export_pdf,
            EXPORT_PDF_SHORTCUT,
            "report",
            translate(
                "ReportActions", "A one-page PDF of the Reports tab's figures, for the sponsor"
            ),
        )
        for action in (self.export_action, self.pdf_action):
            host.add_action(Menu.FILE, action)

    def _action(
        self,
        text: str,
        pick: Callable[[ReportsTab], Callable[[], None]],
        shortcut: str,
        icon_name: str,
        tip: str,
    ) -> QAction:
        action = QAction(icon(icon_name), text, self.host.parent)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: self.run(pick))
        return action

    def run(self, pick: Callable[[ReportsTab], Callable[[], None]]) -> None:
        """Show the Reports tab, then run the chosen export once its report is on screen."""
        tab = self.host.show_reports()
        tab.when_ready(pick(tab))


def install_report_actions(host: WindowHost) -> ReportActions:
    """Add Export report and Export PDF summary to the window's File menu."""
    return ReportActions(host)
