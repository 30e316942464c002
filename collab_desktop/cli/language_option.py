"""The global ``--lang CODE`` option: checked by argparse (exit 2 for a language we do not ship)
and read before the parser is built, so that the help itself is in the chosen language."""

from __future__ import annotations

import argparse
import contextlib
import locale
import os
from collections.abc import Sequence

from collab_desktop.domain.languages import SHIPPED, first_shipped, language_code
from collab_desktop.domain.translation import translate


def lang_argument(text: str) -> str:
    """argparse type of --lang: a shipped language's code (or "pseudo")."""
    code = language_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            translate("LanguageOption", "unknown language {code!r}; choose one of: {codes}").format(
                code=text, codes=", ".join(SHIPPED)
            )
        )
    return code


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="CODE",
        type=lang_argument,
        help=translate(
            "LanguageOption",
            "language of the window and the messages: {codes} (default: the window's saved "
            "choice, else the system's language when it is one of these, else English)",
        ).format(codes=", ".join(SHIPPED)),
    )


def language_in(argv: Sequence[str]) -> str | None:
    """The value given to --lang in argv (as typed), before argparse has run; None if absent."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def system_locale_names() -> list[str]:
    """The process's preferred locales, as the C library and the usual variables name them."""
    names = [os.environ.get(v, "") for v in ("LC_ALL", "LC_MESSAGES", "LANG")]
    names += os.environ.get("LANGUAGE", "").split(":")
    with contextlib.suppress(AttributeError, ValueError):  # no LC_MESSAGES on Windows
        names.append(locale.getlocale(locale.LC_MESSAGES)[0] or "")
    return [n for n in names if n and n not in ("C", "POSIX") and not n.startswith("C.")]


def install_command_language(argv: Sequence[str]) -> str:
    """Install the catalogue of --lang (else the system's shipped language, else English) for
    every later message; returns the code. An unknown --lang is left for argparse to refuse."""
    from collab_desktop.io.translation_catalogue import install_catalogue
    from collab_desktop.resources_path import translations_dir

    given = language_in(argv)
    code = language_code(given) if given is not None else None
    if code is None:
        code = first_shipped(system_locale_names())
    install_catalogue(translations_dir(), code)
    return code
