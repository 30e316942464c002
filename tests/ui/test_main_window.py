"""Main window: menus, layout persistence, switching databases, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox


def test_menus_and_status_bar(window, db_path: Path) -> None:  # noqa: ANN001
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:2] == ["File", "Edit"] and titles[-1] == "Help"
    assert str(db_path) in window.db_label.text()
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.delete_action.shortcut().toString() == "Del"
    assert window.tabs.count() >= 3


def test_last_tab_is_remembered(qtbot, db) -> None:  # noqa: ANN001
    from collab_desktop.ui.main_window import MainWindow

    first = MainWindow(db)
    qtbot.addWidget(first)
    first.tabs.setCurrentIndex(2)
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2


def test_switch_to_new_database(window, tmp_path: Path) -> None:  # noqa: ANN001
    other = tmp_path / "other.sqlite"
    assert window.switch_database(other)
    assert str(other) in window.db_label.text()
    assert window.collaboratives_tab.table.model.rowCount() == 4
    assert other.name in window.windowTitle()


def test_open_foreign_file_is_refused(window, tmp_path: Path, monkeypatch, db_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    assert not window.switch_database(bad)
    assert "not a Collab Desktop database" in shown[0]
    assert str(db_path) in window.db_label.text()


def test_about_names_data_location(window, monkeypatch, db_path: Path) -> None:  # noqa: ANN001
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, _t, text: shown.append(text)))
    window.about_action.trigger()
    assert str(db_path) in shown[0]
    assert "not meant for health information" in shown[0].replace("\n", " ")


def test_consent_setting_is_remembered(window) -> None:  # noqa: ANN001
    from collab_desktop.ui.settings import exports_need_consent

    assert not window.consent_action.isChecked() and not exports_need_consent()
    window.consent_action.trigger()
    assert exports_need_consent()
