"""The sessions' hooks into the trash, registered when collab_desktop.services is imported.

An occurrence of a series that goes to the trash leaves its date skipped (an exception of the
series), so a later whole-series edit does not bring it back; put back, it is part of its series
again and gets the whole-series sign-ups made meanwhile. The work is in series_edits, imported
when a hook runs: loading this module loads no database layer (the command line parses its
arguments before SQLAlchemy is imported).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collab_desktop.services.safety.trash_hooks import on_restore, on_trash

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def skip_trashed_dates(s: Session, session_ids: list[int]) -> None:
    """Occurrences going to the trash: their dates become exceptions of their series."""
    from collab_desktop.services.sessions.series_edits import set_skipped

    set_skipped(s, session_ids, skipped=True)


def put_back_in_series(s: Session, session_ids: list[int]) -> None:
    """Occurrences back from the trash: part of their series again."""
    from collab_desktop.services.sessions.series_edits import put_back_occurrences

    put_back_occurrences(s, session_ids)


on_trash("session", skip_trashed_dates)
on_restore("session", put_back_in_series)
