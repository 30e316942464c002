"""The window's language: installed from the .qm catalogues (ours and Qt's), chosen by --lang,
the saved choice or the system, switched in View > Language; dates and numbers follow it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from collab_desktop.domain.languages import PSEUDO_ENV
from collab_desktop.domain.translation import translate
from collab_desktop.io.translation_catalogue import read_ts
from collab_desktop.resources_path import TRANSLATIONS_ENV
from collab_desktop.ui import language_menu
from collab_desktop.ui.language import choose_language, install_language, uninstall_language
from collab_desktop.ui.language_menu import restart_command
from collab_desktop.ui.locale_format import month_year, number, short_time
from collab_desktop.ui.settings import save_language, saved_language
from tests.translations_paths import TRANSLATIONS


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch, qapp):  # noqa: ANN001, ANN201
    monkeypatch.setenv(TRANSLATIONS_ENV, str(TRANSLATIONS))
    assert install_language("es") == "es"
    yield
    uninstall_language()


@pytest.fixture
def spanish_window(spanish, qtbot, db):  # noqa: ANN001, ANN201
    from collab_desktop.ui.main_window import MainWindow

    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ctx.tasks.wait()


def mnemonic(text: str) -> str | None:
    """The letter after a single & (a && is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def spanish_texts() -> set[str]:
    """Every Spanish translation shipped (a menu item not among them is not Spanish yet: a
    string still to convert is another test's failure, not a mnemonic clash)."""
    return {form for m in read_ts(TRANSLATIONS / "collab_desktop_es.ts") for form in m.forms}


def clashes(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    spanish = spanish_texts()
    for text in (t for t in texts if t in spanish):
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            found.append(f"{seen[letter]!r} and {text!r} share &{letter}")
        seen[letter] = text
    return found


def test_window_menus_tabs_and_qt_buttons_are_in_spanish(spanish_window) -> None:  # noqa: ANN001
    win = spanish_window
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles[:4] == ["&Archivo", "&Editar", "&Ver", "Ay&uda"]
    tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert tabs == ["Co&laborativos", "C&ontactos", "&Sesiones", "&Informes"]
    assert win.contacts_tab.new_button.text() == "Nuevo contacto"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert (
        buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"
    )
    assert "solo lectura" not in win.windowTitle() and "—" in win.windowTitle()


def test_no_two_items_of_a_menu_share_a_spanish_mnemonic(spanish_window) -> None:  # noqa: ANN001
    win = spanish_window
    problems = clashes([a.text() for a in win.menuBar().actions()])
    problems += clashes([win.tabs.tabText(i) for i in range(win.tabs.count())])
    menus = [a.menu() for a in win.menuBar().actions() if a.menu() is not None]
    while menus:
        menu: QMenu = menus.pop()
        problems += clashes(
            [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        )
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]
    assert not problems, "\n".join(problems)


def test_dates_and_numbers_follow_the_language(spanish) -> None:  # noqa: ANN001
    assert number(1234567) == "1.234.567"
    assert month_year(date(2024, 1, 15)).startswith("ene")
    assert short_time(datetime(2024, 1, 15, 14, 30)) == "14:30"
    assert QLocale().language() == QLocale.Language.Spanish
    uninstall_language()
    assert number(1234567) == "1,234,567"  # the C locale reads as US English
    assert month_year(date(2024, 1, 15)) == "Jan 2024"


def test_english_catalogue_gives_singular_forms(monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # noqa: ANN001
    monkeypatch.setenv(TRANSLATIONS_ENV, str(TRANSLATIONS))
    try:
        assert install_language("en") == "en"
        assert translate("ContactsTab", "%n contacts", None, 1) == "1 contact"
        assert translate("ContactsTab", "%n contacts", None, 3) == "3 contacts"
        assert translate("MainWindow", "&File") == "&File"
    finally:
        uninstall_language()


def test_choice_is_lang_then_saved_then_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert choose_language(None) == "es"  # the system's, shipped
    save_language("en")
    assert choose_language(None) == "en"  # the saved choice beats the system
    assert choose_language("es") == "es"  # --lang beats both
    assert choose_language("pseudo") == "pseudo"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    save_language("")
    assert choose_language(None) == "en"  # French is not shipped


def test_language_menu_lists_languages_and_saves_the_choice(
    window,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    names = [a.text() for a in window.language_menu.actions()]
    assert names == ["English", "Español"]
    assert [a.isChecked() for a in window.language_menu.actions()] == [True, False]
    asked: list[str] = []
    monkeypatch.setattr(language_menu, "ask_restart", lambda _w, code: asked.append(code) or False)
    window.language_menu.actions()[1].trigger()  # Español, then Later
    assert asked == ["es"] and saved_language() == "es"
    assert window.isVisible() and not window.restart_requested
    monkeypatch.setattr(language_menu, "ask_restart", lambda _w, _code: True)
    window.language_menu.actions()[0].trigger()  # back to English: nothing to restart for
    assert saved_language() == "en" and window.isVisible()
    window.language_menu.actions()[1].trigger()  # Español, Restart now: the window closes
    assert window.restart_requested and not window.isVisible()


def test_pseudo_locale_is_offered_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, qtbot, db
) -> None:  # noqa: ANN001
    from collab_desktop.ui.main_window import MainWindow

    monkeypatch.setenv(PSEUDO_ENV, "1")
    win = MainWindow(db)
    qtbot.addWidget(win)
    names = [a.text() for a in win.language_menu.actions()]
    assert names[:2] == ["English", "Español"] and names[2].startswith("[Pšëüdö")


def test_restart_runs_the_same_command_without_lang() -> None:
    assert restart_command(
        ["/usr/bin/collab-desktop", "--lang", "es", "--db", "x.sqlite"], "/py", False
    ) == ("/py", ["/usr/bin/collab-desktop", "--db", "x.sqlite"])
    assert restart_command(["/app/CollabDesktop", "--lang=es"], "/app/CollabDesktop", True) == (
        "/app/CollabDesktop",
        [],
    )
    assert restart_command(["/src/collab_desktop/__main__.py", "--db", "y"], "/py", False) == (
        "/py",
        ["-m", "collab_desktop", "--db", "y"],
    )


def test_a_shared_mnemonic_is_found() -> None:
    assert clashes(["&Archivo", "&Abrir base de datos…", "Abrir &reciente"]) == [
        "'&Archivo' and '&Abrir base de datos…' share &a"
    ]
    assert clashes(["Tom && Jerry", "&Ver"]) == []  # && is a literal ampersand


def test_dates_follow_the_system_country_when_it_speaks_the_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from collab_desktop.ui.language import locale_for

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    assert locale_for("es").name() == "es_MX"
    assert locale_for("en").name() == "en_US"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert locale_for("en").name() == "en_GB"
    assert locale_for("es").name() == "es_ES"
    assert locale_for("pseudo").name() == "en_GB"
