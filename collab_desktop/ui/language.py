"""The window's language: which one (--lang, the saved choice, the system's), and installing it:
our .qm catalogue, Qt's own (standard dialogs and buttons), the locale for dates and numbers,
and QCoreApplication.translate for the core's translate()."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from collab_desktop.domain.languages import (
    ENGLISH,
    PSEUDO,
    PSEUDO_ENV,
    SHIPPED,
    first_shipped,
    language_code,
    pseudo_text,
)
from collab_desktop.domain.translation import language, set_translator
from collab_desktop.resources_path import translations_dir
from collab_desktop.ui.locale_format import forget_display_locale
from collab_desktop.ui.settings import saved_language

log = logging.getLogger(__name__)

# The translators installed now, to take out when another language is installed.
_installed: list[QTranslator] = []


def choose_language(lang_arg: str | None) -> str:
    """--lang when given, else the choice saved in View > Language, else the system's language
    when the app ships it, else English."""
    for candidate in (lang_arg, saved_language()):
        if candidate and (code := language_code(candidate)) is not None:
            return code
    return first_shipped(QLocale.system().uiLanguages())


def offered_languages() -> list[str]:
    """The codes View > Language lists: the shipped ones, and the pseudo-locale when asked for
    (its environment variable, or it is the current language)."""
    codes = list(SHIPPED)
    if os.environ.get(PSEUDO_ENV) or current_language() == PSEUDO:
        codes.append(PSEUDO)
    return codes


def current_language() -> str:
    """The installed language's code ("en" before any is installed)."""
    return language()


def catalogue_path(code: str) -> str:
    return str(translations_dir() / f"collab_desktop_{code}.qm")


def locale_for(code: str) -> QLocale:
    """Dates and numbers for code: the system's own country conventions when the system speaks
    that language (en_GB, es_MX), else the language's main ones; the pseudo-locale keeps
    English ones (only its texts are marked)."""
    wanted = QLocale(ENGLISH if code == PSEUDO else code)
    system = QLocale.system()
    return system if system.language() == wanted.language() else wanted


class QtPseudoTranslator(QTranslator):
    """Qt's own texts (standard buttons, context menus, wizards) in the pseudo-locale, generated
    as they are asked for: Qt ships no catalogue for it, and a plain "Cancel" among accented
    texts would look like a string we forgot."""

    def translate(  # noqa: D102 - QTranslator's
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if len(context) > 1 and context[0] == "Q" and context[1].isupper() and source:
            return pseudo_text(source)
        return None  # not ours to answer: the next translator, else the source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_language(code: str) -> str:
    """Translate the window and the core into code from now on; returns the code installed
    (English when code's catalogue is missing)."""
    uninstall_language()
    app = QCoreApplication.instance()
    QLocale.setDefault(locale_for(code))
    forget_display_locale()
    ours = QTranslator(app)
    # English has a catalogue too: the singular and plural forms of "%n members".
    if not ours.load(catalogue_path(code)):
        log.warning("no translation catalogue for %s at %s", code, catalogue_path(code))
        set_translator(None)
        return ENGLISH
    _installed.append(ours)
    if code == PSEUDO:
        _installed.append(QtPseudoTranslator(app))
    elif code != ENGLISH:
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", qt_folder):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    set_translator(QCoreApplication.translate, code)
    return code


def uninstall_language() -> None:
    """Back to the English sources and the system's locale (as before any install)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    forget_display_locale()
    set_translator(None)
