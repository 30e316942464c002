"""File > Documents dialogs: certificates over a date range, certificate settings, e-mail templates."""

from __future__ import annotations

import os
import struct
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from document_pdfs import pdf_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from collab_desktop.services.documents.certificate_settings import certificate_settings
from collab_desktop.services.documents.email_drafts import email_template
from collab_desktop.store.models import Collaborative, Contact, LearningSession, Registration

ESTAR = "LHS E-STaR: LHS Scientists Collaborative"
SHOTS = os.environ.get("COLLAB_SCREENSHOTS")  # a folder: the dialogs are saved there as PNG


def shot(widget, name: str, tmp_path: Path) -> Path:  # noqa: ANN001
    """Grab the widget as a picture (into COLLAB_SCREENSHOTS when set, to look at)."""
    path = Path(SHOTS or tmp_path) / f"documents-{name}.png"
    assert widget.grab().save(str(path))
    return path


def png(width: int = 60, height: int = 20) -> bytes:
    """A small real PNG: a dark stroke on white."""
    rows = b"".join(
        b"\x00" + b"".join(b"\x20\x20\x20" if abs(y - x // 3) < 2 else b"\xff\xff\xff"
                           for x in range(width))
        for y in range(height)
    )  # fmt: skip

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))  # fmt: skip


@pytest.fixture
def seminars(db) -> int:  # noqa: ANN001
    """Three E-STaR seminars (Feb 2026, Mar 2026, Feb 2027): Ana at all, Bob at the first."""
    with db.session() as s:
        collab = s.query(Collaborative).filter_by(name=ESTAR).one()
        people = []
        for first in ("Ana", "Bob"):
            person = Contact(first_name=first, last_name="Seminar", email=f"{first}@example.org",
                             email_key=f"{first.lower()}@example.org")  # fmt: skip
            s.add(person)
            s.flush()
            people.append(person)
        for n, start in enumerate((datetime(2026, 2, 10, 17, tzinfo=UTC),
                                   datetime(2026, 3, 10, 16, tzinfo=UTC),
                                   datetime(2027, 2, 9, 17, tzinfo=UTC))):  # fmt: skip
            session = LearningSession(collaborative_id=collab.id, title="LHS learning seminar",
                                      start_at=start, end_at=start + timedelta(hours=1.5),
                                      timezone="America/New_York")  # fmt: skip
            s.add(session)
            s.flush()
            for person in people:
                came = person.first_name == "Ana" or n == 0
                s.add(Registration(session_id=session.id, contact_id=person.id,
                                   status="attended" if came else "absent"))  # fmt: skip
        return collab.id


def test_certificates_for_a_collaborative_over_a_date_range(
    window,
    seminars: int,
    tmp_path: Path,
    qtbot,
    clock,  # noqa: ANN001
) -> None:
    docs = window.documents
    docs.current_session = lambda: None
    dialog = docs.certificates_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.one.isEnabled() and not dialog.series.isEnabled()
    assert dialog.collab.isChecked() and dialog.collab_combo.isEnabled()
    assert dialog.date_from.date() == QDate(2026, 1, 1) and dialog.date_to.date() == QDate(
        2026, 12, 2
    )
    dialog.collab_combo.setCurrentIndex(dialog.collab_combo.findData(seminars))
    dialog.folder_edit.setText(str(tmp_path / "year"))
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, "certificates-dialog", tmp_path)
    for widget in (dialog.collab_combo, dialog.date_from, dialog.date_to, dialog.needed,
                   dialog.folder_edit, dialog.browse):  # fmt: skip
        assert widget.accessibleName(), widget

    dialog.date_to.setDate(QDate(2025, 12, 31))
    dialog.accept()
    assert dialog.isVisible() and "before the first day" in dialog.error.text()
    dialog.date_to.setDate(QDate(2026, 12, 31))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    scope = dialog.scope()
    assert (scope.collaborative_id, scope.start, scope.end) == (
        seminars, date(2026, 1, 1), date(2026, 12, 31))  # fmt: skip
    assert dialog.min_attended() is None

    docs.write_certificates(scope, dialog.min_attended(), dialog.folder())
    qtbot.waitUntil(lambda: "certificate(s) written" in window.statusBar().currentMessage())
    window.ctx.tasks.wait()
    files = sorted(p.name for p in (tmp_path / "year").glob("*.pdf"))
    assert "Ana Seminar.pdf" in files and "Bob Seminar.pdf" not in files, files
    [text] = pdf_text(tmp_path / "year" / "Ana Seminar.pdf")
    assert "Ana Seminar" in text and "2 of 2 sessions" in text and "3 hours" in text


def test_certificate_settings_dialog_saves_through_the_service(
    window,
    db,
    seminars: int,
    tmp_path: Path,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    docs = window.documents
    docs.current_session = lambda: None
    dialog = docs.settings_dialog()
    qtbot.addWidget(dialog, before_close_func=lambda d: d.discard_changes())
    dialog.collab.setCurrentIndex(dialog.collab.findData(seminars))
    dialog.provider.setText("The Dartmouth Institute")
    dialog.signatory_name.setText("Megan Holthoff")
    dialog.signatory_title.setText("Program Director, LHS E-STaR")
    dialog.credits_on.setChecked(True)
    dialog.credit_rate.setValue(1.5)
    dialog.credit_type.setText("")
    picture = tmp_path / "signature.png"
    picture.write_bytes(png())
    dialog.use_picture(picture)
    assert dialog.remove.isEnabled() and not dialog.picture.pixmap().isNull()

    assert not dialog.save(), "credits without a name are refused"
    assert dialog.errors["credit_type"].isVisibleTo(dialog)
    assert "Name the credits" in dialog.errors["credit_type"].text()
    qtbot.keyClicks(dialog.credit_type, "CE contact hours")
    assert not dialog.errors["credit_type"].isVisibleTo(dialog), "typing clears the message"
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, "certificate-settings", tmp_path)
    assert dialog.save_button.shortcut().toString() == "Ctrl+S"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = certificate_settings(db, seminars)
    assert (saved.provider, saved.signatory_name, saved.credit_rate, saved.credit_type) == (
        "The Dartmouth Institute", "Megan Holthoff", 1.5, "CE contact hours")  # fmt: skip
    assert saved.signature_image and not dialog.is_dirty()
    assert not dialog.errors["credit_type"].isVisibleTo(dialog)

    (tmp_path / "not-a-picture.png").write_text("hello")
    dialog.use_picture(tmp_path / "not-a-picture.png")
    assert "PNG or JPEG" in dialog.errors["signature_image"].text()

    # Unsaved changes are not lost without a question when switching collaboratives.
    dialog.provider.setText("Someone else")
    asked: list[str] = []

    def cancel(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(cancel))
    other = next(i for i in range(dialog.collab.count()) if dialog.collab.itemData(i) != seminars)
    dialog.collab.setCurrentIndex(other)
    assert asked and dialog.collab.currentData() == seminars
    assert dialog.provider.text() == "Someone else"
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))  # fmt: skip
    dialog.collab.setCurrentIndex(other)
    assert dialog.collab.currentData() != seminars and dialog.provider.text() == ""
    assert certificate_settings(db, seminars).provider == "The Dartmouth Institute"


def test_email_templates_dialog_previews_and_saves(
    window,
    db,
    tmp_path: Path,
    qtbot,
    monkeypatch,  # noqa: ANN001
) -> None:
    dialog = window.documents.templates_dialog()
    qtbot.addWidget(dialog, before_close_func=lambda d: d.discard_changes())
    dialog.kind.setCurrentIndex(dialog.kind.findData("reminder"))
    assert dialog.subject.text() == email_template(db, "reminder").subject
    dialog.subject.setText("Soon: {title} on {date}")
    assert dialog.preview_subject.text() == "Soon: LHS learning seminar on Tuesday 10 March 2026"
    dialog.body.setPlainText("Hello,\n\nSee you at ")
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    [item] = dialog.placeholders.findItems("{location}", Qt.MatchFlag.MatchStartsWith)
    dialog.placeholders.setCurrentItem(item)
    dialog.insert.click()
    assert dialog.body.toPlainText().endswith("See you at {location}")
    assert dialog.preview_body.toPlainText().endswith("See you at Room 1 and on Zoom")
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, "email-templates", tmp_path)
    for widget in (dialog.kind, dialog.subject, dialog.body, dialog.placeholders,
                   dialog.preview_body):  # fmt: skip
        assert widget.accessibleName(), widget

    dialog.body.appendPlainText("{nonsense}")
    assert not dialog.save()
    assert "Unknown {nonsense}" in dialog.body_error.text() and dialog.body_error.isVisibleTo(
        dialog
    )
    dialog.body.setPlainText("Hello,\n\nSee you at {location}.\n")
    assert dialog.save_button.shortcut().toString() == "Ctrl+S"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert email_template(db, "reminder").subject == "Soon: {title} on {date}"
    assert not dialog.is_dirty()

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))  # fmt: skip
    dialog.reset_button.click()
    assert email_template(db, "reminder").subject == "Reminder: {title}, {date}"
    assert dialog.subject.text() == "Reminder: {title}, {date}"


def test_documents_menu_has_its_shortcuts_once(window) -> None:  # noqa: ANN001
    docs = window.documents
    assert docs.certificate_settings in docs.menu.actions()
    assert docs.email_templates in docs.menu.actions()
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction)
                 if not a.shortcut().isEmpty()]  # fmt: skip
    for action in (docs.certificates, docs.badges, docs.email_draft):
        assert shortcuts.count(action.shortcut().toString()) == 1


def test_each_dialog_gives_every_access_key_once(window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QAbstractButton, QLabel

    docs = window.documents
    docs.current_session = lambda: None
    for dialog in (docs.certificates_dialog(), docs.settings_dialog(), docs.templates_dialog()):
        qtbot.addWidget(dialog)
        keys = []
        for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
            text = widget.text().replace("&&", "")
            if "&" in text:
                keys.append(text[text.index("&") + 1].lower())
        assert len(keys) >= 5 and len(keys) == len(set(keys)), (dialog.windowTitle(), keys)
