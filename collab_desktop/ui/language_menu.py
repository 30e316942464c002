"""View > Language: the shipped languages, the current one checked; choosing another saves it
and offers to restart now (the same command again) or later."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from collab_desktop.domain.languages import PSEUDO, SHIPPED, pseudo_text
from collab_desktop.domain.translation import translate
from collab_desktop.ui.language import current_language, offered_languages
from collab_desktop.ui.settings import save_language


def language_name(code: str) -> str:
    """How the menu names a language: in that language itself, so anyone finds their own."""
    return SHIPPED.get(code) or (pseudo_text("Pseudo-locale") if code == PSEUDO else code)


def build_language_menu(window: QMainWindow, parent_menu: QMenu) -> QMenu:
    """The Language submenu of parent_menu, one checkable item per offered language."""
    menu = parent_menu.addMenu(translate("LanguageMenu", "&Language"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = current_language()
    for code in offered_languages():
        action = QAction(language_name(code), menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.setStatusTip(
            translate("LanguageMenu", "Show the window in {language} (after a restart)").format(
                language=language_name(code)
            )
        )
        action.triggered.connect(lambda _c=False, c=code: choose_language(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(window: QMainWindow, code: str) -> None:
    """Save the choice; restart now (if the user agrees and no edit is left unsaved) or later."""
    save_language(code)  # choosing the current one again takes back an earlier choice
    if code == current_language():
        return
    if ask_restart(window, code):
        window.restart_requested = True
        if not window.close():  # Cancel on unsaved edits: stay, the choice is saved
            window.restart_requested = False


def ask_restart(window: QMainWindow, code: str) -> bool:
    """The choice is saved: restart now (True) or later?"""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LanguageMenu", "Language"))
    box.setText(
        translate(
            "LanguageMenu",
            "The window will be in {language} the next time it opens. Restart now?",
        ).format(language=language_name(code))
    )
    restart = box.addButton(
        translate("LanguageMenu", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("LanguageMenu", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is restart


def restart_command(argv: Sequence[str], executable: str, frozen: bool) -> tuple[str, list[str]]:
    """The program and arguments that start this app again as it was started, without --lang
    (the saved choice applies instead)."""
    args: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    if frozen:
        return executable, args
    if Path(argv[0]).name == "__main__.py":  # python -m collab_desktop
        return executable, ["-m", "collab_desktop", *args]
    return executable, [argv[0], *args]


def restart_process() -> bool:
    """Start this app again, detached; False if it could not be started."""
    program, args = restart_command(sys.argv, sys.executable, bool(getattr(sys, "frozen", False)))
    return QProcess.startDetached(program, args)[0]
