"""Does the team server answer again? A cheap question asked while it is away."""

from __future__ import annotations

from collab_desktop.store.database import Database


def server_unreachable(db: Database) -> str | None:
    """None when the database answers ``SELECT 1``; else one line saying why it does not.

    Goes through the database's own pool, whose pre-ping replaces the connections a restarted
    server left dead, so the next save finds a live one.
    """
    from sqlalchemy.exc import DBAPIError

    from collab_desktop.store.failures import server_failure_message

    try:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        return server_failure_message(exc, db.url) or str(exc.orig or exc)
    except OSError as exc:
        return str(exc)
    return None
