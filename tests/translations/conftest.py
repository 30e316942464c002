"""The repository's translation files, its build script, and a clean language around each test."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from collab_desktop.domain.translation import set_translator
from collab_desktop.resources_path import TRANSLATIONS_ENV
from tests.translations_paths import TRANSLATIONS


@pytest.fixture(autouse=True)
def checkout_catalogues(monkeypatch: pytest.MonkeyPatch) -> Path:
    """The catalogues of this checkout (not those of whatever copy of the package is installed),
    and English sources again after the test."""
    monkeypatch.setenv(TRANSLATIONS_ENV, str(TRANSLATIONS))
    yield TRANSLATIONS
    set_translator(None)


@pytest.fixture(scope="session")
def update_script() -> ModuleType:
    """resources/translations/update.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
