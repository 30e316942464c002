"""The team server out of reach while the window is open: a bar, the server asked again with
growing pauses, and the forms whose save failed saved by themselves once it answers.

Any database call of the window that fails because the server cannot be reached (an operation's
DatabaseUnavailable, a background read) reports it on ``DataEvents.server_unreachable``. The
bar says the unsaved work is kept; the forms are written to the kept-work file at once (see
kept_forms.py), so closing the window or a crash loses nothing. Retry now (Ctrl+Shift+F5) asks
at once; otherwise a ``SELECT 1`` runs off the GUI thread after 5 s, 10 s, 30 s, 60 s, then every
two minutes. When it answers, each waiting form is saved through its own Save, so validation
and conflict handling apply as for a click.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from collab_desktop.domain import clock
from collab_desktop.domain.database_address import is_server_url
from collab_desktop.domain.translation import translate
from collab_desktop.ui.features.kept_forms import KeptForms
from collab_desktop.ui.host import Menu
from collab_desktop.ui.locale_format import short_time
from collab_desktop.ui.tasks import TaskRunner
from collab_desktop.ui.widgets.notice_bar import NoticeBar

if TYPE_CHECKING:
    from collab_desktop.domain.changes import ChangeSet
    from collab_desktop.ui.host import WindowHost
    from collab_desktop.ui.tabs.record_tab import RecordTab

log = logging.getLogger(__name__)

# Pauses before asking the server again: growing, then every two minutes.
RETRY_PAUSES_MS = (5_000, 10_000, 30_000, 60_000, 120_000)
RETRY_SHORTCUT = "Ctrl+Shift+F5"


def away_text() -> str:
    """What the bar says while the server cannot be reached."""
    return translate(
        "ServerWatch",
        "The team database cannot be reached. Your unsaved work is kept; it will be saved "
        "when the server is back.",
    )


class ServerWatch(QObject):
    """The server-away bar, its back-off, and the waiting forms saved when the server is back."""

    def __init__(self, host: WindowHost, record_tabs: Callable[[], list[RecordTab]]) -> None:
        super().__init__(host.parent)
        self.host = host
        self.ctx = host.ctx
        self.record_tabs = record_tabs
        self.runner = TaskRunner(self)
        self.kept = KeptForms(host, record_tabs)
        self.away = False
        self.asking = False
        self.attempt = 0  # index into RETRY_PAUSES_MS of the pause now running
        self.waiting: list[RecordTab] = []  # forms whose save failed for the server
        self._lost_again = False
        self._saving = False  # the waiting forms are being saved

        self.bar = NoticeBar("ServerAwayBar", translate("ServerWatch", "Team database notice"))
        self.retry_button = self.bar.add_button(
            translate("ServerWatch", "Retry &now"),
            translate("ServerWatch", "Ask the team database again now"),
            translate(
                "ServerWatch",
                "Ask the team database now instead of waiting for the next try ({key})",
            ).format(key=RETRY_SHORTCUT),
        )
        self.retry_button.clicked.connect(self.retry_now)
        host.add_bar(self.bar)
        self.bar.hide()
        self.retry_action = QAction(
            translate("ServerWatch", "Retry the &team database now"), host.parent
        )
        self.retry_action.setShortcut(QKeySequence(RETRY_SHORTCUT))
        self.retry_action.setStatusTip(
            translate("ServerWatch", "Ask the team database again and save the waiting forms")
        )
        self.retry_action.triggered.connect(self.retry_now)
        self.retry_action.setEnabled(False)
        host.add_action(Menu.FILE, self.retry_action)

        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.ask_server)
        self.ctx.events.server_unreachable.connect(self.server_lost)
        self.ctx.events.changes.connect(self._on_changes)
        self.kept.offer_kept()

    def watching(self) -> bool:
        """True while the window writes to a team database (a file has no server to lose)."""
        db = self.ctx.db
        return db.path is None and not db.read_only and is_server_url(db.url)

    # --- the server goes away -------------------------------------------------------------
    def server_lost(self, message: str, source: object = None) -> None:
        """A call failed for the server: mark source's form waiting, keep the forms, show the
        bar and start asking again."""
        if not self.watching():
            return
        log.warning("team database unreachable: %s", message)
        self._lost_again = True
        tab = self._failed_form(source)
        if tab is not None and _dirty(tab) and tab not in self.waiting:
            self.waiting.append(tab)
        for waiting in self.waiting:
            self._mark_waiting(waiting)
        self.kept.keep()
        if self.away:
            if not self.retry_timer.isActive() and not self.asking:
                self._next_try()
            return
        self.away = True
        self.attempt = 0
        self.bar.show()
        self.retry_action.setEnabled(True)
        self._wait(RETRY_PAUSES_MS[0])

    def _failed_form(self, source: object) -> Any:
        """The form whose save failed: a record tab, or the session editor (also when its own
        overlap check was the call that failed)."""
        from collab_desktop.ui.dialogs.session_dialog import SessionDialog

        if source in self.record_tabs() or isinstance(source, SessionDialog):
            return source
        modal = QApplication.activeModalWidget()
        return modal if source is None and isinstance(modal, SessionDialog) else None

    def _mark_waiting(self, form: Any) -> None:
        """The form says it waits for the server (its title; Save or a new selection resets it)."""
        title = getattr(form, "title", None)
        shown = title.text() if title is not None else form.windowTitle()
        if form.property("waitingTitle") == shown:
            return  # marked already
        text = translate("ServerWatch", "{title} (waiting for the server)").format(title=shown)
        if title is not None:
            title.setText(text)
        else:
            form.setWindowTitle(text)
        form.setProperty("waitingTitle", text)

    # --- asking again ---------------------------------------------------------------------
    def retry_now(self) -> None:
        """Ask the server at once (the button and Ctrl+Shift+F5)."""
        if not self.away:
            return
        self.retry_timer.stop()
        self.host.show_status(translate("ServerWatch", "Asking the team database…"), 3000)
        self.ask_server()

    def ask_server(self) -> None:
        """Ask the server with a ``SELECT 1`` on the worker thread (never more than one at once)."""
        if not self.away or self.asking:
            return
        from collab_desktop.services.safety.server_check import server_unreachable

        db = self.ctx.db
        self.asking = True
        self.runner.run(
            lambda: server_unreachable(db),
            on_done=self._answered,
            on_error=lambda exc, _details: self._answered(str(exc)),
        )

    def _answered(self, why: str | None) -> None:
        self.asking = False
        if not self.away or not shiboken6.isValid(self.bar):
            return
        if why is None:
            self.server_back()
        else:
            log.info("team database still unreachable: %s", why)
            self._next_try()

    def _next_try(self) -> None:
        """Wait the next, longer pause (the last one repeats)."""
        self.attempt = min(self.attempt + 1, len(RETRY_PAUSES_MS) - 1)
        self._wait(RETRY_PAUSES_MS[self.attempt])

    def _wait(self, pause_ms: int) -> None:
        """Start the pause, and say in the bar when the server is asked next."""
        self.retry_timer.start(pause_ms)
        at = clock.local_now() + timedelta(milliseconds=pause_ms)
        next_try = translate("ServerWatch", "Next try at {time}.").format(time=short_time(at))
        self.bar.show_text(f"{away_text()} {next_try}")

    # --- the server is back ---------------------------------------------------------------
    def server_back(self) -> None:
        """Save the waiting forms through their Save; then the bar goes and the status says so."""
        self._lost_again = False
        self._saving = True
        try:
            saved, refused = self._save_waiting()
        finally:
            self._saving = False
        if self._lost_again:
            return  # gone again: server_lost kept the forms and set the next try
        self.away = False
        self.retry_timer.stop()
        self.retry_action.setEnabled(False)
        self.bar.hide()
        self.kept.keep(tabs=[])  # saved, or on screen with their message: no longer kept
        if saved:
            text = translate("ServerWatch", "Back online: saved %n changes", None, saved)
        else:
            text = translate("ServerWatch", "Back online.")
        if refused:
            text += " " + translate(
                "ServerWatch",
                "%n forms were not saved: see the message in the form.",
                None,
                refused,
            )
        self.host.show_status(text, 10000)

    def _save_waiting(self) -> tuple[int, int]:
        """Save each waiting form as its Save button would: (saved, refused)."""
        saved = refused = 0
        for tab in list(self.waiting):
            closed = not shiboken6.isValid(tab) or (_is_editor(tab) and not tab.isVisible())
            if closed or not _dirty(tab):
                self.waiting.remove(tab)  # saved, cancelled or closed meanwhile
                continue
            if tab.save():
                saved += 1
                self.waiting.remove(tab)
            elif self._lost_again:
                break
            else:
                refused += 1  # the form shows why (validation, a conflict), as for a click
                self.waiting.remove(tab)
        return saved, refused

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.is_everything():  # another database in this window: start afresh
            self.away = False
            self.waiting = []
            self.retry_timer.stop()
            self.retry_action.setEnabled(False)
            self.bar.hide()
            self.kept.offer_kept()
        elif self.away and not self.asking and not self._saving:
            self.ask_server()  # a write went through: the server may well be back

    # --- closing --------------------------------------------------------------------------
    def keep_before_close(self) -> bool:
        """While the server is away, keep every unsaved form in the file and let the window
        close without asking (a save could not work); True when that was done."""
        if not self.away:
            return False
        self.kept.keep()
        for tab in self.kept.dirty_tabs():
            tab.form.set_dirty(False)
        self.retry_timer.stop()
        return True


def _is_editor(form: Any) -> bool:
    """The session editor (a dialog), rather than a record tab's form."""
    return getattr(form, "form", None) is None


def _dirty(form: Any) -> bool:
    """Unsaved edits in a record tab's form or in the session editor."""
    panel = getattr(form, "form", None)
    return panel.is_dirty() if panel is not None else form.is_dirty()


def install_server_watch(
    host: WindowHost, record_tabs: Callable[[], list[RecordTab]]
) -> ServerWatch:
    """Watch for the team server going away while the window is open."""
    return ServerWatch(host, record_tabs)
