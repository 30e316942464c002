"""Adding people to collaboratives and sessions, and editing a membership, as undo steps.

Each function does the action in one transaction and returns, with its result, the change that
takes back exactly the rows it added or changed (None when it changed nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from collab_desktop.domain.records import MembershipRecord
from collab_desktop.domain.series_records import BulkAddResult
from collab_desktop.domain.translation import translate
from collab_desktop.services.directory import memberships
from collab_desktop.services.safety.row_log import (
    RowChanges,
    RowLog,
    collaborative_label,
    reapply,
    revert,
    session_label,
)
from collab_desktop.services.sessions import registrations
from collab_desktop.store.database import Database
from collab_desktop.store.models import Contact, LearningSession, SessionSeries

_TABLES = {"membership": "memberships", "registration": "registrations"}


@dataclass
class RowsChange:
    """Rows an action added or changed: undo takes back exactly those, redo puts them again."""

    kind: str
    changes: RowChanges
    text: str
    # Other kinds of records the views must reload (e.g. contacts a walk-in list created).
    also: tuple[str, ...] = ()

    def undo(self, db: Database) -> list[Any]:
        revert(db, self.changes)
        return self.changes.ids(_TABLES[self.kind])

    def redo(self, db: Database) -> list[Any]:
        self.changes = reapply(db, self.changes)
        return self.changes.ids(_TABLES[self.kind])


def _who(db: Database, contact_ids: Sequence[int], many: str) -> str:
    """The person's name for one, '5 people' (or members) for several."""
    if len(contact_ids) != 1:
        return f"{len(contact_ids)} {many}"
    with db.session() as s:
        c = s.get(Contact, contact_ids[0])
        if c is None:
            return f"1 {many}"
        return f"{c.first_name} {c.last_name}".strip() or (c.email or "1 person")


def _session(db: Database, session_id: int) -> str:
    with db.session() as s:
        return session_label(s, session_id)


def add_members_with_undo(
    db: Database,
    collaborative_id: int,
    contact_ids: Sequence[int],
    role: str = "member",
    joined_on: date | None = None,
    active: bool = True,
) -> tuple[list[MembershipRecord], RowsChange | None]:
    """Put contacts in a collaborative (all or none); undo takes out exactly these memberships."""
    log = RowLog()
    added = memberships.add_memberships(
        db, collaborative_id, contact_ids, role, joined_on, active, log
    )
    if not added:
        return added, None
    who = added[0].contact_name if len(added) == 1 else f"{len(added)} members"
    with db.session() as s:
        text = f"add {who} to {collaborative_label(s, collaborative_id)}"
    return added, RowsChange("membership", log.changes, text)


def edit_membership_with_undo(
    db: Database,
    membership_id: int,
    role: str,
    joined_on: date | None,
    active: bool,
    version: int | None = None,
) -> tuple[MembershipRecord, RowsChange | None]:
    """Change a membership; undo gives back its role, joined date and active flag.

    version: the one the editor showed; a membership changed since refuses (StaleRecord).
    """
    log = RowLog()
    saved = memberships.update_membership(
        db, membership_id, role, joined_on, active, log, version=version
    )
    if not log.changes:
        return saved, None
    text = translate("Links", "edit membership of {name}").format(name=saved.contact_name)
    return saved, RowsChange("membership", log.changes, text)


def register_with_undo(
    db: Database,
    session_id: int,
    contact_ids: Sequence[int],
    whole_series: bool = False,
    any_role: bool = False,
) -> RowsChange | None:
    """Register people for a session (or sign them up for its series); one undo step."""
    log = RowLog()
    registrations.register_people(db, session_id, contact_ids, whole_series, any_role, log)
    if not log.changes:
        return None
    who = _who(db, contact_ids, "people")
    series_title = _series_title(db, session_id) if whole_series else None
    if series_title is not None:
        text = translate("Links", "register {who} for the series {series_title}").format(
            who=who, series_title=series_title
        )
    else:
        text = f"register {who} for {_session(db, session_id)}"
    return RowsChange("registration", log.changes, text)


def _series_title(db: Database, session_id: int) -> str | None:
    with db.session() as s:
        row = s.get(LearningSession, session_id)
        series = s.get(SessionSeries, row.series_id) if row and row.series_id else None
        return series.title if series is not None else None


def register_collaborative_with_undo(
    db: Database, session_id: int, collaborative_id: int | None, role: str | None = None
) -> tuple[BulkAddResult, RowsChange | None]:
    """Register a whole collaborative (or role); undo removes only those this added."""
    log = RowLog()
    result = registrations.register_collaborative(db, session_id, collaborative_id, role, log)
    if not log.changes:
        return result, None
    who = _who(db, result.contact_ids, "people")
    text = f"register {who} for {_session(db, session_id)}"
    return result, RowsChange("registration", log.changes, text)


def apply_attendance_with_undo(
    db: Database, preview: Any
) -> tuple[dict[str, int], RowsChange | None]:
    """Record a sign-up sheet's attendance and walk-ins; undo takes all of it back.

    ``preview`` is a services.sessions.signup_sheets AttendancePreview; walk-ins new to the database
    become contacts, and undo removes those contacts too while nothing else uses them.
    """
    from collab_desktop.services.sessions.signup_sheets import apply_attendance

    log = RowLog()
    counts = apply_attendance(db, preview, log)
    if not log.changes:
        return counts, None
    text = translate("Links", "import attendance for {value}").format(
        value=_session(db, preview.session_id)
    )
    return counts, RowsChange("registration", log.changes, text, also=("contact",))


def apply_meeting_with_undo(
    db: Database, preview: Any, add_unmatched: bool = False
) -> tuple[dict, RowsChange | None]:
    """Record a meeting report's attendance (walk-ins and new contacts too) as one undo step.

    ``preview`` is a services.sessions.meeting_attendance MeetingPreview, its choices made.
    """
    from collab_desktop.services.sessions.meeting_attendance import apply_meeting_attendance

    log = RowLog()
    counts = apply_meeting_attendance(db, preview, add_unmatched, log)
    if not log.changes:
        return counts, None
    text = translate("Links", "read attendance for {value}").format(
        value=_session(db, preview.session_id)
    )
    return counts, RowsChange("registration", log.changes, text, also=("contact",))
