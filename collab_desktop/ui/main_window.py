"""The main window: tabs, menus, shortcuts, status bar; it owns the context the tabs share. No SQL here."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collab_desktop import APP_NAME, __version__
from collab_desktop.domain.database_address import (
    is_server_url,
    kind_of,
    label_of,
    place_of,
    without_password,
)
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.ui import window_database
from collab_desktop.ui.icons import app_icon, icon
from collab_desktop.ui.settings import app_settings
from collab_desktop.ui.widgets.loading_page import LoadingPage
from collab_desktop.ui.window_database import db_place, window_title
from collab_desktop.ui.window_menus import build_menus, update_actions

if TYPE_CHECKING:
    # The window is shown before the database layer loads: the tabs and the commands are
    # imported in show_data, once the database is open.
    from collab_desktop.store.database import Database
    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.host import WindowHost
    from collab_desktop.ui.tabs.record_tab import RecordTab
    from collab_desktop.ui.tabs.reports_tab import ReportsTab

log = logging.getLogger(__name__)


# The tabs, in order: (kind, which is also the icon's name; title, shown translated). The window
# shows a loading page under each title until show_data puts the tab of that title in its place.
TABS = (
    ("collaborative", QT_TRANSLATE_NOOP("MainWindow", "Co&llaboratives")),
    ("contact", QT_TRANSLATE_NOOP("MainWindow", "C&ontacts")),
    ("session", QT_TRANSLATE_NOOP("MainWindow", "&Sessions")),
    ("report", QT_TRANSLATE_NOOP("MainWindow", "&Reports")),
)


class MainWindow(QMainWindow):
    """One window with a tab per kind of record.

    It can be on screen before the database is open: ``MainWindow()`` is the frame (menus, tab
    bar, status bar, a quiet "Loading…" page per tab) and imports no database code;
    ``show_data(db)`` then puts the tabs in and turns on what needs the database.
    ``MainWindow(db)`` does both at once.
    """

    # The menus and actions build_menus (window_menus.py) puts on the window.
    file_menu: QMenu
    recent_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    language_menu: QMenu
    help_menu: QMenu
    new_db_action: QAction
    open_db_action: QAction
    file_actions_end: QAction
    consent_action: QAction
    quit_action: QAction
    new_action: QAction
    save_action: QAction
    delete_action: QAction
    find_action: QAction
    history_action: QAction
    about_action: QAction

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.ctx: AppContext | None = None  # set by show_data
        self.restart_requested = False  # View > Language: start again once closed
        self._record_tabs: list[RecordTab] = []
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(translate("MainWindow", "Sections"))
        # Bars that concern the whole window (the offline copy's) go above the tabs.
        central = QWidget()
        self._central_column = QVBoxLayout(central)
        self._central_column.setContentsMargins(0, 0, 0, 0)
        self._central_column.setSpacing(0)
        self._central_column.addWidget(self.tabs)
        self.setCentralWidget(central)
        self._loading_pages: dict[str, LoadingPage] = {}
        settings = app_settings()
        for kind, title in TABS:
            page = LoadingPage(with_table=kind != "report")
            page.restore_splitter(settings.value(f"splitters/{kind}"))
            self._loading_pages[title] = page
            self.tabs.addTab(page, icon(kind), translate("MainWindow", title))
        self.tabs.currentChanged.connect(lambda _i: update_actions(self))
        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        build_menus(self)
        self._restore_layout()
        if db is not None:
            self.show_data(db)

    def show_opening(self, location: Path | str, read_only: bool = False) -> None:
        """While the database opens: its name in the title, and where it is in the status bar."""
        target = str(location)
        name = label_of(target) if is_server_url(target) else Path(target).name
        self.setWindowTitle(window_title(name, read_only))
        self.db_label.setText(
            translate("MainWindow", "Opening {place}…").format(
                place=place_of(without_password(target))
            )
        )

    def show_data(self, db: Database) -> None:
        """Put the tabs in place of their loading pages, over this open database."""
        from collab_desktop.ui.context import AppContext
        from collab_desktop.ui.events import DataEvents
        from collab_desktop.ui.features.data_safety import install_data_safety
        from collab_desktop.ui.features.documents import install_document_actions
        from collab_desktop.ui.features.live_refresh import install_live_refresh
        from collab_desktop.ui.features.local_copy import install_local_copy
        from collab_desktop.ui.features.offline_copy import install_offline_copy
        from collab_desktop.ui.features.report_actions import install_report_actions
        from collab_desktop.ui.features.roster_actions import install_roster_actions
        from collab_desktop.ui.features.server_watch import install_server_watch
        from collab_desktop.ui.features.session_actions import install_session_actions
        from collab_desktop.ui.features.team_database import install_team_database
        from collab_desktop.ui.features.user_guide import install_user_guide_action
        from collab_desktop.ui.tabs.collaboratives_tab import CollaborativesTab
        from collab_desktop.ui.tabs.contacts_tab import ContactsTab
        from collab_desktop.ui.tabs.sessions_tab import SessionsTab
        from collab_desktop.ui.tasks import TaskRunner
        from collab_desktop.ui.widgets.lazy_tab import LazyTab

        self.ctx = AppContext(db, DataEvents(self), TaskRunner(self))
        self.collaboratives_tab = self.add_tab(
            CollaborativesTab(self.ctx), "collaborative", "Co&llaboratives"
        )
        self.contacts_tab = self.add_tab(ContactsTab(self.ctx), "contact", "C&ontacts")
        self.sessions_tab = self.add_tab(SessionsTab(self.ctx), "session", "&Sessions")
        self.reports_page = self.add_tab(LazyTab(self._build_reports_tab), "report", "&Reports")
        self.host = self._make_host()
        self.rosters = install_roster_actions(self.host)
        self._offer_in_contacts(self.rosters.copy_emails_action)
        self.session_actions = install_session_actions(self.host)
        self.report_actions = install_report_actions(self.host)
        self.documents = install_document_actions(self.host)
        self.safety = install_data_safety(self.host)
        self.local_copy = install_local_copy(self.host)
        self.user_guide_action = install_user_guide_action(self.host)
        self.team_database = install_team_database(self.host)
        self.offline_copy = install_offline_copy(self.host)
        self.live_refresh = install_live_refresh(self.host)
        self.server_watch = install_server_watch(self.host, self.record_tabs)
        window_database.show_database(self)
        self._restore_splitters()
        update_actions(self)
        self.resize(self.size().expandedTo(self.minimumSizeHint()))

    def add_bar(self, bar: QWidget) -> None:
        """Put a bar across the window, above the tabs (shown and hidden by its owner)."""
        self._central_column.insertWidget(self._central_column.count() - 1, bar)

    # --- the features' seam ---------------------------------------------------------------
    def _make_host(self) -> WindowHost:
        """What the features get of this window: its menus, status bar and selections."""
        from collab_desktop.ui.host import Menu, WindowHost

        return WindowHost(
            ctx=self.ctx,
            parent=self,
            menus={Menu.FILE: self.file_menu, Menu.EDIT: self.edit_menu, Menu.HELP: self.help_menu},
            anchors={Menu.FILE: self.file_actions_end, Menu.HELP: self.about_action},
            status=self.statusBar().showMessage,
            leave_all_forms=self.leave_all_forms,
            chosen_contacts=self._chosen_contacts,
            selected_session_id=self.sessions_tab.selected_session_id,
            current_contact_id=lambda: self.contacts_tab.current_id,
            show_reports=self.show_reports,
            open_database=self.switch_database,
            add_bar=self.add_bar,
        )

    def _chosen_contacts(self) -> list:
        """The selected contacts, else every one the Contacts tab lists (all rows loaded)."""
        self.contacts_tab.load_now()
        table = self.contacts_tab.table
        return table.selected_records() or table.visible_records()

    def _offer_in_contacts(self, action: QAction) -> None:
        """An action in the contacts list's context menu and at the end of its search box."""
        table = self.contacts_tab.table
        table.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.view.addAction(action)
        table.search.addAction(action, QLineEdit.ActionPosition.TrailingPosition)

    def show_reports(self) -> ReportsTab:
        """Bring the Reports tab forward and return it (built on first use)."""
        self.tabs.setCurrentWidget(self.reports_page)
        return self.reports_tab

    # --- structure ----------------------------------------------------------------------
    def add_tab(self, widget: QWidget, icon_name: str, title: str) -> QWidget:
        """Add a tab (in place of its loading page); record tabs report status messages. title is
        the English source (one of TABS), shown translated."""
        from collab_desktop.ui.tabs.record_tab import RecordTab

        page = self._loading_pages.pop(title, None)
        title = translate("MainWindow", title)
        if page is None:
            self.tabs.addTab(widget, icon(icon_name), title)
        else:
            # In beside the loading page, then the page out: only the tab in view is shown
            # (and so loads its rows); the others wait to be opened.
            index = self.tabs.indexOf(page)
            self.tabs.insertTab(index + 1, widget, icon(icon_name), title)
            if self.tabs.currentIndex() == index:
                self.tabs.setCurrentIndex(index + 1)
            self.tabs.removeTab(index)
            page.deleteLater()
        if isinstance(widget, RecordTab):
            self._record_tabs.append(widget)
            widget.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        return widget

    def _build_reports_tab(self) -> QWidget:
        from collab_desktop.ui.tabs.reports_tab import ReportsTab  # charts load on first use

        return ReportsTab(self.ctx)

    @property
    def reports_tab(self) -> ReportsTab:
        """The Reports tab, built on first use (it is not needed to start)."""
        return self.reports_page.content()

    def record_tabs(self) -> list[RecordTab]:
        return [
            w for i in range(self.tabs.count()) if (w := self.tabs.widget(i)) in self._record_tabs
        ]

    def current_record_tab(self) -> RecordTab | None:
        widget = self.tabs.currentWidget()
        return widget if widget in self._record_tabs else None

    # --- database ---------------------------------------------------------------------
    def leave_all_forms(self) -> bool:
        """Ask about unsaved edits in every tab; False if the user chose Cancel."""
        for tab in self.record_tabs():
            if tab.form.is_dirty():
                self.tabs.setCurrentWidget(tab)
                if not tab.maybe_leave():
                    return False
        return True

    def switch_database(self, location: Path | str) -> bool:
        """Open another database (a file, or a server's URL) in this window (asks about unsaved
        edits first); False, after saying why, when it cannot be opened."""
        return window_database.switch_database(self, location)

    def new_database(self) -> None:
        """File > New database."""
        window_database.new_database(self)

    def open_database(self) -> None:
        """File > Open database."""
        window_database.open_database(self)

    def _fill_recent(self) -> None:
        """File > Open recent, filled as it opens."""
        window_database.fill_recent(self)

    # --- help -------------------------------------------------------------------------
    def show_about(self) -> None:
        db = self.ctx.db
        QMessageBox.about(
            self,
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            about_text(place_of(db_place(db)), kind_of(db.url)),
        )

    # --- layout persistence ---------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        index = settings.value("window/tab", 0, type=int)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _restore_splitters(self) -> None:
        settings = app_settings()
        for tab in self.record_tabs():
            splitter_state = settings.value(f"splitters/{tab.kind}")
            if isinstance(splitter_state, QByteArray):
                tab.splitter.restoreState(splitter_state)

    def save_layout(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.tabs.currentIndex())
        for tab in self.record_tabs():
            settings.setValue(f"splitters/{tab.kind}", tab.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # The server away (known, or found by a save just asked for): keep, do not ask.
        if (
            not self._keep_unsaved_offline()
            and not self.leave_all_forms()
            and not self._keep_unsaved_offline()
        ):
            event.ignore()
            return
        self.save_layout()
        if self.ctx is not None:
            self.live_refresh.stop()
            self.ctx.tasks.wait()
        event.accept()

    def note_server_failure(self, exc: BaseException) -> bool:
        """True when exc says the team server cannot be reached (the window then shows its bar)."""
        return self.ctx is not None and self.ctx.events.note_failure(exc, self.ctx.db.url)

    def _keep_unsaved_offline(self) -> bool:
        """With the team server away, unsaved forms are kept on this computer and offered by the
        next window (a save cannot work now): True when the window may close."""
        return self.ctx is not None and self.server_watch.keep_before_close()


def about_text(db_where: str, kind: str = "SQLite") -> str:
    """The About box: version, where the data lives, and what kind of database holds it."""
    if kind == "SQLite":
        where = translate(
            "MainWindow",
            "<p><b>Your data</b> is kept on this computer in one SQLite database file:<br>"
            "<code>{path}</code></p>",
        ).format(path=escape(db_where))
    else:
        where = translate(
            "MainWindow",
            "<p><b>Your data</b> is kept in a team database on a {kind} server, "
            "shared with the other coordinators who open it:<br><code>{path}</code></p>",
        ).format(kind=escape(kind), path=escape(db_where))
    purpose = translate(
        "MainWindow",
        "<p>Collaboratives, contacts, session calendars, rosters and attendance for the "
        "coordinators of learning collaboratives.</p>",
    )
    caution = translate(
        "MainWindow",
        "<p>It holds contact details, memberships, sessions and attendance. It is not meant for "
        "health information: do not record diagnoses, treatment or other clinical details.</p>",
    )
    return f"<h3>{APP_NAME} {__version__}</h3>{purpose}{where}{caution}"
