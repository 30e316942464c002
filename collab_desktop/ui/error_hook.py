"""Unhandled errors in the window: logged with the traceback, shown in a calm dialog, app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from collab_desktop.domain.translation import translate
from collab_desktop.store.database import ReadOnlyDatabase

log = logging.getLogger(__name__)


def error_message(log_file: Path) -> str:
    """What the error dialog says: the data is safe, and where the details are."""
    return translate(
        "ErrorHook",
        "Something went wrong. Your data is safe: every change is saved in one step, so nothing "
        "half-finished was written.\n\nThe details were saved to {path}",
    ).format(path=log_file)


class ErrorHook:
    """Installed as sys.excepthook while the window runs; one dialog at a time."""

    def __init__(
        self,
        log_file: Path,
        parent: Callable[[], QWidget | None] = lambda: None,
        server_away: Callable[[BaseException], bool] = lambda _exc: False,
    ) -> None:
        self.log_file = log_file
        self.parent = parent
        # True when exc means the team server cannot be reached and the window has said so
        # (its bar): not a fault, so no dialog.
        self.server_away = server_away
        self.dialog: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> ErrorHook:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        if issubclass(exc_type, ReadOnlyDatabase) and QApplication.instance() is not None:
            # Not a fault: this window only reads. Say so plainly, nothing to log.
            QMessageBox.information(self.parent(), translate("ErrorHook", "Read-only"), str(exc))
            return
        if QApplication.instance() is not None and self.server_away(exc):
            log.warning("team database unreachable: %s", exc)
            return
        log.error("unhandled error", exc_info=(exc_type, exc, tb))
        for handler in logging.getLogger().handlers:
            handler.flush()
        if QApplication.instance() is None:
            self._previous(exc_type, exc, tb)
            return
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog is enough; the log has every error
        box = QMessageBox(self.parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ErrorHook", "Something went wrong"))
        box.setText(error_message(self.log_file))
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        # open(), not exec(): no nested event loop inside the hook, the window stays usable.
        box.open()
        self.dialog = box
