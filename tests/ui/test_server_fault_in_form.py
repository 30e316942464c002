"""The team server stops while a contact is being edited: Save shows one line, the typed data
stays in the form, and Save works again once the server is back."""

from __future__ import annotations

import pytest
from main_windows import open_main_window
from own_postgres import own_pg_server  # noqa: F401 - the fixture

from collab_desktop.services.directory.contacts import list_contacts

# The server is killed under open connections: the driver objects the pool drops then may be
# collected still "open", and Python warns (ResourceWarning) whenever the collector gets to them.
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


def test_save_during_a_server_stop_keeps_the_form_for_a_retry(qtbot, own_pg_server) -> None:  # noqa: ANN001, F811
    from collab_desktop.store.open import open_database

    own_pg_server.admin_execute("CREATE DATABASE team")
    db, _ = open_database(own_pg_server.url("team"))
    window = open_main_window(qtbot, db)
    tab = window.contacts_tab
    window.tabs.setCurrentWidget(tab)
    reid = next(r for r in tab.table.model.records() if r.last_name == "Reid")
    tab.table.select_id(reid.id)
    tab.org_edit.setText("Typed while the server was down")
    qtbot.keyClicks(tab.notes_edit, "Call back on Monday.")

    own_pg_server.kill()
    assert tab.save() is False

    message = tab.form.general_error_text()
    assert message.startswith("Cannot reach the database server"), message
    assert "Try again once the server is back." in message
    assert "\n" not in message
    assert tab.form.is_dirty()
    assert tab.org_edit.text() == "Typed while the server was down"
    assert tab.notes_edit.toPlainText().endswith("Call back on Monday.")
    window.grab().save("/tmp/team-moves-server-fault.png")

    own_pg_server.resume()
    assert tab.save() is True
    assert not tab.form.is_dirty()
    assert tab.form.general_error_text() == ""
    saved = next(c for c in list_contacts(window.ctx.db) if c.id == reid.id)
    assert saved.organization == "Typed while the server was down"
    assert saved.notes.endswith("Call back on Monday.")
    window.ctx.tasks.wait()
    window.ctx.db.dispose()
