"""The offline copy in the window: opened read-only, without a question, when the team database
cannot be reached at start; marked by a bar with its age; the server asked again; Reconnect."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from collab_desktop.domain.records import ContactRecord
from collab_desktop.services.directory.contacts import list_contacts, save_contact
from collab_desktop.services.safety.offline_copy import (
    offline_copy_info,
    offline_copy_path,
    refresh_offline_copy,
)
from collab_desktop.store.open import open_database


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _copy_for(pg_url: str, other_url: str) -> None:
    """An offline copy taken of pg_url's data, kept under other_url (a server now away)."""
    db, _ = open_database(pg_url)
    try:
        save_contact(db, ContactRecord(first_name="Ana", last_name="Offline", email="ana@x.org"))
        info = refresh_offline_copy(db)
    finally:
        db.dispose()
    target = offline_copy_path(other_url)
    if target == info.path:
        return
    shutil.copyfile(info.path, target)
    shutil.copyfile(Path(str(info.path) + ".json"), Path(str(target) + ".json"))


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


def test_an_unreachable_server_at_start_opens_its_offline_copy_read_only_with_a_bar(
    qtbot,
    pg_url: str,
    clock,
    tmp_path: Path,
    monkeypatch,
    no_boxes,  # noqa: ANN001
) -> None:
    from datetime import timedelta

    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    away = f"postgresql://postgres@127.0.0.1:{_closed_port()}/collab"
    _copy_for(pg_url, away)
    clock.advance(timedelta(hours=5))
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 3)
    monkeypatch.setattr(
        "collab_desktop.logging_setup.setup_logging", lambda *_a, **_k: tmp_path / "x.log"
    )

    assert app_module.run_gui(away) == 3
    window = shown[-1]
    qtbot.addWidget(window)
    try:
        assert no_boxes == []  # no question: the copy opened by itself
        db = window.ctx.db
        assert db.read_only and db.path == offline_copy_path(away)
        assert [c.email for c in list_contacts(db) if c.last_name == "Offline"] == ["ana@x.org"]
        feature = window.offline_copy
        assert feature.banner is not None and not feature.banner.isHidden()
        text = feature.banner.message.text()
        assert "offline copy" in text and "5 hours old" in text and "read-only" in text
        assert "Cannot reach the database server" in text
        assert feature.banner.reconnect.accessibleName()
        assert feature.reconnect_action.isEnabled()
        assert not feature.refresh_action.isEnabled()
        assert "(read-only)" in window.windowTitle()
        assert feature.label.text().startswith("Offline copy: ")
    finally:
        window.ctx.tasks.wait()
        window.offline_copy.retry_timer.stop()
        window.offline_copy.runner.wait()
        window.ctx.db.dispose()


def _window_on_copy(qtbot, pg_url: str, url_away: str):  # noqa: ANN001, ANN202
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    _copy_for(pg_url, url_away)
    info = offline_copy_info(url_away)
    copy, _ = open_database(info.path, read_only=True)
    window = MainWindow(copy)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.offline_copy.show_offline(url_away, info, "")
    return window, info


def test_the_server_is_asked_again_with_growing_pauses(
    qtbot, pg_url: str, clock, monkeypatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui.features.offline_copy import RETRY_PAUSES_MS

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: said.append(text))

    away = f"postgresql://postgres@127.0.0.1:{_closed_port()}/collab"
    window, _info = _window_on_copy(qtbot, pg_url, away)
    feature = window.offline_copy
    try:
        assert feature.retry_timer.isActive()
        assert feature.retry_timer.interval() == RETRY_PAUSES_MS[0]
        feature.retry_timer.stop()
        feature.ask_server()
        qtbot.waitUntil(lambda: feature._retry == 1, timeout=20000)
        assert feature.retry_timer.interval() == RETRY_PAUSES_MS[1]
        assert not feature.server_back
        assert not feature.reconnect()  # still away: stays on the copy, says why
        assert said and "Cannot reach the database server" in said[0]
        assert window.ctx.db.read_only and feature.offline_url == away
    finally:
        feature.retry_timer.stop()
        feature.runner.wait()
        window.ctx.tasks.wait()
        window.ctx.db.dispose()


def test_once_the_server_answers_reconnect_switches_back_and_the_bar_goes(
    qtbot,
    pg_url: str,
    clock,
    monkeypatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a, **_k: None)
    window, _info = _window_on_copy(qtbot, pg_url, pg_url)
    feature = window.offline_copy
    try:
        feature.retry_timer.stop()
        feature.ask_server()
        qtbot.waitUntil(lambda: feature.server_back, timeout=20000)
        assert "can be reached again" in feature.banner.message.text()
        assert feature.reconnect()
        assert window.ctx.db.path is None and not window.ctx.db.read_only
        assert feature.banner.isHidden() and feature.offline_url is None
        assert not feature.reconnect_action.isEnabled() and feature.refresh_action.isEnabled()
    finally:
        feature.runner.wait()
        window.ctx.tasks.wait()
        window.ctx.db.dispose()


def test_on_the_server_the_copy_is_refreshed_and_its_size_and_age_shown(
    qtbot,
    pg_url: str,
    clock,  # noqa: ANN001
) -> None:
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    db, _ = open_database(pg_url)
    window = MainWindow(db)
    qtbot.addWidget(window)
    feature = window.offline_copy
    try:
        assert feature.label.text() == "No offline copy yet"
        feature.refresh(force=True)
        assert feature.busy
        qtbot.waitUntil(lambda: not feature.busy, timeout=30000)
        info = offline_copy_info(pg_url)
        assert info is not None and info.path.exists()
        assert feature.label.text().startswith("Offline copy: ")
        assert feature.label.text().endswith("less than a minute old")
        assert str(info.path) in feature.label.toolTip()
        # Not due again the same day: a second refresh takes nothing.
        feature.refresh(force=False)
        qtbot.waitUntil(lambda: not feature.busy, timeout=30000)
        assert offline_copy_info(pg_url) == info
    finally:
        feature.runner.wait()
        window.ctx.tasks.wait()
        window.ctx.db.dispose()
