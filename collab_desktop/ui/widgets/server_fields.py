"""The fields that name a team database: host, port, database, user, TLS, or a service name.

Shared by File > Connect to team database and File > Move this database to a team server. The
password field is used for one connection only and never saved; the last values (without it)
are remembered in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.database_address import DEFAULT_PORT, SSL_MODES, ServerAddress
from collab_desktop.domain.translation import translate
from collab_desktop.ui.accessibility import plain_label, set_name
from collab_desktop.ui.settings import app_settings

SETTINGS_GROUP = "team_database"


class ServerFields(QWidget):
    """A form for a server database: its address (or a pg_service.conf name) and a password."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_address = QRadioButton(translate("ServerFields", "&Server address"))
        self.by_service = QRadioButton(
            translate("ServerFields", "Service &name (pg_service.conf, as PGSERVICE)")
        )
        self.by_address.setChecked(True)

        self.host = QLineEdit()
        self.host.setPlaceholderText(translate("ServerFields", "db.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setPlaceholderText(translate("ServerFields", "collab"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(
            translate("ServerFields", "your user name on the server (empty: your login name)")
        )
        self.sslmode = QComboBox()
        self.sslmode.addItem(translate("ServerFields", "Default (prefer)"), "")
        for mode in SSL_MODES:
            if mode in ("disable", "prefer", "require", "verify-full"):
                self.sslmode.addItem(mode, mode)
        self.service = QLineEdit()
        self.service.setPlaceholderText(translate("ServerFields", "team"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("ServerFields", "optional"))
        note = QLabel(
            translate(
                "ServerFields",
                "Used for this connection only and never saved. To connect without typing it, put "
                "it in ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows) or PGPASSWORD.",
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.password_note = note

        # One form, so that every label lines up; the two ways to name the server are rows.
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.by_address)
        for text, widget in (
            (translate("ServerFields", "&Host:"), self.host),
            (translate("ServerFields", "&Port:"), self.port),
            (translate("ServerFields", "&Database:"), self.database),
            (translate("ServerFields", "&User:"), self.user),
        ):
            self._labelled_row(form, text, widget)
        form.addRow(self.by_service)
        self._labelled_row(form, translate("ServerFields", "Ser&vice:"), self.service)
        self._labelled_row(form, translate("ServerFields", "T&LS (sslmode):"), self.sslmode)
        self._labelled_row(form, translate("ServerFields", "Pass&word:"), self.password)
        # The wrapped note goes under the form, not in it: a form gave it one line whatever its
        # length (with a large font it read "Used for this connection only and").
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(note)
        self.port.setMaximumWidth(self.port.sizeHint().width() + 24)

        for edit in (self.host, self.database, self.user, self.service, self.password):
            edit.textChanged.connect(self.changed)
        self.port.valueChanged.connect(self.changed)
        self.sslmode.currentIndexChanged.connect(self.changed)
        self.by_address.toggled.connect(self._enable)
        self.by_address.toggled.connect(self.changed)
        self._enable()

    @staticmethod
    def _labelled_row(form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)  # its mnemonic
        set_name(widget, plain_label(text))  # (a combo box's name goes in its description too)
        form.addRow(label, widget)

    def _enable(self) -> None:
        on_address = self.by_address.isChecked()
        for widget in (self.host, self.port, self.database, self.user):
            widget.setEnabled(on_address)
        self.service.setEnabled(not on_address)

    # --- values ---------------------------------------------------------------------------
    def address(self) -> ServerAddress:
        """What the form names (without the password)."""
        sslmode = self.sslmode.currentData() or ""
        if self.by_service.isChecked():
            return ServerAddress(service=self.service.text().strip(), sslmode=sslmode)
        return ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=sslmode,
        )

    def url(self) -> str:
        """The URL to connect with, the typed password included (held in memory only)."""
        return self.address().url(self.password.text())

    def problem(self) -> str | None:
        """What is missing before a connection can be tried, or None."""
        if self.by_service.isChecked():
            if self.service.text().strip():
                return None
            return translate("ServerFields", "Give the service name.")
        no_host = not self.host.text().strip()
        no_database = not self.database.text().strip()
        if no_host and no_database:
            return translate("ServerFields", "Give the host and the database.")
        if no_host:
            return translate("ServerFields", "Give the host.")
        if no_database:
            return translate("ServerFields", "Give the database.")
        return None

    def first_empty(self) -> QWidget:
        """The field to put the cursor in: the first one still empty."""
        if self.by_service.isChecked():
            return self.service
        for edit in (self.host, self.database, self.user):
            if not edit.text().strip():
                return edit
        return self.password

    def set_address(self, address: ServerAddress) -> None:
        """Fill the form (the password stays as it is)."""
        self.by_service.setChecked(bool(address.service))
        self.by_address.setChecked(not address.service)
        self.service.setText(address.service)
        self.host.setText(address.host)
        self.port.setValue(address.port or DEFAULT_PORT)
        self.database.setText(address.database)
        self.user.setText(address.user)
        index = self.sslmode.findData(address.sslmode)
        if index < 0 and address.sslmode:
            self.sslmode.addItem(address.sslmode, address.sslmode)
            index = self.sslmode.count() - 1
        self.sslmode.setCurrentIndex(max(index, 0))

    # --- remembered values (never the password) -------------------------------------------
    def remember(self) -> None:
        """Keep these values for the next time (the password is never written anywhere)."""
        a = self.address()
        settings = app_settings()
        settings.beginGroup(SETTINGS_GROUP)
        for key, value in (
            ("host", a.host),
            ("port", a.port),
            ("database", a.database),
            ("user", a.user),
            ("sslmode", a.sslmode),
            ("service", a.service),
        ):
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()

    def recall(self) -> None:
        """Fill in the values used last time, if any."""
        settings = app_settings()
        settings.beginGroup(SETTINGS_GROUP)
        if settings.contains("host") or settings.contains("service"):
            self.set_address(
                ServerAddress(
                    host=str(settings.value("host", "")),
                    port=settings.value("port", DEFAULT_PORT, type=int),
                    database=str(settings.value("database", "")),
                    user=str(settings.value("user", "")),
                    sslmode=str(settings.value("sslmode", "")),
                    service=str(settings.value("service", "")),
                )
            )
        settings.endGroup()
