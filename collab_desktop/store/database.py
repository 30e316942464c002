"""A Database: one engine and short transactions (``with db.session() as s:``)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from collab_desktop.domain.changes import ChangeSet
from collab_desktop.domain.translation import translate
from collab_desktop.store import change_capture, history_flush, postgresql, record_stamps, sqlite

log = logging.getLogger(__name__)


class ReadOnlyDatabase(Exception):
    """A write was attempted on a database opened read-only."""


def _refuse_write(*_args: object) -> None:
    raise ReadOnlyDatabase(
        translate(
            "Database",
            "This database is open read-only (another window is editing it); changes cannot be saved.",
        )
    )


class Database:
    """Handle to an opened, migrated database; services take one of these."""

    def __init__(self, url: str, engine: Engine | None = None, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        if engine is None:
            if sqlite.is_sqlite_url(url):
                engine = sqlite.create_sqlite_engine(url)
            elif postgresql.is_postgresql_url(url):
                engine = postgresql.create_postgresql_engine(url)
            else:
                from sqlalchemy import create_engine

                engine = create_engine(url)
        self.engine = engine
        self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        if read_only:
            event.listen(self._factory, "before_flush", _refuse_write)
        self._commit_listeners: list[Callable[[ChangeSet], None]] = []
        # Names this Database in the notices it sends, so its own window can skip them.
        self.origin = uuid.uuid4().hex[:16]
        record_stamps.install(self._factory)
        change_capture.install(self._factory, engine, self._committed)
        if engine.dialect.name == "postgresql" and not read_only:
            event.listen(self._factory, "before_commit", self._announce)
        history_flush.install(self._factory)

    @property
    def path(self) -> Path | None:
        """The database file, for SQLite databases."""
        return sqlite.path_from_url(self.url)

    def describe(self) -> str:
        """Where the data is, for the status bar and messages (never with a password)."""
        if postgresql.is_postgresql_url(self.url):
            return postgresql.describe(self.url)
        path = self.path
        return str(path) if path else self.url

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        s = self._factory()
        try:
            yield s
            if self.read_only:
                s.rollback()
            else:
                s.commit()
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def on_commit(self, callback: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Call ``callback(changes)`` after every commit that changed something; returns a remover.

        Called in the committing thread, right after the commit (the transaction is over).
        """
        self._commit_listeners.append(callback)
        return lambda: self._commit_listeners.remove(callback)

    def _announce(self, session: Session) -> None:
        """Tell the other windows what this transaction changed, inside it (sent on commit)."""
        changes = change_capture.pending_changes(session)
        if not changes:
            return
        from collab_desktop.store import change_notice
        from collab_desktop.store.acting_user import acting_user

        payload = change_notice.encode(changes, acting_user(self.engine), self.origin)
        postgresql.notify(session.connection(), change_notice.CHANNEL, payload)

    def _committed(self, changes: ChangeSet) -> None:
        for callback in list(self._commit_listeners):
            try:
                callback(changes)
            except Exception:  # the data is committed; a listener must not undo that
                log.exception("a commit listener failed")

    def dispose(self) -> None:
        """Close every pooled connection (before a restore, or on exit)."""
        self.engine.dispose()
