"""The command line's translations (no Qt): the catalogue read from the .ts sources, --lang,
the system's language, and the generated pseudo-locale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from collab_desktop.cli import parse_args
from collab_desktop.cli.language_option import install_command_language, language_in
from collab_desktop.domain.languages import first_shipped, language_code, looks_pseudo, pseudo_text
from collab_desktop.domain.translation import language, translate
from collab_desktop.io.translation_catalogue import Catalogue, Message, install_catalogue
from collab_desktop.resources_path import TRANSLATIONS_ENV
from tests.translations_paths import ROOT, TRANSLATIONS


def test_catalogue_picks_the_plural_form_and_falls_back_to_the_source() -> None:
    catalogue = Catalogue(
        "es",
        [
            Message("Ctx", "%n contacts", None, ("%n contacto", "%n contactos"), True, True),
            Message("Ctx", "Save", None, ("Guardar",), False, True),
            Message("Ctx", "Later", None, ("",), False, False),
        ],
    )
    assert catalogue.translate("Ctx", "%n contacts", None, 1) == "1 contacto"
    assert catalogue.translate("Ctx", "%n contacts", None, 0) == "0 contactos"
    assert catalogue.translate("Ctx", "%n contacts", None, 3) == "3 contactos"
    assert catalogue.translate("Ctx", "Save") == "Guardar"
    assert catalogue.translate("Other", "Save") == "Save"  # another context
    assert catalogue.translate("Ctx", "Later") == "Later"  # unfinished: the source


def test_shipped_spanish_and_english_plurals() -> None:
    install_catalogue(TRANSLATIONS, "es")
    assert language() == "es"
    assert translate("MainWindow", "&File") == "&Archivo"
    assert translate("ContactsTab", "%n contacts", None, 1) == "1 contacto"
    install_catalogue(TRANSLATIONS, "en")
    assert translate("ContactsTab", "%n contacts", None, 1) == "1 contact"
    assert translate("ContactsTab", "%n contacts", None, 2) == "2 contacts"
    assert translate("MainWindow", "&File") == "&File"


def test_language_codes_are_read_loosely() -> None:
    assert [language_code(c) for c in ("es", "es_MX", "ES-es", "es.UTF-8", "EN", "pseudo")] == [
        "es",
        "es",
        "es",
        "es",
        "en",
        "pseudo",
    ]
    assert language_code("fr") is None and language_code("") is None
    assert first_shipped(["fr_FR", "es_AR", "en_US"]) == "es"
    assert first_shipped(["fr_FR", "de"]) == "en"
    assert language_in(["--db", "x", "--lang", "es", "list"]) == "es"
    assert language_in(["--lang=pseudo"]) == "pseudo"
    assert language_in(["list", "--", "--lang", "es"]) is None


@pytest.mark.parametrize(
    "source",
    [
        "&Save",
        "Deleted {name}. Ctrl+Z puts it back.",
        "%n contacts",
        "<p><b>Your data</b> {path}</p>",
        "Tom && Jerry",
        "{count:,} rows",
    ],
)
def test_pseudo_text_keeps_placeholders_mnemonics_and_markup(source: str) -> None:
    text = pseudo_text(source)
    assert text.startswith("[") and text.endswith("]") and looks_pseudo(text)
    assert len(text) >= 1.25 * len(source)
    for kept in (
        "&S",
        "{name}",
        "Ctrl+Z" if False else "",
        "%n",
        "<p>",
        "<b>",
        "</b>",
        "{path}",
        "&&",
        "{count:,}",
    ):
        if kept and kept in source:
            assert kept in text, (kept, text)
    assert not looks_pseudo(source)


def test_lang_option_installs_the_catalogue_before_the_help_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    assert install_command_language(["--lang", "es", "list"]) == "es"
    assert translate("MainWindow", "&View") == "&Ver"
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert install_command_language(["list"]) == "es"  # the system's language, shipped
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert install_command_language(["list"]) == "en"  # not shipped: English
    assert parse_args(["--lang", "ES", "list", "contacts"]).lang == "es"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", TRANSLATIONS_ENV: str(TRANSLATIONS), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "collab_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(ROOT),
    )


def test_unknown_lang_is_one_clear_line_and_exit_2() -> None:
    result = run("--lang", "xx", "list")
    assert result.returncode == 2
    assert "argument --lang: unknown language 'xx'; choose one of: en, es" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_follows_lang() -> None:
    result = run("--lang", "es", "--help")
    assert result.returncode == 0
    assert "idioma de la ventana y de los mensajes" in " ".join(result.stdout.split())
