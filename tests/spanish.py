"""A small Spanish catalogue installed in-process, for tests of what follows the chosen language.

It answers as the shipped catalogue does (a plural's forms chosen by Spanish's rule, the source
where a message has no translation), so a test checks the core's side without the build.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale

from collab_desktop.domain.translation import set_translator

Entries = dict[tuple[str, str], str | list[str]]


class SpanishCatalogue:
    """translate() for a handful of messages: (context, source) -> text, or [one, many]."""

    def __init__(self, entries: Entries) -> None:
        self.entries = entries
        self.asked: list[tuple[str, str]] = []

    def __call__(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.append((context, source))
        found = self.entries.get((context, source), source)
        text = found[0 if n == 1 else 1] if isinstance(found, list) else found
        return text.replace("%n", str(n)) if n >= 0 else text


@contextmanager
def in_spanish(entries: Entries) -> Iterator[SpanishCatalogue]:
    """Everything translated inside the block comes from entries, dates and numbers in Spanish."""
    catalogue = SpanishCatalogue(entries)
    set_translator(catalogue, "es")
    try:
        yield catalogue
    finally:
        set_translator(None)


@contextmanager
def in_spanish_locale(entries: Entries) -> Iterator[SpanishCatalogue]:
    """in_spanish, with QLocale's default Spanish too (widgets' dates and numbers), as before
    afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale("es"))
    try:
        with in_spanish(entries) as catalogue:
            yield catalogue
    finally:
        QLocale.setDefault(before)
