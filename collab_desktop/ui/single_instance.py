"""One writer per database file: a lock beside it, and a way to bring the first window forward."""

from __future__ import annotations

import hashlib
import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from collab_desktop import APP_NAME
from collab_desktop.domain.translation import translate

log = logging.getLogger(__name__)

RAISE_REQUEST = b"raise\n"


class SecondInstance(Enum):
    BRING_FORWARD = "forward"
    READ_ONLY = "read-only"
    QUIT = "quit"


def server_name(db_path: Path) -> str:
    """A local socket name derived from the database's full path (short, no slashes)."""
    digest = hashlib.sha256(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"collab-desktop-{digest}"


class InstanceGuard(QObject):
    """Holds ``<db>.lock`` while this window edits the database; answers 'raise' requests."""

    raise_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path).resolve()
        self.lock = QLockFile(str(self.db_path) + ".lock")
        # A lock is stale only when its process is gone (never because it is old).
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """Take the lock (a lock left by a crashed run is taken over); False if another has it."""
        if self.lock.tryLock(100):
            self._listen()
            return True
        return False

    def holder(self) -> str:
        """Who holds the lock, for the message: 'process 123 on host'."""
        info = self.lock.getLockInfo()
        # PySide6 returns (pid, host, app); (ok, pid, host, app) in some releases.
        pid, host, app = info[-3:]
        if not pid:
            return translate("SingleInstance", "another window")
        return translate("SingleInstance", "{app} (process {pid} on {host})").format(
            app=app or APP_NAME, pid=pid, host=host
        )

    def release(self) -> None:
        for socket in self._sockets:
            socket.abort()
        self._sockets.clear()
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _listen(self) -> None:
        name = server_name(self.db_path)
        QLocalServer.removeServer(name)  # a socket file left by a crashed run
        self.server = QLocalServer(self)
        if not self.server.listen(name):
            log.warning("cannot listen on %s: %s", name, self.server.errorString())
            return
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # Children of the server: kept here and freed with it, never deleted one by one.
            self._sockets.append(socket)
            socket.readyRead.connect(self._on_ready)

    def _on_ready(self) -> None:
        for socket in self._sockets:
            if socket.bytesAvailable() and bytes(socket.readAll().data()).startswith(
                RAISE_REQUEST.strip()
            ):
                self.raise_requested.emit()
                socket.write(b"ok\n")
                socket.flush()


def ask_first_to_raise(db_path: Path, timeout_ms: int = 1000) -> bool:
    """Ask the window that has this database open to come to the front; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_REQUEST)
    socket.flush()
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()).startswith(
        b"ok"
    )
    socket.disconnectFromServer()
    return answered


def bring_forward(window: QWidget) -> None:
    """Show a window on top of the others (as far as the desktop allows)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def ask_second_instance(
    db_path: Path, holder: str, parent: QWidget | None = None
) -> SecondInstance:
    """The question when the database is already open elsewhere."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("SingleInstance", "Database already open"))
    box.setText(
        translate("SingleInstance", "{name} is already open in another {app} window.").format(
            name=Path(db_path).name, app=APP_NAME
        )
    )
    box.setInformativeText(
        translate(
            "SingleInstance",
            "Only one window at a time can make changes, so nothing is saved twice. Switch to the "
            "other window, or look at the data here without changing it.\n\nOpen in: {holder}",
        ).format(holder=holder)
    )
    forward = box.addButton(
        translate("SingleInstance", "Switch to the other window"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    read_only = box.addButton(
        translate("SingleInstance", "Open read-only"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(forward)
    box.exec()
    clicked = box.clickedButton()
    if clicked is forward:
        return SecondInstance.BRING_FORWARD
    if clicked is read_only:
        return SecondInstance.READ_ONLY
    return SecondInstance.QUIT
