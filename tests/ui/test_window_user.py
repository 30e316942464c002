"""``collab-desktop --user NAME`` with no command: the window's changes are recorded under NAME."""

from __future__ import annotations

import pytest

from collab_desktop import app
from collab_desktop.store import acting_user


def test_user_option_names_the_windows_changes(monkeypatch: pytest.MonkeyPatch, db) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def run_gui(db_arg: str | None, lang_arg: str | None = None) -> int:
        seen["db"] = db_arg
        seen["user"] = acting_user.acting_user(db.engine)
        return 0

    monkeypatch.setattr("collab_desktop.ui.app.run_gui", run_gui)
    try:
        assert app.main(["--db", "team.sqlite", "--user", "  dana "]) == 0
    finally:
        acting_user.set_user(None)
    assert seen == {"db": "team.sqlite", "user": "dana"}
    assert acting_user.acting_user(db.engine) == acting_user.login_name()
