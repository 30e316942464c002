"""File > Documents in the window: badges written in the background, mailto: links opened."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog

from collab_desktop.store.models import Contact, LearningSession, Registration


@pytest.fixture
def gathering(db) -> int:  # noqa: ANN001
    with db.session() as s:
        session = LearningSession(
            collaborative_id=None, title="Annual gathering",
            start_at=datetime(2027, 10, 15, 13, tzinfo=UTC), end_at=datetime(2027, 10, 15, 21, tzinfo=UTC),
            timezone="America/New_York",
        )  # fmt: skip
        s.add(session)
        s.flush()
        for i, name in enumerate(("Ana", "Zoë", "سلمى")):
            person = Contact(first_name=name, last_name="Test", email=f"p{i}@example.org",
                             email_key=f"p{i}@example.org", organization="Riverside Clinic")  # fmt: skip
            s.add(person)
            s.flush()
            s.add(Registration(session_id=session.id, contact_id=person.id))
        return session.id


def test_documents_menu_writes_badges_and_opens_mail(
    window, gathering: int, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    docs = window.documents
    assert docs.menu.menuAction() in window.file_menu.actions()
    docs.current_session = lambda: gathering
    out = tmp_path / "badges.pdf"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (a[3][1], True)))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    docs.badges.trigger()
    qtbot.waitUntil(lambda: "3 badge(s) written" in window.statusBar().currentMessage())
    window.ctx.tasks.wait()
    assert out.read_bytes().startswith(b"%PDF")

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()))
    )
    docs.mailto.trigger()
    assert len(opened) == 1 and opened[0].startswith("mailto:?subject=Reminder")
    assert "p0@example.org" in opened[0]
