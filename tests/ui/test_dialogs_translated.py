"""Every text the dialogs set themselves goes through translate(): with a pseudo-language
installed, no label, button, title, placeholder or tooltip of theirs is left in plain English,
and neither is a menu action the window's features add."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
)

from collab_desktop.domain.translation import set_translator

OPEN, CLOSE = "⟦", "⟧"


def pseudo(_context: str, source: str, _disambiguation: str | None = None, n: int = -1) -> str:
    """Each text wrapped in brackets (placeholders and %n kept), as a translation would be."""
    return OPEN + (source.replace("%n", str(n)) if n >= 0 else source) + CLOSE


@pytest.fixture
def pseudo_language() -> Iterator[None]:
    set_translator(pseudo, "xx")
    yield
    set_translator(None)


def _foreign(widget: QWidget, dialog: QDialog) -> bool:
    """Inside a widget that other modules build (tables, pickers, panels): not these dialogs'."""
    from collab_desktop.ui.widgets.optional_date import OptionalDateEdit
    from collab_desktop.ui.widgets.record_table import RecordTable
    from collab_desktop.ui.widgets.recurrence_picker import RecurrencePicker
    from collab_desktop.ui.widgets.registrations_panel import RegistrationsPanel
    from collab_desktop.ui.widgets.server_fields import ServerFields

    foreign = (RecordTable, RecurrencePicker, RegistrationsPanel, OptionalDateEdit, ServerFields)
    parent = widget
    while parent is not None and parent is not dialog:
        if isinstance(parent, foreign):
            return True
        parent = parent.parentWidget()
    return False


def _standard_button(widget: QWidget, dialog: QDialog) -> bool:
    """OK, Cancel, Next...: Qt's own words (translated by Qt's catalogue), unless renamed."""
    if isinstance(dialog, QWizard):
        which = QWizard.WizardButton
        own = (which.BackButton, which.NextButton, which.CommitButton, which.FinishButton,
               which.CancelButton)  # fmt: skip
        if any(dialog.button(b) is widget for b in own):
            return True
    box = widget.parentWidget()
    return (
        isinstance(box, QDialogButtonBox)
        and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
        and widget.text().replace("&", "") in {"OK", "Cancel", "Save", "Close"}
    )


# Labels that show the user's data (a template's subject as it will be sent), not the dialog's.
DATA_LABELS = ("preview_subject",)


def untranslated(dialog: QDialog) -> list[str]:
    """The dialog's own texts with letters in them that did not go through translate()."""
    data = {id(getattr(dialog, name)) for name in DATA_LABELS if hasattr(dialog, name)}
    texts = [("window title", dialog.windowTitle())]
    for w in dialog.findChildren(QWidget):
        if _foreign(w, dialog) or _standard_button(w, dialog) or id(w) in data:
            continue
        texts.append(("accessible name", w.accessibleName()))
        if isinstance(w, QLabel):
            texts.append(("label", w.text()))
        if isinstance(w, QAbstractButton):
            texts.append(("button", w.text()))
        if isinstance(w, QGroupBox):
            texts.append(("group", w.title()))
        if isinstance(w, QLineEdit):
            texts.append(("placeholder", w.placeholderText()))
        texts.append(("tooltip", w.toolTip()))
    return [
        f"{kind}: {text!r}"
        for kind, text in texts
        if any(c.isalpha() for c in text) and OPEN not in text and not text.startswith("<")
    ]


def _dialogs(window) -> dict[str, Callable[[], QDialog]]:  # noqa: ANN001
    from collab_desktop.services.directory.collaboratives import list_collaboratives
    from collab_desktop.ui.dialogs.calendar_export_dialog import CalendarExportDialog
    from collab_desktop.ui.dialogs.certificate_settings_dialog import CertificateSettingsDialog
    from collab_desktop.ui.dialogs.certificates_dialog import CertificatesDialog
    from collab_desktop.ui.dialogs.contact_picker import ContactPickerDialog
    from collab_desktop.ui.dialogs.email_templates_dialog import EmailTemplatesDialog
    from collab_desktop.ui.dialogs.import_history import ImportHistoryDialog
    from collab_desktop.ui.dialogs.import_wizard import ImportWizard
    from collab_desktop.ui.dialogs.membership_dialog import MembershipDialog
    from collab_desktop.ui.dialogs.restore_dialog import RestoreDialog
    from collab_desktop.ui.dialogs.session_dialog import SessionDialog
    from collab_desktop.ui.dialogs.trash_dialog import TrashDialog

    ctx = window.ctx
    collaboratives = list_collaboratives(ctx.db)
    return {
        "calendar export": lambda: CalendarExportDialog(ctx, None, window),
        "certificate settings": lambda: CertificateSettingsDialog(
            ctx, collaboratives, None, window
        ),
        "certificates": lambda: CertificatesDialog(collaboratives, None, Path("out"), window),
        "contact picker": lambda: ContactPickerDialog(
            ctx, "⟦Add members⟧", roles=["member"], with_date=True, parent=window
        ),
        "e-mail templates": lambda: EmailTemplatesDialog(ctx, "invitation", window),
        "import history": lambda: ImportHistoryDialog(ctx, window),
        "import wizard": lambda: ImportWizard(ctx, None, window),
        "membership": lambda: MembershipDialog(["member"], None, collaboratives, window),
        "restore": lambda: RestoreDialog(ctx, window),
        "session": lambda: SessionDialog(ctx, None, window),
        "team database": lambda: window.team_database.connect_dialog(),
        "trash": lambda: TrashDialog(ctx, window),
    }


def test_dialogs_show_only_translated_texts(window, qtbot, pseudo_language) -> None:  # noqa: ANN001
    left: dict[str, list[str]] = {}
    for name, make in _dialogs(window).items():
        dialog = make()
        qtbot.addWidget(dialog)
        if found := untranslated(dialog):
            left[name] = found
        dialog.reject()
    assert left == {}


def test_the_check_finds_a_text_left_in_english(window, qtbot, pseudo_language) -> None:  # noqa: ANN001
    from collab_desktop.ui.dialogs.calendar_export_dialog import CalendarExportDialog

    dialog = CalendarExportDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.everything.setText("Every session")
    assert untranslated(dialog) == ["button: 'Every session'"]
    dialog.reject()


@pytest.fixture
def pseudo_window(qtbot, db, pseudo_language):  # noqa: ANN001, ANN201
    """The main window built while the pseudo-language is in use (menus are made once)."""
    from collab_desktop.ui.app import create_application
    from collab_desktop.ui.main_window import MainWindow

    create_application()
    win = MainWindow(db)
    qtbot.addWidget(win)
    yield win
    win.ctx.tasks.wait()


def test_feature_actions_are_translated(pseudo_window) -> None:  # noqa: ANN001
    w = pseudo_window
    actions = [
        w.rosters.import_action,
        w.rosters.export_action,
        w.rosters.history_action,
        w.rosters.copy_emails_action,
        *w.session_actions.actions(),
        w.report_actions.export_action,
        w.report_actions.pdf_action,
        w.documents.menu.menuAction(),
        *w.documents.menu.actions(),
        w.safety.trash_action,
        w.safety.backup_action,
        w.safety.restore_action,
        w.safety.check_action,
        w.local_copy.action,
        w.user_guide_action,
        w.team_database.connect_action,
        w.team_database.move_action,
    ]
    left = [
        f"{a.text()!r} / {a.statusTip()!r} / {a.toolTip()!r}"
        for a in actions
        if isinstance(a, QAction)
        and not a.isSeparator()
        and not (
            a.text().startswith(OPEN) and (not a.statusTip() or a.statusTip().startswith(OPEN))
        )
    ]
    assert left == []
    assert len([a for a in actions if isinstance(a, QAction)]) >= 20
