"""Export a roster: one collaborative's members (or every contact) read in one query, as plain
rows that io.roster_export writes to a workbook.

The rows keep each contact's id first, so the file can be imported back onto the same contacts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from collab_desktop.domain.bulk import paused_gc
from collab_desktop.io.roster_export import write_roster
from collab_desktop.services.directory.collaboratives import get_collaborative
from collab_desktop.services.directory.privacy import contacts_with_consent
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, Contact, Membership


def roster_rows(db: Database, collaborative_id: int | None = None) -> list[tuple[Any, ...]]:
    """One row per membership (contacts without one too, when exporting everyone).

    The values are in the order of io.roster_export.ROSTER_HEADERS; empty text is None.
    """

    def text(column: Any) -> Any:
        # Empty text is written as an empty cell, not an empty string.
        return func.nullif(column, "")

    query = (
        select(
            Contact.id,
            text(Contact.first_name),
            text(Contact.last_name),
            text(Contact.email),
            text(Contact.phone),
            text(Contact.organization),
            text(Contact.department),
            text(Contact.job_title),
            text(Contact.participant_type),
            text(Collaborative.name),
            text(Membership.role),
            Membership.joined_on,
            text(Contact.notes),
        )
        .outerjoin(Membership, Membership.contact_id == Contact.id)
        .outerjoin(Collaborative, Collaborative.id == Membership.collaborative_id)
        .order_by(
            func.lower(Collaborative.name),
            func.lower(Contact.last_name),
            func.lower(Contact.first_name),
            Contact.id,
        )
    )
    if collaborative_id is not None:
        query = query.where(Membership.collaborative_id == collaborative_id)
    with db.session() as s:
        return [tuple(r) for r in s.connection().execute(query)]


@paused_gc()
def export_roster(
    db: Database,
    path: Path | str,
    collaborative_id: int | None = None,
    include_without_consent: bool = True,
) -> int:
    """Export the roster of one collaborative (or all contacts) to .xlsx; returns rows written.

    With include_without_consent False, contacts without recorded consent are left out.
    """
    title = None  # the writer's "Roster", in the chosen language
    if collaborative_id is not None:
        title = get_collaborative(db, collaborative_id).name
    rows = roster_rows(db, collaborative_id)
    if not include_without_consent:
        allowed = contacts_with_consent(db, (r[0] for r in rows))
        rows = [r for r in rows if r[0] in allowed]
    return write_roster(path, rows, title)
