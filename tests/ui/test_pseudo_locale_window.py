"""The window under the pseudo-locale (every translated text accented, 30% longer, in [ ]):
any visible text still plain English skipped translation, and a label or button narrower
than its text clips it in a longer language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QToolButton,
    QWidget,
)

from collab_desktop.domain.languages import looks_pseudo
from collab_desktop.resources_path import TRANSLATIONS_ENV
from collab_desktop.ui.language import install_language, uninstall_language
from tests.translations_paths import ROOT, TRANSLATIONS

# The window's own modules (main window, tabs, models, start-up); dialogs, features and widgets
# are converted alongside and meet the strict test at the merge.
WINDOW_MODULES = re.compile(r"^collab_desktop\.ui\.(tabs\.|models\.|[a-z_]+$)")
WINDOW_FILES = [
    *(ROOT / "collab_desktop" / "ui").glob("*.py"),
    *(ROOT / "collab_desktop" / "ui" / "tabs").glob("*.py"),
    *(ROOT / "collab_desktop" / "ui" / "models").glob("*.py"),
]
# Widgets that only lay out or show texts their owner hands them (a tab's columns, labels).
CONTAINERS = {"RecordTable", "RelatedList", "FormPanel", "VerticalScrollArea", "WrappingRow",
              "LazyTab", "OptionalDateEdit"}  # fmt: skip
# Texts that are not English words to translate: data, names, numbers, languages' own names.
NOT_WORDS = re.compile(
    r"^(Collab Desktop.*|SQLite|PostgreSQL|English|Español|#[0-9A-Fa-f]{6}|[\d\s.,:/%–—-]*)$"
)


@pytest.fixture
def pseudo_window(monkeypatch: pytest.MonkeyPatch, qtbot, db):  # noqa: ANN001, ANN201
    from collab_desktop.ui.main_window import MainWindow

    monkeypatch.setenv(TRANSLATIONS_ENV, str(TRANSLATIONS))
    assert install_language("pseudo") == "pseudo"
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ctx.tasks.wait()
    uninstall_language()


def plain(text: str) -> str:
    return (
        re.sub(r"<[^>]+>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    )


def shown_texts(root: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    """(what, text, widget) for every visible text under root."""
    yield "window title", root.windowTitle(), root
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel) and w.pixmap().isNull():
            yield "label", w.text(), w
        elif isinstance(w, QAbstractButton):
            yield "button", w.text(), w
        elif isinstance(w, QGroupBox):
            yield "group box", w.title(), w
        elif isinstance(w, QLineEdit) and not w.text():
            yield "placeholder", w.placeholderText(), w
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield "tab", w.tabText(i), w
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                yield "header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""), w


def menu_texts(win: QWidget) -> Iterator[tuple[str, str, QWidget]]:
    menus: list[QMenu] = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    for action in win.menuBar().actions():
        yield "menu", action.text(), win
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if not action.isSeparator():
                yield "menu item", action.text(), win
            if action.menu() is not None:
                menus.append(action.menu())


def qt_locale_text(widget: QWidget) -> bool:
    """The calendar's month and year buttons: month names from QLocale (the pseudo-locale has
    no month names of its own), not from a translation."""
    return widget.objectName().startswith("qt_calendar_")


def english(
    found: Iterator[tuple[str, str, QWidget]], owned: Callable[[QWidget], bool] = lambda _w: True
) -> list[tuple[str, str]]:
    """The texts (of owned widgets) that did not come through the pseudo-locale."""
    left = []
    for what, text, widget in found:
        shown = plain(text)
        if qt_locale_text(widget):
            continue
        if shown and not NOT_WORDS.match(shown) and not looks_pseudo(text) and owned(widget):
            left.append((what, shown))
    return sorted(set(left))


def owner_module(widget: QWidget) -> str:
    """The module of the nearest widget (itself or an ancestor) that chose the text: our own
    classes, past the containers that show what they are handed."""
    w: QWidget | None = widget
    while w is not None:
        cls = type(w)
        if cls.__module__.startswith("collab_desktop") and cls.__name__ not in CONTAINERS:
            return cls.__module__
        w = w.parentWidget()
    return ""


def in_window_modules(widget: QWidget) -> bool:
    return bool(WINDOW_MODULES.match(owner_module(widget)))


def window_literal(text: str) -> bool:
    """True when a window module's source holds text (with or without a mnemonic) as a string:
    the window wrote it, rather than a widget it holds (a filter box's own placeholder)."""
    sources = [p.read_text(encoding="utf-8") for p in WINDOW_FILES]
    needles = {f'"{text}"'} | {f'"{text[:i]}&{text[i:]}"' for i in range(len(text))}
    return any(n in source for n in needles for source in sources)


def window_menu_texts(win) -> Iterator[tuple[str, str, QWidget]]:  # noqa: ANN001
    """The menus and items the main window makes itself (features add the others)."""
    for action in win.menuBar().actions():
        yield "menu", action.text(), win
    for action in (win.new_db_action, win.open_db_action, win.recent_menu.menuAction(),
                   win.consent_action, win.quit_action, win.new_action, win.save_action,
                   win.delete_action, win.find_action, win.about_action,
                   win.language_menu.menuAction()):  # fmt: skip
        yield "menu item", action.text(), win


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose one-line text is wider than they are."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 1:
            continue
        if isinstance(w, QLabel) and not w.wordWrap() and w.pixmap().isNull():
            text, extra = plain(w.text()), 0
        elif (
            isinstance(w, QToolButton)
            and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            continue  # its text is a tooltip, not shown
        elif isinstance(w, QAbstractButton) and w.text():
            text = plain(w.text())
            extra = w.iconSize().width() + 4 if not w.icon().isNull() else 0
        else:
            continue
        if "\n" in text or not text:
            continue
        needed = w.fontMetrics().horizontalAdvance(text) + extra
        if needed > w.width():
            found.append(f"{type(w).__name__} {text!r}: {needed}px in {w.width()}px")
    return found


def window_pages(win) -> Iterator[QWidget]:  # noqa: ANN001
    """Each tab in turn, loaded and laid out."""
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        win.ctx.tasks.wait()
        QApplication.sendPostedEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        yield win.tabs.widget(i)


def test_every_text_of_the_window_files_is_translated(pseudo_window, qtbot) -> None:  # noqa: ANN001
    win = pseudo_window
    left: list[tuple[str, str]] = english(window_menu_texts(win))
    for _page in window_pages(win):
        win.ctx.tasks.wait()
        qtbot.wait(0)
        left += english(shown_texts(win), in_window_modules)
    left = [(what, text) for what, text in left if what.startswith("menu") or window_literal(text)]
    assert not left, "plain English in the window's own texts:\n" + "\n".join(map(str, left))


def test_no_text_in_the_window_and_its_dialogs_is_left_in_english_or_clipped(
    pseudo_window, qtbot
) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.import_wizard import ImportWizard
    from collab_desktop.ui.dialogs.session_dialog import open_session_dialog
    from collab_desktop.ui.dialogs.trash_dialog import TrashDialog

    win = pseudo_window
    left = english(menu_texts(win))
    for _page in window_pages(win):
        win.ctx.tasks.wait()
        left += english(shown_texts(win))
    openers: list[Callable[[], QDialog | None]] = [
        lambda: open_session_dialog(win.ctx, None, win),
        lambda: ImportWizard(win.ctx, None, win),
        lambda: TrashDialog(win.ctx, win),
        win.team_database.connect_dialog,
        win.documents.settings_dialog,
    ]
    for open_dialog in openers:
        dialog = open_dialog()
        assert dialog is not None
        dialog.show()
        qtbot.waitExposed(dialog)
        left += [(f"{type(dialog).__name__}: {w}", t) for w, t in english(shown_texts(dialog))]
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        left += [(f"{type(dialog).__name__}: clipped", c) for c in clipped(dialog)]
        dialog.close()
        if shiboken6.isValid(dialog):  # some delete themselves once closed
            dialog.deleteLater()
    assert not left, f"{len(left)} texts in plain English or clipped:\n" + "\n".join(map(str, left))


def test_no_label_or_button_of_the_window_clips_its_text(pseudo_window, qtbot) -> None:  # noqa: ANN001
    win = pseudo_window
    found = []
    for page in window_pages(win):
        win.ctx.tasks.wait()
        qtbot.wait(0)
        found += [f"{win.tabs.tabText(win.tabs.indexOf(page))}: {c}" for c in clipped(page)]
    found += clipped(win.statusBar())
    assert not found, "clipped:\n" + "\n".join(found)


def test_qt_own_texts_are_pseudo_too(pseudo_window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    from collab_desktop.domain.translation import translate

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert looks_pseudo(box.button(QDialogButtonBox.StandardButton.Cancel).text())
    box.deleteLater()
    assert translate("NoSuchContext", "Plain") == "Plain"  # unknown texts stay as they are


def test_a_screenshot_per_tab(pseudo_window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """Each tab drawn under the pseudo-locale (kept in tmp_path for a look when it fails)."""
    for i, _page in enumerate(window_pages(pseudo_window)):
        pseudo_window.ctx.tasks.wait()
        qtbot.wait(0)
        assert pseudo_window.grab().save(str(tmp_path / f"pseudo-{i}.png"))
