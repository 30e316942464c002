"""Which paper a printout defaults to: Letter where it is the custom, A4 everywhere else."""

from __future__ import annotations

import locale
import os

A4, LETTER = "a4", "letter"
# Where paper is Letter rather than A4 (the Americas that follow the US paper sizes), as the
# ISO 3166 territory codes of locale names such as en_US or es_MX.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO"}
)
# Windows spells its locale names out (English_United States.1252).
LETTER_NAMES = ("united states", "canada", "mexico", "puerto rico", "philippines", "chile",
                "colombia", "venezuela", "guatemala", "costa rica", "panama", "dominican")  # fmt: skip


def paper_for_locale(name: str | None) -> str:
    """Letter for a locale name of a Letter territory (en_US, fr_CA.UTF-8, ...), else A4."""
    if not name:
        return A4
    base = name.split(".")[0].split("@")[0]
    if "_" in base and base.rsplit("_", 1)[1].upper() in LETTER_TERRITORIES:
        return LETTER
    if "-" in base and base.rsplit("-", 1)[1].upper() in LETTER_TERRITORIES:
        return LETTER
    return LETTER if any(word in base.lower() for word in LETTER_NAMES) else A4


def default_paper() -> str:
    """The paper of the user's locale: LC_PAPER or LC_ALL or LANG, else the C library's."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        if os.environ.get(variable):
            return paper_for_locale(os.environ[variable])
    try:
        return paper_for_locale(locale.getlocale()[0])
    except ValueError:
        return A4
