"""The window on a team database (a real PostgreSQL server): opened at start from
COLLAB_DESKTOP_DB, File > Connect to team database with Test connection, Open recent without
passwords, the status bar and About, and File > Move this database to a team server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from collab_desktop.domain.database_address import address_from_url
from collab_desktop.domain.records import CollaborativeRecord, ContactRecord
from collab_desktop.services.directory.collaboratives import list_collaboratives, save_collaborative
from collab_desktop.services.directory.contacts import list_contacts, save_contact
from collab_desktop.store.open import open_database

# Set to a folder to keep pictures of the dialogs, status bar, About and recent menu to look at.
SHOTS = os.environ.get("COLLAB_SCREENSHOTS")


def _shoot(widget, name: str) -> None:  # noqa: ANN001
    picture = widget.grab()
    assert not picture.isNull()
    if SHOTS:
        picture.save(str(Path(SHOTS) / f"team-connect-{name}.png"))


def _add_collaborative(target: str | Path, name: str) -> None:
    db, _ = open_database(target)
    try:
        save_collaborative(db, CollaborativeRecord(name=name, short_name=name[:8]))
    finally:
        db.dispose()


def _quiet_logging(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """run_gui sets up file logging for the whole process; tests keep it out."""
    monkeypatch.setattr(
        "collab_desktop.logging_setup.setup_logging", lambda *_a, **_k: tmp_path / "x.log"
    )


def _names(window) -> set[str]:  # noqa: ANN001
    return {c.name for c in list_collaboratives(window.ctx.db)}


def _settings_text() -> str:
    from collab_desktop.paths import config_dir

    return (config_dir() / "settings.ini").read_text(encoding="utf-8")


# --- start-up -------------------------------------------------------------------------------


def test_start_opens_the_database_named_by_collab_desktop_db(
    qtbot, pg_url: str, pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    _add_collaborative(pg_url, "Sepsis Bundle Network")
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    seen: dict[str, object] = {}

    def exec_(*_a) -> int:  # noqa: ANN002
        window = shown[0]
        window.resize(1000, 640)
        seen["status"] = window.db_label.text()
        seen["title"] = window.windowTitle()
        seen["names"] = _names(window)
        _shoot(window.statusBar(), "status-bar")
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    monkeypatch.setenv("COLLAB_DESKTOP_DB", pg_url)
    _quiet_logging(monkeypatch, tmp_path)
    assert app_module.run_gui(None) == 0
    name = address_from_url(pg_url).database
    assert seen["status"] == f"PostgreSQL · {name} on 127.0.0.1:{pg_server.port} as postgres"
    assert seen["title"].startswith(f"{name} on 127.0.0.1 (team) — ")
    assert "Sepsis Bundle Network" in seen["names"]
    shown[0].deleteLater()


def test_start_opens_a_file_named_by_collab_desktop_db_too(
    qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    monkeypatch.setenv("COLLAB_DESKTOP_DB", str(db_path))
    _quiet_logging(monkeypatch, tmp_path)
    assert app_module.run_gui(None) == 0
    window = shown[0]
    assert window.ctx.db.path == db_path
    assert window.db_label.text() == f"SQLite · {db_path}"
    window.safety.release_all()
    window.ctx.db.dispose()
    window.deleteLater()


def _answer_box(monkeypatch: pytest.MonkeyPatch, answers: list[str], before=None) -> list[str]:  # noqa: ANN001
    """QMessageBox.exec clicks the buttons named in answers, in turn; returns the texts shown."""
    texts: list[str] = []

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        if before is not None:
            before(box)
        wanted = answers[len(texts) - 1]
        button = next(b for b in box.buttons() if b.text().replace("&", "") == wanted)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


def test_a_missing_server_database_at_start_says_why_and_retry_opens_it_once_there(
    qtbot, pg_server, pg_template: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    name = f"later_{os.getpid()}"
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: len(_names(shown[0])))

    def create_it(box: QMessageBox) -> None:
        box.show()  # laid out as on screen, for the picture
        qtbot.waitExposed(box)
        _shoot(box, "start-failure")
        box.hide()
        # The administrator creates it while the question is on screen.
        pg_server.admin_execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")

    texts = _answer_box(monkeypatch, ["Retry"], before=create_it)
    _quiet_logging(monkeypatch, tmp_path)
    try:
        assert app_module.run_gui(pg_server.url(name)) == 4
        assert len(texts) == 1
        assert f"The database {name} does not exist on the server" in texts[0]
        assert "Traceback" not in texts[0]
        assert shown[0].db_label.text().startswith("PostgreSQL · ")
    finally:
        if shown and shown[0].ctx is not None:
            shown[0].ctx.tasks.wait()
            shown[0].ctx.db.dispose()
        pg_server.admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_an_unreachable_server_at_start_can_be_left_for_a_local_file_or_quit(
    qtbot, pg_server, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QFileDialog

    from collab_desktop.ui import app as app_module
    from collab_desktop.ui.main_window import MainWindow

    closed_port = _closed_port()
    url = f"postgresql://postgres@127.0.0.1:{closed_port}/collab"
    shown: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "show", lambda self: shown.append(self))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 7)
    _quiet_logging(monkeypatch, tmp_path)

    texts = _answer_box(monkeypatch, ["Quit"])
    assert app_module.run_gui(url) == 1
    assert texts[0].startswith(
        f"Cannot reach the database server (postgresql://postgres@127.0.0.1:{closed_port}/collab)"
    )

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(db_path), ""))
    texts = _answer_box(monkeypatch, ["Open a local file…"])
    assert app_module.run_gui(url) == 7
    window = shown[-1]
    assert window.ctx.db.path == db_path
    assert window.db_label.text() == f"SQLite · {db_path}"
    window.safety.release_all()
    window.ctx.db.dispose()
    window.deleteLater()


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- File > Connect to team database ------------------------------------------------------


def _fill(dialog, url: str, password: str = "") -> None:  # noqa: ANN001
    dialog.fields.set_address(address_from_url(url))
    dialog.fields.password.setText(password)


def _test_connection(qtbot, dialog) -> str:  # noqa: ANN001
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.test_button.isEnabled() and bool(dialog.result.text()), timeout=20000
    )
    return dialog.result.text()


def test_test_connection_says_what_the_server_holds_or_why_not(
    qtbot, window, pg_url: str, empty_pg_url: str, pg_server
) -> None:  # noqa: ANN001
    dialog = window.team_database.connect_dialog()
    dialog.open()
    _fill(dialog, pg_url)
    text = _test_connection(qtbot, dialog)
    assert text.startswith("✔ Connected to PostgreSQL ")
    assert "a Collab Desktop database (schema" in text and "ready" in text
    dialog.resize(dialog.sizeHint())
    _shoot(dialog, "connect-dialog-ok")

    _fill(dialog, empty_pg_url)
    assert dialog.result.text() == ""  # an answer about other values is cleared
    assert "The database is empty" in _test_connection(qtbot, dialog)

    _fill(dialog, pg_server.url("no_such_database"))
    text = _test_connection(qtbot, dialog)
    assert text.startswith("✘ The database no_such_database does not exist on the server")
    _shoot(dialog, "connect-dialog-failure")

    _fill(dialog, pg_url)
    dialog.fields.port.setValue(_closed_port())
    assert _test_connection(qtbot, dialog).startswith("✘ Cannot reach the database server")
    # Nothing was opened: the window is still on its file.
    assert window.ctx.db.path is not None
    dialog.reject()


def test_connect_switches_the_window_and_never_stores_the_password(
    qtbot, window, pg_url: str, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui.settings import recent_databases

    _add_collaborative(pg_url, "Team Only Collaborative")
    secret = "not-to-be-kept-4711"
    dialog = window.team_database.connect_dialog()
    dialog.open()
    _fill(dialog, pg_url, password=secret)  # the server trusts this user: the password is unused
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.ctx.db.path is None, timeout=20000)
    assert window.ctx.db.path is None
    assert "Team Only Collaborative" in _names(window)
    name = address_from_url(pg_url).database
    assert window.db_label.text().startswith(f"PostgreSQL · {name} on 127.0.0.1:")
    assert secret not in window.ctx.db.describe()
    settings = _settings_text()
    assert secret not in settings
    assert recent_databases()[0] == pg_url  # the URL without password: the fixture's has none
    # The fields (not the password) come back next time.
    again = window.team_database.connect_dialog()
    assert again.fields.database.text() == name and again.fields.password.text() == ""
    again.reject()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, _t, text: shown.append(text)))
    window.about_action.trigger()
    assert "team database on a PostgreSQL server" in shown[0]
    assert f"{name} on 127.0.0.1:" in shown[0]
    _shoot_about(window, shown[0])


def _shoot_about(window, text: str) -> None:  # noqa: ANN001
    box = QMessageBox(QMessageBox.Icon.NoIcon, "About", text, parent=window)
    box.resize(520, 300)
    _shoot(box, "about")
    box.deleteLater()


def test_a_database_that_cannot_be_opened_keeps_the_dialog_and_what_was_typed(
    qtbot, window, pg_server
) -> None:  # noqa: ANN001
    dialog = window.team_database.connect_dialog()
    dialog.open()
    _fill(dialog, pg_server.url("no_such_database"), password="typed")
    dialog.ok_button.click()
    assert not dialog.ok_button.isEnabled()  # asking the server, off the GUI thread
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20000)
    assert "✘ The database no_such_database does not exist" in dialog.result.text()
    assert dialog.isVisible() and dialog.fields.database.text() == "no_such_database"
    assert dialog.fields.password.text() == "typed"
    assert window.ctx.db.path is not None
    dialog.reject()


def test_open_recent_lists_a_server_without_its_password_and_reopens_it(
    qtbot, window, pg_url: str, pg_server, db_path: Path
) -> None:  # noqa: ANN001
    from collab_desktop.ui.settings import recent_databases

    secret = "s3cret-in-the-url"
    name = address_from_url(pg_url).database
    with_password = pg_server.url(name, password=secret) + "?sslmode=disable"
    assert window.switch_database(with_password)
    assert secret not in _settings_text()
    stored = recent_databases()[0]
    assert stored == f"{pg_url}?sslmode=disable"

    assert window.switch_database(db_path)
    window._fill_recent()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert labels[0] == f"&1  {name} on 127.0.0.1 (team)"
    assert all(secret not in a.statusTip() for a in window.recent_menu.actions())
    window.recent_menu.adjustSize()
    _shoot(window.recent_menu, "recent-menu")
    window.file_menu.adjustSize()
    _shoot(window.file_menu, "file-menu")
    window.recent_menu.actions()[0].trigger()
    assert window.ctx.db.path is None
    assert window.db_label.text() == (
        f"PostgreSQL · {name} on 127.0.0.1:{pg_server.port} as postgres"
    )
    assert window.collaboratives_tab.table.model.rowCount() == 4


# --- File > Move this database to a team server -----------------------------------------


def test_move_copies_the_file_into_an_empty_server_database_and_opens_it(
    qtbot, window, empty_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    save_contact(
        window.ctx.db, ContactRecord(first_name="Rosa", last_name="Moved", email="r@x.org")
    )
    contacts = len(list_contacts(window.ctx.db))
    asked: list[str] = []

    def question(_p, _t, text, *_a, **_k):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert window.team_database.move_action.isEnabled()
    dialog = window.team_database.move_dialog()
    dialog.open()
    _fill(dialog, empty_pg_url)
    dialog.resize(dialog.sizeHint())
    _shoot(dialog, "move-dialog")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.ctx.db.path is None, timeout=60000)
    assert "Copied 4 collaboratives, " in asked[0] and "Open the team database now?" in asked[0]
    assert window.team_database.last_move.tables["contacts"] == contacts
    assert any(c.last_name == "Moved" for c in list_contacts(window.ctx.db))
    assert window.db_label.text().startswith("PostgreSQL · ")
    # A server database cannot be moved again from here, nor backed up or restored as a file.
    assert not window.team_database.move_action.isEnabled()
    assert not window.safety.backup_action.isEnabled()
    assert not window.safety.restore_action.isEnabled()


def test_move_refuses_a_server_database_that_is_not_empty(
    qtbot, window, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    _add_collaborative(pg_url, "Already There")
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: told.append(text))
    )
    dialog = window.team_database.move_dialog()
    dialog.open()
    _fill(dialog, pg_url)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    assert "is not empty" in told[0] and "nothing was copied" in told[0]
    assert dialog.isVisible() and dialog.ok_button.isEnabled() and dialog.test_button.isEnabled()
    assert window.ctx.db.path is not None
    db, _ = open_database(pg_url)
    try:
        names = {c.name for c in list_collaboratives(db)}
    finally:
        db.dispose()
    assert "Already There" in names and len(names) == 5
    dialog.reject()


def test_cancel_during_the_move_still_tells_what_was_copied(
    qtbot, window, empty_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QProgressDialog

    asked: list[str] = []

    def question(_p, _t, text, *_a, **_k):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Cancel  # stay on the file

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = window.team_database.move_dialog()
    dialog.open()
    _fill(dialog, empty_pg_url)
    dialog.ok_button.click()
    # The server is checked first, then the copy starts with its progress dialog.
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QProgressDialog)), timeout=20000)
    progress = dialog.findChildren(QProgressDialog)
    assert not dialog.ok_button.isEnabled()  # no second copy while this one runs
    progress[0].cancel()  # the copy is one transaction: it finishes, and says so
    qtbot.waitUntil(lambda: bool(asked), timeout=60000)
    assert asked[0].startswith("Copied 4 collaboratives, ")
    assert window.ctx.db.path is not None  # the user chose to stay on the file
    db, _ = open_database(empty_pg_url)
    try:
        assert len(list_collaboratives(db)) == 4
    finally:
        db.dispose()


def test_the_settings_never_receive_a_password() -> None:
    from collab_desktop.ui.settings import recent_databases, remember_database

    remember_database("postgresql+psycopg://dana:hunter2@db.example.org/collab?password=hunter2")
    assert recent_databases()[0] == "postgresql://dana@db.example.org/collab"
    assert "hunter2" not in _settings_text()


def test_connect_by_service_name(
    qtbot, window, pg_url: str, pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui.settings import recent_databases

    name = address_from_url(pg_url).database
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[team]\nhost=127.0.0.1\nport={pg_server.port}\ndbname={name}\nuser=postgres\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    dialog = window.team_database.connect_dialog()
    dialog.open()
    dialog.fields.by_service.setChecked(True)
    assert not dialog.fields.host.isEnabled()
    assert dialog.fields.problem() == "Give the service name."
    dialog.fields.service.setText("team")
    assert "a Collab Desktop database (schema" in _test_connection(qtbot, dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.ctx.db.path is None, timeout=20000)
    assert window.db_label.text() == "PostgreSQL · service team"
    assert recent_databases()[0] == "postgresql://?service=team"


def test_a_recent_server_that_cannot_be_opened_brings_the_filled_in_connect_dialog(
    qtbot, window, pg_server, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.team_database_dialog import TeamDatabaseDialog
    from collab_desktop.ui.settings import remember_database

    remember_database(pg_server.url("dropped_since"))
    offered: list[tuple[str, str, str]] = []

    def exec_(dialog: TeamDatabaseDialog) -> int:
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=20000)
        fields = dialog.fields
        offered.append((fields.database.text(), fields.host.text(), dialog.result.text()))
        return TeamDatabaseDialog.DialogCode.Rejected

    monkeypatch.setattr(TeamDatabaseDialog, "exec", exec_)
    window._fill_recent()
    window.recent_menu.actions()[0].trigger()
    assert offered[0][:2] == ("dropped_since", "127.0.0.1")
    assert offered[0][2].startswith("✘ The database dropped_since does not exist")
    assert window.ctx.db.path is not None


def test_opening_off_the_gui_thread_gives_the_database_or_the_reason(
    qtbot, pg_url: str, pg_server
) -> None:  # noqa: ANN001
    from collab_desktop.ui.database_opening import try_to_open

    db, why = try_to_open(pg_url, in_background=True)
    try:
        assert why == "" and {c.name for c in list_collaboratives(db)}
    finally:
        db.dispose()
    db, why = try_to_open(pg_server.url("nowhere"), in_background=True)
    assert db is None and why.startswith("The database nowhere does not exist")
