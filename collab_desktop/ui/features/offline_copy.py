"""The offline copy in the window: kept fresh while the team database can be reached, and shown,
read-only and clearly marked, when it cannot.

While the window is on a team database it refreshes the copy in the background (at most daily,
on its own thread so a write never waits for it) and shows its size and age in the status bar.
When the window was opened on the copy because the server could not be reached, a bar across
the top says so, with the copy's age; the server is asked again with growing pauses, and
Reconnect (Ctrl+F5) switches the window back to it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from collab_desktop.domain.ages import describe_age
from collab_desktop.domain.database_address import is_server_url
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.ui.host import Menu
from collab_desktop.ui.locale_format import day_time_text
from collab_desktop.ui.tasks import TaskRunner
from collab_desktop.ui.widgets.offline_banner import OfflineBanner

if TYPE_CHECKING:
    from collab_desktop.domain.changes import ChangeSet
    from collab_desktop.services.safety.offline_copy import OfflineCopyInfo
    from collab_desktop.services.safety.team_server import ServerProbe
    from collab_desktop.ui.host import WindowHost
    from collab_desktop.ui.tasks import TaskContext

log = logging.getLogger(__name__)

FIRST_REFRESH_MS = 10_000  # after opening: the tabs fill in first
CHECK_EVERY_MS = 60 * 60 * 1000  # is a day up yet?
# Pauses between asking an unreachable server again: growing, then every five minutes.
RETRY_PAUSES_MS = (15_000, 30_000, 60_000, 120_000, 300_000)
RECONNECT_SHORTCUT = "Ctrl+F5"


def taken_text(info: OfflineCopyInfo) -> str:
    """When the copy was taken, in the workstation's zone, as the window writes a day and time."""
    return day_time_text(to_local(info.taken_at))


class OfflineCopy(QObject):
    """File > Refresh the offline copy now, the status bar's copy line, and the offline bar."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.parent)
        self.host = host
        self.ctx = host.ctx
        self.window = host.parent
        self.runner = TaskRunner(self)
        self.busy = False
        self.offline_url: str | None = None  # the server the window could not reach
        self.banner: OfflineBanner | None = None
        self._retry = 0
        self.server_back = False

        self.refresh_action = QAction(
            translate("OfflineCopy", "Refresh the o&ffline copy now"), self.window
        )
        self.refresh_action.setStatusTip(
            translate(
                "OfflineCopy",
                "Copy the team database to this computer now, to use when the server cannot "
                "be reached",
            )
        )
        self.refresh_action.triggered.connect(lambda: self.refresh(force=True))
        self.reconnect_action = QAction(
            translate("OfflineCopy", "&Reconnect to the team database"), self.window
        )
        self.reconnect_action.setShortcut(QKeySequence(RECONNECT_SHORTCUT))
        self.reconnect_action.setStatusTip(
            translate("OfflineCopy", "Leave the offline copy and open the team database again")
        )
        self.reconnect_action.triggered.connect(self.reconnect)
        host.add_action(Menu.FILE, self.refresh_action, separator_before=True)
        host.add_action(Menu.FILE, self.reconnect_action)

        self.label = QLabel()
        self.label.setAccessibleName(translate("OfflineCopy", "Offline copy"))
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().addPermanentWidget(self.label)
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_EVERY_MS)
        self.check_timer.timeout.connect(lambda: self.refresh(force=False))
        self.check_timer.start()
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.ask_server)
        self.ctx.events.changes.connect(self._on_changes)
        self.update()
        # Owned here (not QTimer.singleShot): it dies with the window instead of firing later.
        self.first_timer = QTimer(self)
        self.first_timer.setSingleShot(True)
        self.first_timer.timeout.connect(lambda: self.refresh(force=False))
        if self.on_server():
            self.first_timer.start(FIRST_REFRESH_MS)

    # --- while on the server ------------------------------------------------------------
    def on_server(self) -> bool:
        """True while the window shows a team database it can write to."""
        db = self.ctx.db
        return db.path is None and not db.read_only and is_server_url(db.url)

    def refresh(self, force: bool = False) -> TaskContext | None:
        """Take the copy in the background when due (or now, with force); nothing off the server."""
        if not self.on_server() or self.busy:
            return None
        from collab_desktop.services.safety.offline_copy import refresh_offline_copy

        db = self.ctx.db
        self.busy = True
        if force:
            self.host.show_status(translate("OfflineCopy", "Refreshing the offline copy…"), 5000)
        return self.runner.run(
            lambda: refresh_offline_copy(db, force=force),
            on_done=self._refreshed,
            on_error=self._refresh_failed,
        )

    def _refreshed(self, info: OfflineCopyInfo | None) -> None:
        self.busy = False
        if info is not None:
            self.host.show_status(translate("OfflineCopy", "The offline copy is up to date."), 5000)
        self.update()

    def _refresh_failed(self, exc: BaseException, _details: str) -> None:
        self.busy = False
        log.warning("offline copy not refreshed: %s", exc)
        self.host.show_status(
            translate(
                "OfflineCopy", "The offline copy could not be refreshed; the last one is kept."
            ),
            8000,
        )
        self.update()

    def update(self) -> None:
        """The status bar's line: the copy's size and age (on a server); the actions' state."""
        from collab_desktop.services.safety.offline_copy import offline_copy_info

        self.refresh_action.setEnabled(self.on_server())
        self.reconnect_action.setEnabled(self.offline_url is not None)
        url = self.offline_url or (self.ctx.db.url if self.on_server() else None)
        info = offline_copy_info(url) if url else None
        if url is None:
            self.label.hide()
            return
        if info is None:
            text = translate("OfflineCopy", "No offline copy yet")
            self.label.setToolTip("")
        else:
            text = translate("OfflineCopy", "Offline copy: {size}, {age}").format(
                size=QLocale().formattedDataSize(info.size_bytes), age=describe_age(info.age())
            )
            self.label.setToolTip(
                translate("OfflineCopy", "Taken {when}\n{path}").format(
                    when=taken_text(info), path=info.path
                )
            )
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        self.label.show()

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.is_everything():  # another database opened in this window
            if self.offline_url is not None and self.ctx.db.path != self._copy_path():
                self._leave_offline()
            self.update()

    # --- while on the copy --------------------------------------------------------------
    def _copy_path(self):  # noqa: ANN202 - Path | None
        from collab_desktop.services.safety.offline_copy import offline_copy_path

        return offline_copy_path(self.offline_url) if self.offline_url else None

    def show_offline(self, url: str, info: OfflineCopyInfo, why: str) -> None:
        """The window shows info's copy because url could not be reached (why): the bar, and
        the server asked again with growing pauses."""
        self.offline_url = url
        self.server_back = False
        if self.banner is None:
            self.banner = OfflineBanner()
            self.banner.reconnect_requested.connect(self.reconnect)
            self.host.add_bar(self.banner)
        self.banner.show()
        self._say_offline(info, why)
        self._retry = 0
        self.retry_timer.start(RETRY_PAUSES_MS[0])
        self.update()

    def _say_offline(self, info: OfflineCopyInfo, why: str = "") -> None:
        text = translate(
            "OfflineCopy",
            "The team database cannot be reached, so this is the offline copy of {source}, "
            "taken {when} ({age}). It is read-only: sign-up sheets, rosters, the calendar and "
            "reports work; changes wait until the team database is back.",
        ).format(source=info.source, when=taken_text(info), age=describe_age(info.age()))
        if why:
            text += "\n" + why
        assert self.banner is not None
        self.banner.show_text(text)

    def ask_server(self) -> None:
        """Ask the unreachable server again, off the GUI thread."""
        if self.offline_url is None:
            return
        from collab_desktop.services.safety.team_server import probe_server

        url = self.offline_url
        self.runner.run(lambda: probe_server(url), on_done=self._answered, on_error=self._no_answer)

    def _answered(self, probe: ServerProbe) -> None:
        if self.offline_url is None:
            return
        if probe.connected:
            self.server_back = True
            assert self.banner is not None
            self.banner.show_text(
                translate(
                    "OfflineCopy",
                    "The team database can be reached again. Reconnect to work on it and to "
                    "read in the attendance marked on paper meanwhile.",
                )
            )
            self.host.show_status(translate("OfflineCopy", "The team database is back."), 8000)
            return
        self._no_answer(None, probe.message)

    def _no_answer(self, _exc: BaseException | None, _details: str) -> None:
        from collab_desktop.services.safety.offline_copy import offline_copy_info

        if self.offline_url is None:
            return
        if (info := offline_copy_info(self.offline_url)) is not None:
            self._say_offline(info)  # the age moves on
        self._retry = min(self._retry + 1, len(RETRY_PAUSES_MS) - 1)
        self.retry_timer.start(RETRY_PAUSES_MS[self._retry])

    def reconnect(self) -> bool:
        """Open the team database in this window again; False (after saying why) if it cannot."""
        if self.offline_url is None:
            return False
        url = self.offline_url
        if not self.host.open_database(url):
            self.retry_timer.start(RETRY_PAUSES_MS[0])
            return False
        self._leave_offline()
        self.update()
        return True

    def _leave_offline(self) -> None:
        self.offline_url = None
        self.server_back = False
        self.retry_timer.stop()
        if self.banner is not None:
            self.banner.hide()


def install_offline_copy(host: WindowHost) -> OfflineCopy:
    """Keep a team database's offline copy fresh, and show the copy when the server is away."""
    return OfflineCopy(host)
