"""A warning dialog when the open database file is on a network share or in a synced folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("FileLocationWarning", "This database file is at risk")


def warn_about_file_location(parent: QWidget, path: Path | None) -> QMessageBox | None:
    """Show (without blocking) why the file's place is unsafe, once, after it opened; the box,
    or None when the file is on this computer's own disk (or the database is on a server)."""
    if path is None:
        return None
    from collab_desktop.store.file_location import location_warning

    text = location_warning(path)
    if text is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("FileLocationWarning", TITLE),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(
        translate(
            "FileLocationWarning",
            "A team database on a PostgreSQL server lets several coordinators work on the same "
            "data safely; ask whoever looks after your servers for one.",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
