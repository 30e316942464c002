"""Every user-facing string goes through ``translate(context, source)``, in the core as in the window.

The core imports no Qt, so the front end installs the translator: the window hands over
``QCoreApplication.translate`` (Qt's .qm catalogues); the command line a catalogue read from the
same ``resources/translations`` sources. Until one is installed the English source is returned.
Write the call out in full, ``translate("Context", "Text")``, so that pyside6-lupdate finds it;
fill placeholders afterwards with ``.format(name=...)``; plurals put ``%n`` in the source and pass
the count as ``n``.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return source.replace("%n", str(n)) if n >= 0 else source


_translator: Translator = _english
_language = "en"


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """source in the chosen language (source itself where no translation exists)."""
    return _translator(context, source, disambiguation, n)


def language() -> str:
    """The chosen language's code ("en", "es", ...), for what formats dates and numbers itself."""
    return _language


def set_translator(translator: Translator | None, language_code: str = "en") -> None:
    """Use translator (for language_code) for every later translate(); None: English sources."""
    global _translator, _language
    _translator = translator or _english
    _language = language_code if translator else "en"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate finds
    """Mark source for translation where it is defined (a constant, a table); show it later with
    translate(context, source), once the language is chosen."""
    return source
