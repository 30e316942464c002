"""The main window's menus and the actions in them (File, Edit, View with the languages, Help),
and which of them are enabled for the tab in view. The actions are attributes of the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QStatusBar, QTabWidget, QWidget

from collab_desktop import APP_NAME
from collab_desktop.domain.translation import translate
from collab_desktop.ui.icons import icon
from collab_desktop.ui.language_menu import build_language_menu
from collab_desktop.ui.settings import exports_need_consent, set_exports_need_consent

if TYPE_CHECKING:
    from collections.abc import Callable

    from collab_desktop.ui.context import AppContext


class EditTarget(Protocol):
    """What the Edit menu uses of the record tab in view (besides its New, Save, Delete and Find
    commands, called by name)."""

    @property
    def current_id(self) -> Any: ...

    def show_history(self) -> None: ...


class MenuWindow(Protocol):
    """What the menus use of the main window (a QMainWindow): its tabs, context and commands,
    and the menus and actions they put on it."""

    tabs: QTabWidget
    ctx: AppContext | None
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

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - Qt's name

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def close(self) -> bool: ...

    def current_record_tab(self) -> EditTarget | None: ...

    def new_database(self) -> None: ...

    def open_database(self) -> None: ...

    def _fill_recent(self) -> None: ...

    def show_about(self) -> None: ...


def as_main_window(window: object) -> QMainWindow:
    """The window as Qt sees it: the parent of its actions, menus and dialogs."""
    return cast(QMainWindow, window)


def make_action(
    window: QWidget,
    text: str,
    slot: Callable[..., object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | list | None = None,
    icon_name: str | None = None,
    tip: str = "",
) -> QAction:
    """An action of the window (its shortcut works wherever the focus is in it)."""
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_menus(window: MenuWindow) -> None:
    """The menu bar: File, Edit, View (a tab per Ctrl+number, the languages) and Help."""
    qt_window = as_main_window(window)
    bar = window.menuBar()
    window.file_menu = bar.addMenu(translate("MainWindow", "&File"))
    window.new_db_action = make_action(
        qt_window,
        translate("MainWindow", "&New database…"),
        window.new_database,
        None,
        "new-database",
        translate("MainWindow", "Start an empty database file"),
    )
    window.open_db_action = make_action(
        qt_window,
        translate("MainWindow", "&Open database…"),
        window.open_database,
        QKeySequence.StandardKey.Open,
        "open",
        translate("MainWindow", "Open another database file"),
    )
    window.file_menu.addAction(window.new_db_action)
    window.file_menu.addAction(window.open_db_action)
    window.recent_menu = QMenu(translate("MainWindow", "Open &recent"), qt_window)
    window.recent_menu.aboutToShow.connect(window._fill_recent)
    window.file_menu.addMenu(window.recent_menu)
    window.file_menu.addSeparator()
    window.file_actions_end = window.file_menu.addSeparator()
    window.consent_action = QAction(
        translate("MainWindow", "Export only contacts with &consent"), qt_window
    )
    window.consent_action.setCheckable(True)
    window.consent_action.setChecked(exports_need_consent())
    window.consent_action.setStatusTip(
        translate(
            "MainWindow", "Rosters and sign-up sheets leave out people without recorded consent"
        )
    )
    window.consent_action.toggled.connect(set_exports_need_consent)
    window.file_menu.addAction(window.consent_action)
    window.file_menu.addSeparator()
    window.quit_action = make_action(
        qt_window,
        translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
        "quit",
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.file_menu.addAction(window.quit_action)
    _build_edit_menu(window)

    window.view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for index in range(window.tabs.count()):
        action = make_action(
            qt_window,
            window.tabs.tabText(index).replace("&", ""),
            lambda _c=False, i=index: window.tabs.setCurrentIndex(i),
            f"Ctrl+{index + 1}",
        )
        window.view_menu.addAction(action)
    window.view_menu.addSeparator()
    window.language_menu = build_language_menu(qt_window, window.view_menu)

    window.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    window.about_action = make_action(
        qt_window,
        translate("MainWindow", "&About {app}").format(app=APP_NAME),
        window.show_about,
        None,
        "info",
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.help_menu.addAction(window.about_action)
    update_actions(window)


def _build_edit_menu(window: MenuWindow) -> None:
    """Edit: New, Save, Delete, Find and History, each on the record tab in view."""
    qt_window = as_main_window(window)
    window.edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    window.new_action = make_action(
        qt_window,
        translate("MainWindow", "&New record"),
        lambda: _on_tab(window, "new_record"),
        QKeySequence.StandardKey.New,
        "add",
        translate("MainWindow", "Create a new record in this tab"),
    )
    window.save_action = make_action(
        qt_window,
        translate("MainWindow", "&Save"),
        lambda: _on_tab(window, "save"),
        QKeySequence.StandardKey.Save,
        "save",
        translate("MainWindow", "Save the form"),
    )
    window.delete_action = make_action(
        qt_window,
        translate("MainWindow", "&Delete"),
        lambda: _on_tab(window, "delete_selected"),
        QKeySequence.StandardKey.Delete,
        "delete",
        translate("MainWindow", "Delete the selected records"),
    )
    window.find_action = make_action(
        qt_window,
        translate("MainWindow", "&Find"),
        lambda: _on_tab(window, "focus_search"),
        QKeySequence.StandardKey.Find,
        "search",
        translate("MainWindow", "Search this tab"),
    )
    window.history_action = make_action(
        qt_window,
        translate("MainWindow", "&History…"),
        lambda: _on_history(window),
        "Ctrl+Shift+H",
        None,
        translate("MainWindow", "Who changed what in the selected record, and when"),
    )
    for action in (window.new_action, window.save_action, window.delete_action):
        window.edit_menu.addAction(action)
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(window.find_action)
    window.edit_menu.addAction(window.history_action)


def update_actions(window: MenuWindow) -> None:
    """Enable what the tab in view allows; the database commands wait until it is open."""
    tab = window.current_record_tab()
    read_only = window.ctx is None or window.ctx.db.read_only
    for action in (window.new_action, window.save_action, window.delete_action, window.find_action):
        action.setEnabled(tab is not None and not read_only)
    window.find_action.setEnabled(tab is not None)
    window.history_action.setEnabled(tab is not None)
    # Commands about the database wait until it is open (the window shows while it opens).
    for action in (
        window.new_db_action,
        window.open_db_action,
        window.recent_menu.menuAction(),
        window.about_action,
    ):
        action.setEnabled(window.ctx is not None)


def _on_tab(window: MenuWindow, method: str) -> None:
    """Run an Edit command on the record tab in view (none: nothing to do)."""
    if tab := window.current_record_tab():
        getattr(tab, method)()


def _on_history(window: MenuWindow) -> None:
    if tab := window.current_record_tab():
        if tab.current_id is None:
            window.statusBar().showMessage(
                translate("MainWindow", "Choose a record first to see its history."), 5000
            )
            return
        tab.show_history()
