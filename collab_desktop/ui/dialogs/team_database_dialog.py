"""The dialog that names a team database, with Test connection (off the GUI thread).

The same dialog serves File > Connect to team database (OK opens it) and File > Move this
database to a team server (OK copies into it): the caller gives the OK button's text and what
OK does, ``on_accept(url)``: True closes the dialog, False keeps it (the caller said why), None
means the work goes on in the background, which closes the dialog or frees it (``set_busy``).
When anything fails the dialog stays open with everything the user typed.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collab_desktop.domain.translation import translate
from collab_desktop.ui.accessibility import set_name
from collab_desktop.ui.icons import icon
from collab_desktop.ui.tasks import TaskRunner
from collab_desktop.ui.widgets.server_fields import ServerFields


class TeamDatabaseDialog(QDialog):
    """Server fields, Test connection with its answer inline, and OK / Cancel."""

    def __init__(
        self,
        parent: QWidget | None,
        runner: TaskRunner,
        *,
        title: str,
        intro: str,
        ok_text: str,
        on_accept: Callable[[str], bool | None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._runner = runner
        self._on_accept = on_accept
        self._tests = 0  # only the answer to the latest Test connection is shown

        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.fields = ServerFields(self)
        self.fields.recall()
        self.fields.changed.connect(self._forget_result)

        self.test_button = QPushButton(
            icon("check"), translate("TeamDatabaseDialog", "&Test connection")
        )
        self.test_button.setToolTip(
            translate(
                "TeamDatabaseDialog",
                "Connect once and say what the database holds; changes nothing",
            )
        )
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("testResult")
        set_name(self.result, translate("TeamDatabaseDialog", "Test result"))
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Room for a four-line answer without the dialog jumping; longer ones grow it (_show).
        self.result.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 4)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addSpacing(4)
        layout.addWidget(self.fields)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.fields.first_empty().setFocus()
        # Wide enough for the wrapped texts and as high as they then need: shown at its own
        # choice, a window is at most two thirds of the screen high, which with a large font
        # squeezed every row of the form to part of a line.
        width = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 64)
        self.resize(width, self.layout().totalHeightForWidth(width))

    # --- Test connection ------------------------------------------------------------------
    def test_connection(self) -> None:
        """Try the connection on a worker thread; the answer shows under the fields."""
        if problem := self.fields.problem():
            self._show(problem, ok=False)
            return
        self._probe(then_accept=False)

    def _probe(self, then_accept: bool) -> None:
        from collab_desktop.services.safety.team_server import probe_server

        self._tests += 1
        number = self._tests
        url = self.fields.url()
        self._busy(True)
        self._show(translate("TeamDatabaseDialog", "Connecting…"), ok=None)
        self._runner.run(
            probe_server,
            url,
            on_done=lambda probe: self._tested(number, probe, url, then_accept),
            on_error=lambda exc, _details: self._failed(number, str(exc)),
        )

    def set_busy(self, busy: bool) -> None:
        """Test connection and OK are off while the server is asked or the work runs."""
        self._busy(busy)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def _tested(self, number: int, probe, url: str, then_accept: bool) -> None:  # noqa: ANN001 - ServerProbe
        if not shiboken6.isValid(self) or number != self._tests:
            return  # closed, or the fields changed while the server was being asked
        self._show(probe.message, ok=probe.connected)
        if then_accept and probe.connected:
            accepted = self._on_accept(url)  # the buttons stay off meanwhile: no second OK
            if not shiboken6.isValid(self) or accepted is None:
                return  # carried on in the background, which closes or frees the dialog
            if accepted:
                self.accept()
                return
        self._busy(False)

    def _failed(self, number: int, message: str) -> None:
        if shiboken6.isValid(self) and number == self._tests:
            self._busy(False)
            self._show(message, ok=False)

    def _show(self, text: str, ok: bool | None) -> None:
        mark = {True: "✔ ", False: "✘ ", None: ""}[ok]
        self.result.setText(mark + text)
        self.result.setStyleSheet(
            "" if ok is None else ("color: #2E7D32;" if ok else "color: #D32F2F;")
        )
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():  # a long answer is never cut off
            self.resize(self.width(), needed)

    def _forget_result(self) -> None:
        # An answer about other values would mislead.
        self._tests += 1
        self._busy(False)
        self.result.clear()

    # --- OK -----------------------------------------------------------------------------
    def connect_now(self) -> None:
        """Press OK for the user (the fields were filled in from a recent address)."""
        self._accept()

    def _accept(self) -> None:
        """Check the server first off the GUI thread (an unreachable one must not freeze the
        window), then hand over; the dialog stays, with what was typed, when that fails."""
        if problem := self.fields.problem():
            self._show(problem, ok=False)
            self.fields.first_empty().setFocus()
            return
        self.fields.remember()
        self._probe(then_accept=True)
