"""Other windows' changes, shown live: every view follows them as it follows this window's own.

On a team database a listener thread (store/change_listener.py) hears the change notices other
windows send on commit; each arrives here through a queued signal and is published to the views
with who made it. After a dropped connection, every view reloads (notices may have been missed).
On a database file, ``PRAGMA data_version`` is polled twice a second: another window (or the
command line) committed, so the views reload what they show; this window's own commits are
taken as seen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from collab_desktop.domain.changes import ChangeSet
from collab_desktop.domain.translation import translate
from collab_desktop.store import postgresql
from collab_desktop.store.change_listener import ChangeListener
from collab_desktop.store.change_notice import ChangeNotice
from collab_desktop.store.sqlite import DataVersionWatch

if TYPE_CHECKING:
    from collections.abc import Callable

    from collab_desktop.ui.host import WindowHost

log = logging.getLogger(__name__)

POLL_MS = 500  # how often a database file is asked whether someone else committed


class LiveRefresh(QObject):
    """Follows the window's database: listens (server) or polls (file), and publishes changes."""

    # From the listener's thread; queued to the GUI thread by Qt. Each carries the number of
    # the database it is about (one opened since is ignored).
    notice_arrived = Signal(int, object)
    resumed = Signal(int)
    connection_changed = Signal(bool)

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.ctx = host.ctx
        self.listener: ChangeListener | None = None
        self.watch: DataVersionWatch | None = None
        self._forget_commits: Callable[[], None] | None = None
        self._waiting: list[ChangeNotice] = []
        self._was_down = False
        self._generation = 0
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll_file)
        self.notice_arrived.connect(self._notice_arrived)
        self.resumed.connect(self._resumed)
        self.connection_changed.connect(self._connection_changed)
        self.ctx.events.changes.connect(self._on_changes)
        # Stays in the status bar while others' changes cannot reach this window.
        self.paused_label = QLabel(translate("LiveRefresh", "Live updates paused"))
        self.paused_label.setObjectName("warning")
        self.paused_label.setAccessibleName(translate("LiveRefresh", "Live updates paused"))
        self.paused_label.setToolTip(
            translate(
                "LiveRefresh",
                "The server cannot be reached; the lists catch up by themselves once it is back",
            )
        )
        self.paused_label.hide()
        if isinstance(host.parent, QMainWindow):
            host.parent.statusBar().insertPermanentWidget(0, self.paused_label)
        # The listener thread must end with the window, even when nobody calls stop().
        self._stopper = stopper = _Stopper()
        host.parent.destroyed.connect(lambda *_a: stopper.stop())
        self.start()

    # --- following the open database -------------------------------------------------------
    def start(self) -> None:
        """Listen to (or poll) the database the window has open now."""
        self.stop()
        self._generation += 1
        generation = self._generation
        db = self.ctx.db
        if postgresql.is_postgresql_url(db.url):
            self.listener = ChangeListener(
                db.url,
                db.origin,
                on_notice=lambda notice: self.notice_arrived.emit(generation, notice),
                on_resumed=lambda: self.resumed.emit(generation),
                on_connection=self.connection_changed.emit,
            ).start()
            self._stopper.listener = self.listener
        elif db.path is not None:
            try:
                self.watch = DataVersionWatch(db.path)
            except Exception as exc:  # noqa: BLE001 - the window works without live updates
                log.warning("cannot watch %s for changes: %s", db.path, exc)
                return
            watch = self.watch
            self._forget_commits = db.on_commit(lambda _changes: watch.absorb())
            self.poll_timer.start()

    def stop(self) -> None:
        """Stop listening and polling (the window closes, or opens another database)."""
        self.poll_timer.stop()
        self.paused_label.hide()
        self._was_down = False
        self._waiting = []
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
            self._stopper.listener = None
        if self._forget_commits is not None:
            self._forget_commits()
            self._forget_commits = None
        if self.watch is not None:
            self.watch.close()
            self.watch = None

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.is_everything() and self.ctx.events.changed_by is None:
            self.start()  # another database (or a restored file): follow that one

    # --- a team database ---------------------------------------------------------------------
    def _notice_arrived(self, generation: int, notice: ChangeNotice) -> None:
        """Notices arriving together are published together, one batch per person."""
        if generation != self._generation:
            return  # about the database open before
        self._waiting.append(notice)
        if len(self._waiting) == 1:
            QTimer.singleShot(0, self, self._publish_waiting)

    def _publish_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        batches: list[tuple[str, ChangeSet]] = []
        for notice in waiting:
            if batches and batches[-1][0] == notice.user:
                batches[-1] = (notice.user, batches[-1][1] | notice.changes)
            else:
                batches.append((notice.user, notice.changes))
        for user, changes in batches:
            self.ctx.events.publish_from_elsewhere(changes, user)

    def _resumed(self, generation: int) -> None:
        if generation == self._generation:
            self.ctx.events.publish_from_elsewhere(ChangeSet.unseen())

    def _connection_changed(self, up: bool) -> None:
        self.paused_label.setVisible(not up)
        if not up and not self._was_down:
            self.host.show_status(
                translate(
                    "LiveRefresh",
                    "Lost touch with the server: others' changes show again once it is back.",
                ),
                10000,
            )
        elif up and self._was_down:
            self.host.show_status(
                translate("LiveRefresh", "Back in touch with the server: showing the latest."),
                5000,
            )
        self._was_down = not up

    # --- a database file -------------------------------------------------------------------------
    def poll_file(self) -> bool:
        """Reload what the views show if someone else committed to the file; True if so."""
        if self.watch is None:
            return False
        try:
            changed = self.watch.changed()
        except Exception as exc:  # noqa: BLE001 - a moved or locked file: try again next time
            log.info("cannot ask %s for changes: %s", self.ctx.db.path, exc)
            return False
        if changed:
            self.ctx.events.publish_from_elsewhere(ChangeSet.unseen())
        return changed


class _Stopper:
    """Holds the listener apart from the QObject, so the window's end can still stop it."""

    listener: ChangeListener | None = None

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop(timeout=0.5)
            self.listener = None


def install_live_refresh(host: WindowHost) -> LiveRefresh:
    """Show changes made in other windows (a team database, or the same file read-only)."""
    return LiveRefresh(host)
