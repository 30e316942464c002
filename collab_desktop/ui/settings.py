"""Window layout and preferences in an INI file in the per-user config folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from collab_desktop.domain.database_address import without_password

MAX_RECENT = 8


def app_settings() -> QSettings:
    """The app's settings file (never the registry, so tests and users can find it)."""
    from collab_desktop.paths import config_dir

    return QSettings(str(config_dir() / "settings.ini"), QSettings.Format.IniFormat)


def recent_databases() -> list[str]:
    value = app_settings().value("recent_databases", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or [])]


def remember_database(path: str) -> list[str]:
    """Put path (a file, or a server's URL: its password is taken out, it is never written to
    the settings) first in the recent list (no duplicates, at most MAX_RECENT)."""
    path = without_password(path)
    items = [p for p in recent_databases() if p != path]
    items.insert(0, path)
    items = items[:MAX_RECENT]
    settings = app_settings()
    settings.setValue("recent_databases", items)
    settings.sync()
    return items


CONSENT_KEY = "privacy/exports_need_consent"


def exports_need_consent() -> bool:
    """True when rosters and sign-up sheets leave out contacts without recorded consent."""
    return app_settings().value(CONSENT_KEY, False, type=bool)


def set_exports_need_consent(value: bool) -> None:
    settings = app_settings()
    settings.setValue(CONSENT_KEY, bool(value))
    settings.sync()


LANGUAGE_KEY = "view/language"


def saved_language() -> str | None:
    """The language chosen in View > Language (a code), None when never chosen."""
    value = app_settings().value(LANGUAGE_KEY, "")
    return str(value) if value else None


def save_language(code: str) -> None:
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()
