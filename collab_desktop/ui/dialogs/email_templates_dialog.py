"""Edit the invitation, reminder and thank-you e-mails: subject and text, placeholders, preview.

Loads and saves through the same services as ``collab-desktop email-template``; the preview
fills the placeholders with example details as the coordinator types.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.document_records import EmailTemplate
from collab_desktop.domain.email_templates import EMAIL_KINDS, PLACEHOLDERS, fill
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.services.documents.email_drafts import (
    email_template,
    reset_email_template,
    save_email_template,
)
from collab_desktop.services.errors import ValidationError
from collab_desktop.ui.accessibility import plain_label, set_name
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.switching_editor import SwitchingEditor
from collab_desktop.ui.operations import Operation

TITLE = QT_TRANSLATE_NOOP("EmailTemplatesDialog", "E-mail templates")
ERROR_STYLE = "color: #c62828;"
KIND_NAMES = {
    "invitation": QT_TRANSLATE_NOOP("EmailTemplatesDialog", "Invitation"),
    "reminder": QT_TRANSLATE_NOOP("EmailTemplatesDialog", "Reminder"),
    "thanks": QT_TRANSLATE_NOOP("EmailTemplatesDialog", "Thank-you"),
}

# What each placeholder stands for, as the list beside the text explains it.
PLACEHOLDER_TEXT = {
    "title": QT_TRANSLATE_NOOP("EmailTemplatesDialog", "the session's title"),
    "collaborative": QT_TRANSLATE_NOOP(
        "EmailTemplatesDialog", "the collaborative (or 'All collaboratives')"
    ),
    "date": QT_TRANSLATE_NOOP("EmailTemplatesDialog", "the day, e.g. Tuesday 10 March 2026"),
    "time": QT_TRANSLATE_NOOP(
        "EmailTemplatesDialog", "start and end, e.g. 12:00-13:00 (America/New_York)"
    ),
    "location": QT_TRANSLATE_NOOP("EmailTemplatesDialog", "where it is held"),
    "presenters": QT_TRANSLATE_NOOP("EmailTemplatesDialog", "who presents"),
}


def kind_name(kind: str) -> str:
    """An e-mail kind ("invitation") as shown, in the chosen language; unknown kinds as stored."""
    return translate("EmailTemplatesDialog", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def example_details() -> dict[str, str]:
    """What the preview fills in: a session as a coordinator would see it."""
    return {
        "title": "LHS learning seminar",
        "collaborative": "LHS E-STaR: LHS Scientists Collaborative",
        "date": translate("EmailTemplatesDialog", "Tuesday 10 March 2026"),
        "time": "12:00\u201313:00 (America/New_York)",
        "location": translate("EmailTemplatesDialog", "Room 1 and on Zoom"),
        "presenters": "Megan Holthoff",
    }


class EmailTemplatesDialog(SwitchingEditor):
    """One template at a time, chosen at the top; Save keeps it, Close asks if unsaved."""

    def unsaved_question(self) -> str:
        return translate("EmailTemplatesDialog", "Save the changes to this template?")

    def __init__(
        self, ctx: AppContext, kind: str = "invitation", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = translate("EmailTemplatesDialog", TITLE)
        self.setWindowTitle(self.title)
        self.template: EmailTemplate | None = None
        self.kind = QComboBox()
        for k in EMAIL_KINDS:
            self.kind.addItem(kind_name(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(200)
        self.subject_error = self._error_label()
        self.body_error = self._error_label()
        self.placeholders = QListWidget()
        for name, meaning in PLACEHOLDERS.items():
            if name in PLACEHOLDER_TEXT:
                meaning = translate("EmailTemplatesDialog", PLACEHOLDER_TEXT[name])
            item = QListWidgetItem(f"{{{name}}}  {meaning}")
            item.setData(Qt.ItemDataRole.UserRole, f"{{{name}}}")  # what Insert puts in the text
            self.placeholders.addItem(item)
        self.placeholders.setCurrentRow(0)
        self.placeholders.setAccessibleName(translate("EmailTemplatesDialog", "Placeholders"))
        self.placeholders.itemActivated.connect(lambda _item: self.insert_placeholder())
        self.insert = QPushButton(translate("EmailTemplatesDialog", "&Insert in text"))
        self.insert.setToolTip(
            translate(
                "EmailTemplatesDialog",
                "Put the chosen placeholder where the cursor is (or double-click it)",
            )
        )
        self.insert.clicked.connect(self.insert_placeholder)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        bold = QFont(self.preview_subject.font())
        bold.setBold(True)
        self.preview_subject.setFont(bold)
        self.preview_subject.setAccessibleName(
            translate("EmailTemplatesDialog", "Preview of the subject")
        )
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.preview_body.setAccessibleName(
            translate("EmailTemplatesDialog", "Preview of the text")
        )

        form = QFormLayout()
        self._row(form, translate("EmailTemplatesDialog", "&Template:"), self.kind)
        self._row(form, translate("EmailTemplatesDialog", "&Subject:"), self.subject)
        form.addRow("", self.subject_error)
        self._row(form, translate("EmailTemplatesDialog", "Te&xt:"), self.body)
        form.addRow("", self.body_error)
        editor = QWidget()
        editor.setLayout(form)

        side = QVBoxLayout()
        places = QLabel(
            translate("EmailTemplatesDialog", "&Placeholders, filled in for each session:")
        )
        places.setBuddy(self.placeholders)
        side.addWidget(places)
        side.addWidget(self.placeholders, 1)
        side.addWidget(self.insert)
        preview = QGroupBox(translate("EmailTemplatesDialog", "Preview, with example details"))
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.preview_subject)
        preview_layout.addWidget(self.preview_body, 1)
        side.addWidget(preview, 2)

        columns = QHBoxLayout()
        columns.addWidget(editor, 3)
        columns.addLayout(side, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(
            translate("EmailTemplatesDialog", "Save this template (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save)
        self.reset_button = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.reset_button.setText(translate("EmailTemplatesDialog", "&Back to the default"))
        self.reset_button.clicked.connect(self.reset)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        self.subject.textEdited.connect(lambda _t: self.subject_error.hide())
        self.subject.textChanged.connect(self.update_preview)
        self.body.textChanged.connect(self.update_preview)
        self.follow_choice(self.kind)
        self.load()
        self.resize(980, 560)

    def _error_label(self) -> QLabel:
        label = QLabel("")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        set_name(field, plain_label(text))
        form.addRow(label, field)

    # --- load, edit, save -----------------------------------------------------------------
    def load(self) -> None:
        """Show the chosen kind's template (the coordinator's, else the default)."""
        kind = self.kind.currentData()
        found = Operation(self.ctx, self, self.title, lambda: email_template(self.ctx.db, kind))
        if found.run():
            self._show(found.result)

    def _show(self, template: EmailTemplate) -> None:
        self.template = template
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self._show_errors({})
        self.update_preview()

    def edited(self) -> EmailTemplate:
        return EmailTemplate(self.kind.currentData(), self.subject.text(), self.body.toPlainText())

    def is_dirty(self) -> bool:
        t = self.template
        return t is not None and (t.subject, t.body) != (
            self.subject.text().strip(),
            self.body.toPlainText(),
        )

    def update_preview(self) -> None:
        example = example_details()
        self.preview_subject.setText(fill(self.subject.text(), example))
        self.preview_body.setPlainText(fill(self.body.toPlainText(), example))

    def insert_placeholder(self) -> None:
        item = self.placeholders.currentItem()
        if item is not None:
            self.body.insertPlainText(item.data(Qt.ItemDataRole.UserRole))
            self.body.setFocus()

    def save(self) -> bool:
        """Save through the service; a refused field shows its message beside it."""
        template = self.edited()
        saved = Operation(
            self.ctx, self, self.title, lambda: save_email_template(self.ctx.db, template)
        ).failure(self._refused)
        if not saved.run():
            return False
        self._show(saved.result)
        return True

    def reset(self) -> None:
        """Go back to the default text of this kind, after asking."""
        answer = QMessageBox.question(
            self,
            self.title,
            translate(
                "EmailTemplatesDialog", "Replace the “{template}” e-mail with the default text?"
            ).format(template=self.kind.currentText()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind = self.kind.currentData()
        done = Operation(
            self.ctx, self, self.title, lambda: reset_email_template(self.ctx.db, kind)
        )
        if done.run():
            self._show(done.result)

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self._show_errors(exc.errors)
        else:
            QMessageBox.warning(self, self.title, str(exc))

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in (("subject", self.subject_error), ("body", self.body_error)):
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
