"""Features are installed on a WindowHost, not on the main window: any widget with menus will do."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow

from collab_desktop.ui.host import Menu, WindowHost


@pytest.fixture
def plain(qtbot, db):  # noqa: ANN001, ANN201
    """A bare QMainWindow with File, Edit and Help menus, and a host around it."""
    from collab_desktop.ui.context import AppContext
    from collab_desktop.ui.events import DataEvents
    from collab_desktop.ui.tasks import TaskRunner

    window = QMainWindow()
    qtbot.addWidget(window)
    bar = window.menuBar()
    menus = {Menu.FILE: bar.addMenu("&File"), Menu.EDIT: bar.addMenu("&Edit")}
    menus[Menu.HELP] = bar.addMenu("&Help")
    quit_action = menus[Menu.FILE].addAction("&Quit")
    statuses: list[str] = []
    ctx = AppContext(db, DataEvents(window), TaskRunner(window))
    people = [SimpleNamespace(email="ana@example.org"), SimpleNamespace(email="bo@example.org")]
    host = WindowHost(
        ctx=ctx,
        parent=window,
        menus=menus,
        anchors={Menu.FILE: quit_action},
        status=lambda text, _ms: statuses.append(text),
        chosen_contacts=lambda: people,
    )
    yield SimpleNamespace(
        window=window, host=host, menus=menus, quit=quit_action, statuses=statuses
    )
    ctx.tasks.wait()


def test_roster_actions_work_on_a_plain_window(plain) -> None:  # noqa: ANN001
    from collab_desktop.ui.features.roster_actions import install_roster_actions

    rosters = install_roster_actions(plain.host)

    file_actions = plain.menus[Menu.FILE].actions()
    assert file_actions[-1] is plain.quit  # the feature's actions go above the anchor
    assert rosters.import_action in file_actions and rosters.export_action in file_actions
    assert plain.menus[Menu.EDIT].actions()[-1] is rosters.copy_emails_action
    assert rosters.copy_emails_action in plain.window.actions()  # the shortcut works window-wide

    rosters.copy_emails_action.trigger()
    assert QGuiApplication.clipboard().text() == "ana@example.org; bo@example.org"
    assert plain.statuses == ["Copied 2 email addresses"]


def test_report_actions_ask_the_host_for_the_reports(plain) -> None:  # noqa: ANN001
    from collab_desktop.ui.features.report_actions import install_report_actions

    ran: list[str] = []
    reports = SimpleNamespace(
        when_ready=lambda then: then(),
        ask_export=lambda: ran.append("xlsx"),
        ask_export_pdf=lambda: ran.append("pdf"),
    )
    plain.host.show_reports = lambda: reports

    actions = install_report_actions(plain.host)
    actions.pdf_action.trigger()
    actions.export_action.trigger()

    assert ran == ["pdf", "xlsx"]
    assert plain.menus[Menu.FILE].actions()[-1] is plain.quit


def test_add_first_puts_actions_above_a_separator(plain) -> None:  # noqa: ANN001
    edit = plain.menus[Menu.EDIT]
    existing = edit.addAction("&Find")
    undo, redo = QAction("&Undo", plain.window), QAction("&Redo", plain.window)

    plain.host.add_first(Menu.EDIT, [undo, redo])

    actions = edit.actions()
    assert actions[:2] == [undo, redo] and actions[2].isSeparator() and actions[3] is existing
