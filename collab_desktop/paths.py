"""Where Collab Desktop keeps its files: the database, backups and logs (per-user folders)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from collab_desktop import ORG_NAME

APP_DIR_NAME = "CollabDesktop"
DB_FILE_NAME = "collab-desktop.sqlite"
# Tests and scripts may point every per-user folder somewhere else with this variable.
HOME_ENV = "COLLAB_DESKTOP_HOME"


def data_dir() -> Path:
    """Folder for the default database and its backups (created on demand)."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override) / "data"
    else:
        path = Path(platformdirs.user_data_dir(APP_DIR_NAME, ORG_NAME, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """Folder for the rotating log files (created on demand)."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override) / "logs"
    else:
        path = Path(platformdirs.user_log_dir(APP_DIR_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Folder for the settings file (window layout, recent databases)."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override) / "config"
    else:
        path = Path(platformdirs.user_config_dir(APP_DIR_NAME, ORG_NAME, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database used when no ``--db`` is given."""
    return data_dir() / DB_FILE_NAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups of a database live in a ``backups`` folder beside it."""
    path = Path(db_path).resolve().parent / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
