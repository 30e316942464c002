"""Choose whose certificates to write: a session, its series, or a collaborative over dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain import clock
from collab_desktop.domain.records import CollaborativeRecord, SessionRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.documents.certificates import CertificateScope
from collab_desktop.ui.accessibility import plain_label, set_name

ERROR_STYLE = "color: #c62828;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CertificatesDialog(QDialog):
    """``scope()``, ``min_attended()`` and ``folder()`` say what to write once accepted."""

    def __init__(
        self, collaboratives: list[CollaborativeRecord], session: SessionRecord | None,
        folder: Path, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("CertificatesDialog", "Certificates of attendance"))
        self.session = session
        self.one = QRadioButton(
            translate("CertificatesDialog", "This &session: {title}, {date}").format(
                title=session.title, date=QLocale().toString(session.start.date(), "d MMM yyyy")
            )
            if session and session.start
            else translate("CertificatesDialog", "This &session")
        )
        self.series = QRadioButton(
            translate("CertificatesDialog", "Every session of its s&eries held so far")
        )
        self.collab = QRadioButton(
            translate("CertificatesDialog", "A &collaborative's sessions between two dates")
        )
        for button in (self.one, self.series, self.collab):
            button.setAccessibleName(button.text().replace("&", ""))
        self.one.setEnabled(session is not None)
        self.series.setEnabled(session is not None and session.series_id is not None)
        group = QButtonGroup(self)
        for button in (self.one, self.series, self.collab):
            group.addButton(button)
        (
            self.series if self.series.isEnabled() else self.one if session else self.collab
        ).setChecked(True)

        self.collab_combo = QComboBox()
        for c in collaboratives:
            self.collab_combo.addItem(c.name, c.id)
        if session is not None and session.collaborative_id is not None:
            self.collab_combo.setCurrentIndex(self.collab_combo.findData(session.collaborative_id))
        today = clock.today()
        self.date_from = self._date_edit(date(today.year, 1, 1))
        self.date_to = self._date_edit(today)
        self.needed = QSpinBox()
        self.needed.setRange(0, 1000)
        self.needed.setSpecialValueText(translate("CertificatesDialog", "all of them"))
        self.needed.setSuffix(translate("CertificatesDialog", " sessions"))
        self.needed.setToolTip(
            translate(
                "CertificatesDialog",
                "Who gets a certificate: people who attended at least this many",
            )
        )
        self.folder_edit = QLineEdit(str(folder))
        self.folder_edit.setAccessibleName(
            translate("CertificatesDialog", "Folder for the certificates")
        )
        self.browse = QPushButton(translate("CertificatesDialog", "C&hoose…"))
        self.browse.setAccessibleName(translate("CertificatesDialog", "Choose the folder"))
        self.browse.clicked.connect(self.choose_folder)
        self.error = QLabel("")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        form = QFormLayout()
        self._row(form, translate("CertificatesDialog", "Co&llaborative:"), self.collab_combo)
        self._row(form, translate("CertificatesDialog", "&From:"), self.date_from)
        self._row(form, translate("CertificatesDialog", "&To:"), self.date_to)
        self._row(form, translate("CertificatesDialog", "&Attended at least:"), self.needed)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse)
        label = QLabel(translate("CertificatesDialog", "F&older:"))
        label.setBuddy(self.folder_edit)
        form.addRow(label, folder_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("CertificatesDialog", "&Write certificates"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.one, self.series, self.collab):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.collab_combo.currentIndexChanged.connect(lambda _i: self.collab.setChecked(True))
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.collab.setChecked(True))
        group.buttonToggled.connect(lambda *_a: self._update())
        self._update()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        set_name(field, plain_label(text))
        form.addRow(label, field)

    def _update(self) -> None:
        """Dates and collaborative count only for that choice; the rule only beyond one session."""
        over_dates = self.collab.isChecked()
        for w in (self.collab_combo, self.date_from, self.date_to):
            w.setEnabled(over_dates)
        self.needed.setEnabled(not self.one.isChecked())
        if self.one.isChecked():
            self.needed.setValue(0)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("CertificatesDialog", "Folder for the certificates"),
            self.folder_edit.text(),
        )
        if folder:
            self.folder_edit.setText(folder)

    def accept(self) -> None:
        """Refuse a range that ends before it starts, no collaborative, or no folder."""
        problem = ""
        if self.collab.isChecked() and self.collab_combo.currentData() is None:
            problem = translate("CertificatesDialog", "There is no collaborative to choose.")
        elif self.collab.isChecked() and self.date_to.date() < self.date_from.date():
            problem = translate("CertificatesDialog", "The last day is before the first day.")
        elif not self.folder_edit.text().strip():
            problem = translate("CertificatesDialog", "Choose a folder for the certificates.")
        self.error.setText(problem)
        if not problem:
            super().accept()

    def scope(self) -> CertificateScope:
        if self.one.isChecked() and self.session is not None:
            return CertificateScope(session_id=self.session.id)
        if self.series.isChecked() and self.session is not None:
            return CertificateScope(series_id=self.session.series_id)
        return CertificateScope(
            collaborative_id=self.collab_combo.currentData(),
            start=self.date_from.date().toPython(),
            end=self.date_to.date().toPython(),
        )

    def min_attended(self) -> int | None:
        return self.needed.value() or None

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()
