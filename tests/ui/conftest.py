"""GUI fixtures: the real main window on a per-test database."""

from __future__ import annotations

import pytest
from main_windows import open_main_window
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def window(qtbot, db):  # noqa: ANN001, ANN201
    win = open_main_window(qtbot, db)
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
