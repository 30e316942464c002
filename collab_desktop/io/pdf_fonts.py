"""Fallback fonts for the characters the bundled DejaVu fonts lack (Chinese, Japanese, Korean, emoji).

The bundled fonts come first; then fonts found on this computer at run time: those named in
COLLAB_DESKTOP_FALLBACK_FONTS, the well-known files of each system (Debian's fonts-droid-fallback
and fonts-symbola, Noto CJK; Windows' Microsoft YaHei, Segoe UI Symbol and Emoji; macOS' own), and
on Linux whatever fontconfig picks for a sample character of each script. A font file is read
(its character map) only when a name needs a character DejaVu lacks, and a document embeds it
only then, so documents without such names cost nothing more.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

ENV_FONTS = "COLLAB_DESKTOP_FALLBACK_FONTS"
LINUX_FONTS = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansSymbols2-Regular.ttf",
)
WINDOWS_FONTS = ("msyh.ttc", "msyh.ttf", "simsun.ttc", "YuGothR.ttc", "msgothic.ttc",
                 "malgun.ttf", "seguisym.ttf", "seguiemj.ttf", "Nirmala.ttf")  # fmt: skip
MAC_FONTS = (
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/AppleSDGothicNeo.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Apple Symbols.ttf",
)
# A character of each script to ask fontconfig about: Chinese, Japanese kana, Korean, an emoji.
SAMPLES = ("4e2d", "3042", "d55c", "1f337")
# What to install when a character has no font, by the first code point of its range.
HINTS = (
    (0x1100, 0x11FF, "Korean"),
    (0x2E80, 0x9FFF, "Chinese or Japanese"),
    (0xA960, 0xA97F, "Korean"),
    (0xAC00, 0xD7FF, "Korean"),
    (0xF900, 0xFAFF, "Chinese or Japanese"),
    (0xFF00, 0xFFEF, "Chinese or Japanese"),
    (0x1F000, 0x1FAFF, "emoji"),
    (0x20000, 0x3FFFF, "Chinese"),
)
INSTALL = (
    "install a font that has them (Debian and Ubuntu: fonts-droid-fallback for Chinese and "
    "Japanese, fonts-noto-cjk for Korean too, fonts-symbola for emoji) or name its file in "
    + ENV_FONTS
)


def _fontconfig_files() -> list[str]:
    """The files fontconfig picks for each sample character (Linux and other Unix)."""
    tool = shutil.which("fc-match")
    if tool is None:
        return []
    found = []
    for code in SAMPLES:
        try:
            done = subprocess.run([tool, "-f", "%{file}", f":charset={code}"],
                                  capture_output=True, text=True, timeout=10, check=False)  # fmt: skip
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0 and done.stdout.strip():
            found.append(done.stdout.strip())
    return found


def candidate_files() -> list[str]:
    """Font files worth trying after the bundled ones, in order, existing ones only."""
    names = [p for p in os.environ.get(ENV_FONTS, "").split(os.pathsep) if p.strip()]
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        names += [str(folder / name) for name in WINDOWS_FONTS]
    elif sys.platform == "darwin":
        names += list(MAC_FONTS)
    else:
        names += list(LINUX_FONTS)
        names += _fontconfig_files()
    seen: set[str] = set()
    files = []
    for name in names:
        path = str(Path(name).expanduser())
        if path not in seen and Path(path).is_file():
            seen.add(path)
            files.append(path)
    return files


@cache
def fallback_files() -> tuple[str, ...]:
    """The fallback fonts of this computer, looked for once per run."""
    files = tuple(candidate_files())
    log.info("PDF fallback fonts: %s", ", ".join(files) or "none")
    return files


@cache
def character_map(path: str) -> frozenset[int]:
    """The characters a font file has glyphs for (empty when it cannot be read)."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(path, lazy=True, fontNumber=0) as font:
            return frozenset(font.getBestCmap() or ())
    except Exception as exc:  # noqa: BLE001 - a damaged or odd font is skipped, not fatal
        log.warning("PDF fallback font %s cannot be read: %s", path, exc)
        return frozenset()


def font_for(code: int) -> str | None:
    """The first fallback font file that has a glyph for the code point, if any."""
    for path in fallback_files():
        if code in character_map(path):
            return path
    return None


_reported: set[str] = set()


def report_missing(code: int) -> None:
    """Log once per kind of script that no font here can print a character of it."""
    kind = next((name for low, high, name in HINTS if low <= code <= high), f"U+{code:04X}")
    if kind in _reported:
        return
    _reported.add(kind)
    log.warning(
        "No font on this computer has %s characters (first seen: U+%04X); they print as a box. "
        "To print them, %s.", kind, code, INSTALL,
    )  # fmt: skip
