"""The window warns once, without blocking, when its database file is in a synced folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from collab_desktop.ui.file_location_warning import TITLE, warn_about_file_location


def test_a_synced_folder_gets_a_warning(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    box = warn_about_file_location(parent, tmp_path / "OneDrive" / "collab.sqlite")
    assert box is not None and box.isVisible()
    assert box.windowTitle() == TITLE
    assert "OneDrive folder" in box.text() and "team server" in box.text()
    box.close()


def test_a_local_file_or_a_server_gets_none(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    assert warn_about_file_location(parent, tmp_path / "collab.sqlite") is None
    assert warn_about_file_location(parent, None) is None
