"""The one way to find shipped resources, in a source tree, an installed wheel or a frozen app."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def resource_root() -> Path:
    """Folder holding icons, the style sheet and first-run data."""
    return Path(str(resources.files("collab_desktop.resources")))


def resource(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource("icons", "contact.svg")``."""
    return resource_root().joinpath(*parts)


def user_guide() -> Path:
    """The user guide (Markdown, screenshots in images/ beside it), shipped as package data."""
    return Path(str(resources.files("collab_desktop.docs"))) / "user-guide.md"


# Set to a folder of .ts/.qm catalogues to use instead of the shipped ones (a translator trying
# a new translation without reinstalling; a source checkout's own files).
TRANSLATIONS_ENV = "COLLAB_DESKTOP_TRANSLATIONS"


def translations_dir() -> Path:
    """Folder of the translation catalogues (collab_desktop_<lang>.ts and .qm)."""
    override = os.environ.get(TRANSLATIONS_ENV, "").strip()
    return Path(override).expanduser() if override else resource("translations")
