"""GUI fixtures: the real main window on a per-test database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from main_windows import open_main_window
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from spanish import Entries, SpanishCatalogue, in_spanish_locale


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


@pytest.fixture
def spanish_entries() -> Entries:
    """The messages the spanish fixture translates: none here; a test module overrides it."""
    return {}


@pytest.fixture
def spanish(spanish_entries: Entries) -> Iterator[SpanishCatalogue]:
    """Spanish locale (QLocale's default) and spanish_entries' messages, as before afterwards."""
    with in_spanish_locale(spanish_entries) as catalogue:
        yield catalogue


@pytest.fixture
def english() -> Iterator[None]:
    """English dates whatever the machine's locale (the app sets the default the same way)."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        yield
    finally:
        QLocale.setDefault(before)
