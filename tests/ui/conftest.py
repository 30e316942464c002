"""GUI fixtures: the real main window on a per-test database."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def window(qtbot, db):  # noqa: ANN001, ANN201
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    win = MainWindow(db)

    def forget_edits(w) -> None:  # noqa: ANN001
        # Closing at teardown must not stop on an unsaved-edits question nobody will answer.
        for tab in w.record_tabs():
            tab.form.set_dirty(False)

    qtbot.addWidget(win, before_close_func=forget_edits)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ctx.tasks.wait()


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Set the answer every QMessageBox.question gets; returns the list of questions asked."""
    asked: list[str] = []
    state = {"answer": QMessageBox.StandardButton.Yes}

    def question(_parent, _title, text, *_args, **_kwargs):  # noqa: ANN001, ANN202
        asked.append(text)
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    def set_answer(button: QMessageBox.StandardButton) -> list[str]:
        state["answer"] = button
        return asked

    return set_answer
