"""Logging to a rotating file in the per-user log folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE_NAME = "collab-desktop.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records to a rotating file (5 x 1 MB); returns the file's path."""
    from collab_desktop.paths import log_dir

    path = log_dir() / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
