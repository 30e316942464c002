"""What a collaborative's certificates print: provider, signatory, signature picture, credits.

Loads and saves through the same services as ``collab-desktop certificate-settings``; every save
goes through an Operation, and a refused field shows its message beside it.
"""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.document_records import CertificateSettingsRecord
from collab_desktop.domain.records import CollaborativeRecord
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.services.documents.certificate_settings import (
    certificate_settings,
    save_certificate_settings,
    signature_from_file,
)
from collab_desktop.services.errors import ValidationError
from collab_desktop.ui.accessibility import plain_label, set_name
from collab_desktop.ui.context import AppContext
from collab_desktop.ui.dialogs.switching_editor import SwitchingEditor
from collab_desktop.ui.operations import Operation

TITLE = QT_TRANSLATE_NOOP("CertificateSettingsDialog", "Certificate settings")
ERROR_STYLE = "color: #c62828;"
FIELDS = ("provider", "signatory_name", "signatory_title", "credit_rate", "credit_type",
          "signature_image")  # fmt: skip


class CertificateSettingsDialog(SwitchingEditor):
    """One collaborative at a time, chosen at the top; Save keeps it, Close asks if unsaved."""

    def unsaved_question(self) -> str:
        return translate(
            "CertificateSettingsDialog", "Save the changes to these certificate settings?"
        )

    def __init__(
        self, ctx: AppContext, collaboratives: list[CollaborativeRecord],
        collaborative_id: int | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.title = translate("CertificateSettingsDialog", TITLE)
        self.setWindowTitle(self.title)
        self.record: CertificateSettingsRecord | None = None
        self.signature = ""
        self.collab = QComboBox()
        for c in collaboratives:
            self.collab.addItem(c.name, c.id)
        if collaborative_id is not None and self.collab.findData(collaborative_id) >= 0:
            self.collab.setCurrentIndex(self.collab.findData(collaborative_id))
        self.provider = QLineEdit()
        self.provider.setPlaceholderText(
            translate(
                "CertificateSettingsDialog", "e.g. The Dartmouth Institute, accredited provider"
            )
        )
        self.signatory_name = QLineEdit()
        self.signatory_title = QLineEdit()
        self.credits_on = QCheckBox(translate("CertificateSettingsDialog", "&Print credits"))
        self.credit_rate = QDoubleSpinBox()
        self.credit_rate.setRange(0, 100)
        self.credit_rate.setDecimals(2)
        self.credit_rate.setSingleStep(0.25)
        self.credit_rate.setSuffix(translate("CertificateSettingsDialog", " per hour attended"))
        self.credit_type = QLineEdit()
        self.credit_type.setPlaceholderText(
            translate("CertificateSettingsDialog", "e.g. CE contact hours")
        )
        self.picture = QLabel(translate("CertificateSettingsDialog", "No signature picture"))
        self.picture.setFixedSize(240, 70)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px solid palette(mid);")
        self.picture.setAccessibleName(translate("CertificateSettingsDialog", "Signature picture"))
        self.choose = QPushButton(translate("CertificateSettingsDialog", "&Choose picture…"))
        self.remove = QPushButton(translate("CertificateSettingsDialog", "&Remove picture"))
        self.errors = {name: self._error_label() for name in FIELDS}

        form = QFormLayout()
        self._row(form, translate("CertificateSettingsDialog", "Co&llaborative:"), self.collab)
        self._row(
            form, translate("CertificateSettingsDialog", "Pro&vider:"), self.provider, "provider"
        )
        self._row(
            form,
            translate("CertificateSettingsDialog", "Signatory &name:"),
            self.signatory_name,
            "signatory_name",
        )
        self._row(
            form,
            translate("CertificateSettingsDialog", "Signatory &title:"),
            self.signatory_title,
            "signatory_title",
        )
        credits = QHBoxLayout()
        credits.addWidget(self.credits_on)
        credits.addWidget(self.credit_rate, 1)
        self.credits_on.setAccessibleName(translate("CertificateSettingsDialog", "Print credits"))
        set_name(
            self.credit_rate, translate("CertificateSettingsDialog", "Credits per hour attended")
        )
        form.addRow(QLabel(translate("CertificateSettingsDialog", "Credits:")), credits)
        form.addRow("", self.errors["credit_rate"])
        self._row(
            form,
            translate("CertificateSettingsDialog", "Credit t&ype:"),
            self.credit_type,
            "credit_type",
        )
        picture_buttons = QVBoxLayout()
        picture_buttons.addWidget(self.choose)
        picture_buttons.addWidget(self.remove)
        picture_buttons.addStretch(1)
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture)
        picture_row.addLayout(picture_buttons)
        picture_row.addStretch(1)
        form.addRow(QLabel(translate("CertificateSettingsDialog", "Signature:")), picture_row)
        form.addRow("", self.errors["signature_image"])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(
            translate(
                "CertificateSettingsDialog", "Save these settings for the collaborative (Ctrl+S)"
            )
        )
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "CertificateSettingsDialog",
                "What the certificates of this collaborative print. Empty fields are left off "
                "the certificate.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.choose.clicked.connect(self.choose_picture)
        self.remove.clicked.connect(lambda: self._show_signature(""))
        self.credits_on.toggled.connect(self._credits_toggled)
        for name in ("provider", "signatory_name", "signatory_title", "credit_type"):
            getattr(self, name).textEdited.connect(lambda _t, n=name: self.errors[n].hide())
        self.credit_rate.valueChanged.connect(lambda _v: self.errors["credit_rate"].hide())
        self.follow_choice(self.collab)
        self.load()
        self.resize(max(self.sizeHint().width(), 600), self.sizeHint().height())

    # --- layout helpers -------------------------------------------------------------------
    def _error_label(self) -> QLabel:
        label = QLabel("")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    def _row(self, form: QFormLayout, text: str, field: QWidget, error: str = "") -> None:
        label = QLabel(text)
        label.setBuddy(field)
        set_name(field, plain_label(text))
        form.addRow(label, field)
        if error:
            form.addRow("", self.errors[error])

    # --- load, edit, save -----------------------------------------------------------------
    def load(self) -> None:
        """Show the chosen collaborative's saved settings."""
        collab_id = self.collab.currentData()
        self._show_errors({})
        if collab_id is None:
            self.setEnabled(False)
            return
        found = Operation(
            self.ctx, self, self.title, lambda: certificate_settings(self.ctx.db, collab_id)
        )
        if not found.run():
            return
        rec = self.record = found.result
        self.provider.setText(rec.provider)
        self.signatory_name.setText(rec.signatory_name)
        self.signatory_title.setText(rec.signatory_title)
        self.credits_on.setChecked(rec.credit_rate is not None)
        self.credit_rate.setValue(rec.credit_rate if rec.credit_rate is not None else 1.0)
        self._credits_toggled(rec.credit_rate is not None)
        self.credit_type.setText(rec.credit_type)
        self._show_signature(rec.signature_image)

    def edited(self) -> CertificateSettingsRecord | None:
        """The settings as the form shows them."""
        if self.record is None:
            return None
        return replace(
            self.record,
            provider=self.provider.text(),
            signatory_name=self.signatory_name.text(),
            signatory_title=self.signatory_title.text(),
            credit_rate=self.credit_rate.value() if self.credits_on.isChecked() else None,
            credit_type=self.credit_type.text() if self.credits_on.isChecked() else "",
            signature_image=self.signature,
        )

    def is_dirty(self) -> bool:
        rec, shown = self.record, self.edited()
        if rec is None or shown is None:
            return False
        strip = {"provider", "signatory_name", "signatory_title", "credit_type"}
        return any(
            (getattr(shown, f).strip() if f in strip else getattr(shown, f)) != getattr(rec, f)
            for f in FIELDS
        )

    def save(self) -> bool:
        """Save through the service; a refused field shows its message beside it."""
        rec = self.edited()
        if rec is None:
            return False
        saved = (
            Operation(self.ctx, self, self.title, lambda: save_certificate_settings(self.ctx.db, rec))
            .failure(self._refused)
        )  # fmt: skip
        if not saved.run():
            return False
        self.record = saved.result
        self._show_errors({})
        return True

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self._show_errors(exc.errors)
        else:
            QMessageBox.warning(self, self.title, str(exc))

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)

    def _credits_toggled(self, on: bool) -> None:
        self.credit_rate.setEnabled(on)
        self.credit_type.setEnabled(on)

    def _show_signature(self, encoded: str) -> None:
        self.signature = encoded
        self.remove.setEnabled(bool(encoded))
        pixmap = QPixmap()
        if encoded and pixmap.loadFromData(base64.b64decode(encoded)):
            self.picture.setPixmap(
                pixmap.scaled(
                    self.picture.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )  # fmt: skip
            )
        else:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(translate("CertificateSettingsDialog", "No signature picture"))

    def choose_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("CertificateSettingsDialog", "Signature picture"),
            str(Path.home()),
            translate("CertificateSettingsDialog", "Pictures (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.use_picture(Path(path))

    def use_picture(self, path: Path) -> None:
        """Show the picture at path as the signature (saved with Save); refuse other files."""
        try:
            encoded = signature_from_file(path.read_bytes())
        except (OSError, ValidationError) as exc:
            message = exc.errors.get("signature_image") if isinstance(exc, ValidationError) else ""
            self._show_errors(
                {
                    "signature_image": message
                    or translate(
                        "CertificateSettingsDialog", "{file} cannot be read: {error}"
                    ).format(file=path.name, error=exc)
                }
            )
            return
        self._show_errors({})
        self._show_signature(encoded)
