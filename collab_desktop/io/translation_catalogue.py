"""Translations without Qt: the command line (and the core, when no window runs) reads the same
``resources/translations/collab_desktop_<lang>.ts`` sources that Qt's .qm files are built from."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from collab_desktop.domain.languages import PSEUDO, plural_index, pseudo_text
from collab_desktop.domain.translation import set_translator


@dataclass(frozen=True)
class Message:
    """One message of a .ts file: its key, its translation (forms for a plural), and whether
    the translator finished it."""

    context: str
    source: str
    comment: str | None
    forms: tuple[str, ...]
    numerus: bool
    finished: bool


def read_ts(path: Path) -> list[Message]:
    """Every current message of a Qt .ts file (vanished and obsolete ones are left out)."""
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = element.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment"),
                    forms=forms,
                    numerus=numerus,
                    finished=kind is None and any(forms),
                )
            )
    return messages


class Catalogue:
    """Looks messages up like QCoreApplication.translate: the finished translation, else the
    source; %n replaced by the count, in the form the language's plural rule picks."""

    def __init__(self, code: str, messages: list[Message]) -> None:
        self.code = code
        self._forms = {
            (m.context, m.source, m.comment or None): m.forms for m in messages if m.finished
        }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self._forms.get((context, source, disambiguation or None))
        if not forms:
            text = source
        elif len(forms) > 1 and n >= 0:
            text = forms[min(plural_index(self.code, n), len(forms) - 1)]
        else:
            text = forms[0]
        return text.replace("%n", str(n)) if n >= 0 else text


def pseudo_catalogue(messages: list[Message]) -> Catalogue:
    """The pseudo-locale over every known source (generated, never written by hand)."""
    generated = [
        Message(m.context, m.source, m.comment, (pseudo_text(m.source),) * 2, m.numerus, True)
        for m in messages
    ]
    return Catalogue(PSEUDO, generated)


def ts_file(translations: Path, code: str) -> Path:
    """The .ts source of a language (the pseudo-locale is generated from the Spanish one's
    message list, which holds every source; English's holds only plural forms)."""
    return translations / f"collab_desktop_{'es' if code == PSEUDO else code}.ts"


def install_catalogue(translations: Path, code: str) -> None:
    """Translate every later translate() into code from the .ts files in translations
    (a missing file leaves the English sources)."""
    path = ts_file(translations, code)
    if not path.is_file():
        set_translator(None)
        return
    messages = read_ts(path)
    catalogue = pseudo_catalogue(messages) if code == PSEUDO else Catalogue(code, messages)
    set_translator(catalogue.translate, code)
