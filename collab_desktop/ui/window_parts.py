"""The main window as the features installed on it see it: its context, menus and tabs.

main_window.py builds the window, then hands it to the features that add their own actions
(data safety, rosters, sessions, reports, the user guide). They name this class rather than
MainWindow, so the window's module imports them and none of them imports it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QTabWidget

    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.tabs.contacts_tab import ContactsTab
    from collab_desktop.ui.tabs.record_tab import RecordTab
    from collab_desktop.ui.tabs.reports_tab import ReportsTab
    from collab_desktop.ui.tabs.sessions_tab import SessionsTab
    from collab_desktop.ui.widgets.lazy_tab import LazyTab


class WindowParts(QMainWindow):
    """What MainWindow offers the features installed on it; MainWindow fills it in."""

    ctx: AppContext
    tabs: QTabWidget
    contacts_tab: ContactsTab
    sessions_tab: SessionsTab
    reports_page: LazyTab
    file_menu: QMenu
    file_actions_end: QAction  # File menu actions go above this one (Quit's separator)
    edit_menu: QMenu
    help_menu: QMenu
    about_action: QAction

    @property
    def reports_tab(self) -> ReportsTab:
        """The Reports tab, built on first use."""
        raise NotImplementedError

    def add_file_action(self, action: QAction) -> None:
        """Put an action in the File menu, above Quit."""
        raise NotImplementedError

    def record_tabs(self) -> list[RecordTab]:
        """The tabs that edit records (collaboratives, contacts, sessions)."""
        raise NotImplementedError

    def leave_all_forms(self) -> bool:
        """Ask about unsaved edits in every tab; False if the user chose Cancel."""
        raise NotImplementedError
