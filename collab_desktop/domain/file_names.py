"""File names made from people's names and titles that every system accepts, Windows included."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
# Names Windows keeps for devices, with or without an extension.
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(10)}
MAX_STEM = 80


def safe_stem(text: str, fallback: str = "document") -> str:
    """A file name without extension: no characters Windows refuses, no trailing dots or
    spaces, not a device name, at most MAX_STEM characters; ``fallback`` when nothing is left."""
    text = unicodedata.normalize("NFC", text or "")
    text = _FORBIDDEN.sub(" ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cs", "Co"))
    text = re.sub(r"\s+", " ", text).strip().strip(".").strip()
    text = text[:MAX_STEM].rstrip(" .")
    if not text or text.split(".")[0].upper() in _RESERVED:
        text = f"{fallback} {text}".strip() if text else fallback
    return text


def unique_name(stem: str, suffix: str, taken: Callable[[str], bool]) -> str:
    """``stem + suffix``, or ``stem (2) + suffix`` and so on while ``taken`` says it is in use.

    Windows and macOS see names that differ only in case as one file: ``taken`` should too."""
    name = f"{stem}{suffix}"
    n = 2
    while taken(name):
        name = f"{stem} ({n}){suffix}"
        n += 1
    return name
