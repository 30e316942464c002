"""The languages the app ships, how a language code is read, and the generated pseudo-locale.

The pseudo-locale is English with every letter accented and about 30% more length between
brackets: a string that stays plain English on screen skipped translation, and a label whose
closing bracket is cut off is too narrow for a longer language.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

ENGLISH = "en"
PSEUDO = "pseudo"
# Set (to anything) to offer the pseudo-locale in View > Language.
PSEUDO_ENV = "COLLAB_DESKTOP_PSEUDO_LOCALE"

# Code -> the language's name in itself (never translated: a user looks for their own).
SHIPPED = {"en": "English", "es": "Español"}


def language_code(text: str) -> str | None:
    """The shipped language (or "pseudo") that text names ("es", "es_MX", "ES-es", "es.UTF-8");
    None for a language the app does not ship."""
    code = text.strip().lower()
    if code == PSEUDO:
        return PSEUDO
    base = re.split(r"[_\-.@]", code, maxsplit=1)[0]
    return base if base in SHIPPED else None


def first_shipped(locale_names: Iterable[str]) -> str:
    """The first of the system's preferred locales that the app ships, else English."""
    for name in locale_names:
        code = language_code(name)
        if code is not None and code != PSEUDO:
            return code
    return ENGLISH


def plural_index(code: str, n: int) -> int:
    """Which plural form (0 singular, 1 plural) the language uses for n; English and Spanish
    agree (1 is singular, 0 and the rest plural)."""
    return 0 if n == 1 else 1


# What lupdate and str.format keep as is: {placeholders}, %n/%1, HTML tags and entities,
# a mnemonic's & with its letter, and a literal &&.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]*>|&[a-zA-Z]+;|&&|&.", re.DOTALL)
_ACCENTS = str.maketrans(
    "aeiouycnAEIOUYCNszSZ",
    "áëîöüýçñÅÉÎÖÜÝÇÑšžŠŽ",
)


def pseudo_text(source: str) -> str:
    """source accented and padded to about 130% of its length, between [ and ]; placeholders,
    HTML and mnemonics untouched, so the text still formats and the shortcut still works."""
    if not source.strip():
        return source
    parts: list[str] = []
    position = 0
    for match in _KEEP.finditer(source):
        parts.append(source[position : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        position = match.end()
    parts.append(source[position:].translate(_ACCENTS))
    padding = "·" * max(1, math.ceil(len(source) * 0.3) - 2)
    return "[" + "".join(parts) + padding + "]"


def looks_pseudo(text: str) -> bool:
    """True when text came through the pseudo-locale (or holds no English letters at all)."""
    if "[" in text and "]" in text and "·" in text:
        return True
    return not re.search(r"[A-Za-z]{2,}", text)
