"""Listening for other windows' changes on a team database (PostgreSQL LISTEN), off the GUI thread.

One autocommit psycopg connection LISTENs on the notices channel in a thread of its own and hands
each notice from another Database to ``on_notice``. When the connection drops it connects again,
waiting longer each time (up to MAX_DELAY_S); once listening again it calls ``on_resumed``:
notices sent meanwhile are lost, so whoever shows data reloads it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from collab_desktop.store import change_notice, postgresql
from collab_desktop.store.change_notice import ChangeNotice

log = logging.getLogger(__name__)

POLL_S = 0.25  # how long one wait for notices lasts: how soon stop() is noticed
FIRST_DELAY_S = 0.2
MAX_DELAY_S = 10.0
CONNECT_TIMEOUT_S = 5


class ChangeListener:
    """Calls ``on_notice(notice)`` for every change committed by another Database (in its thread)."""

    def __init__(
        self,
        url: str,
        origin: str,
        on_notice: Callable[[ChangeNotice], None],
        on_resumed: Callable[[], None] = lambda: None,
        on_connection: Callable[[bool], None] = lambda _up: None,
    ) -> None:
        """``on_connection(False)`` when the server cannot be reached, ``(True)`` once listening."""
        self.conninfo = postgresql.libpq_conninfo(url)
        self.origin = origin
        self.on_notice = on_notice
        self.on_resumed = on_resumed
        self.on_connection = on_connection
        self.listening = threading.Event()  # set while a LISTEN connection is up
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn = None  # the live connection, for backend_pid() in tests and stop()

    # --- control ----------------------------------------------------------------------------
    def start(self) -> ChangeListener:
        """Start listening in a background (daemon) thread."""
        self._thread = threading.Thread(target=self.run, name="change-listener", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """Stop listening; returns once the thread has ended (or after timeout seconds)."""
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        self._thread = None

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (None while not connected)."""
        conn = self._conn
        return conn.info.backend_pid if conn is not None and not conn.closed else None

    # --- the thread ----------------------------------------------------------------------------
    def run(self) -> None:
        """Connect, LISTEN and hand on notices until stopped; reconnect with back-off."""
        import psycopg

        delay = FIRST_DELAY_S
        missed = False
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(
                    self.conninfo,
                    autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_S,
                    application_name="collab-desktop listener",
                )
            except psycopg.Error as exc:
                log.info("cannot listen for changes (again in %.1f s): %s", delay, exc)
                missed = True
                self.on_connection(False)
                self._stop.wait(delay)
                delay = min(delay * 2, MAX_DELAY_S)
                continue
            try:
                conn.execute(f"LISTEN {change_notice.CHANNEL}")
                self._conn = conn
                self.listening.set()
                self.on_connection(True)
                delay = FIRST_DELAY_S
                if missed:
                    self.on_resumed()
                    missed = False
                while not self._stop.is_set():
                    for notify in conn.notifies(timeout=POLL_S):
                        self._received(notify.payload)
            except psycopg.Error as exc:
                if not self._stop.is_set():
                    log.info("stopped listening for changes: %s", exc)
                    missed = True
            finally:
                self.listening.clear()
                self._conn = None
                conn.close()
            if missed and not self._stop.is_set():
                self._stop.wait(delay)  # then connect again (said only if that fails)
                delay = min(delay * 2, MAX_DELAY_S)

    def _received(self, payload: str) -> None:
        notice = change_notice.decode(payload)
        if notice is None or notice.origin == self.origin or not notice.changes:
            return
        try:
            self.on_notice(notice)
        except Exception:  # a receiver's fault must not end the listening
            log.exception("a change notice could not be handed on")
