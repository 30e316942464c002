"""The rows one action added or changed, kept whole so the action can be undone and redone exactly.

Used for links (memberships, registrations, series sign-ups) and the contacts a walk-in list
creates. Undo removes exactly the rows the action added and gives changed rows their earlier
values; it refuses, changing nothing, when any of those rows was changed after the action.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ConflictError
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
    SeriesRegistration,
    SessionSeries,
)
from collab_desktop.store.record_stamps import STAMP_COLUMNS

MODELS: dict[str, type] = {
    m.__tablename__: m for m in (Contact, Membership, Registration, SeriesRegistration)
}
# Columns that must be unique together: a redo refuses when another row holds them now.
UNIQUE = {
    "contacts": ("email_key",),
    "memberships": ("contact_id", "collaborative_id"),
    "registrations": ("session_id", "contact_id"),
    "series_registrations": ("series_id", "contact_id"),
}
# Rows that point at a contact: a contact the action created is removed only when nothing else does.
_CONTACT_LINKS = (Membership, Registration, SeriesRegistration)


@dataclass
class RowState:
    """One row as the action left it (or found it): table, id, every other column, and a label."""

    table: str
    id: int
    values: dict[str, Any]
    label: str


@dataclass
class RowChanges:
    """Rows an action inserted (in insert order) and rows it changed (before, after)."""

    created: list[RowState] = field(default_factory=list)
    modified: list[tuple[RowState, RowState]] = field(default_factory=list)

    def ids(self, table: str) -> list[int]:
        """Ids of the rows of one table the action added or changed."""
        rows = [*self.created, *(after for _before, after in self.modified)]
        return [r.id for r in rows if r.table == table]

    def __bool__(self) -> bool:
        return bool(self.created or self.modified)


def _values(row: Any) -> dict[str, Any]:
    return {a.key: getattr(row, a.key) for a in inspect(type(row)).column_attrs if a.key != "id"}


def person_label(s: Session, contact_id: int) -> str:
    """A contact's name, their email when they have none, or "contact 12" once deleted."""
    c = s.get(Contact, contact_id)
    if c is None:
        return f"contact {contact_id}"
    return f"{c.first_name} {c.last_name}".strip() or (c.email or f"contact {contact_id}")


def collaborative_label(s: Session, collaborative_id: int) -> str:
    """A collaborative's short name (e.g. 'LHS E-STaR'), or its name when it has none."""
    row = s.get(Collaborative, collaborative_id)
    if row is None:
        return "a collaborative"
    return row.short_name.strip() or row.name


def session_label(s: Session, session_id: int) -> str:
    """'Huddle 2026-03-03': a session's title and local date."""
    row = s.get(LearningSession, session_id)
    if row is None:
        return f"session {session_id}"
    return f"{row.title} {to_local(row.start_at):%Y-%m-%d}"


def _label(s: Session, table: str, v: dict[str, Any]) -> str:
    if table == "contacts":
        return f"{v['first_name']} {v['last_name']}".strip() or (v["email"] or "a contact")
    who = person_label(s, v["contact_id"])
    if table == "memberships":
        return f"{who} in {collaborative_label(s, v['collaborative_id'])}"
    if table == "registrations":
        return f"{who} for {session_label(s, v['session_id'])}"
    series = s.get(SessionSeries, v["series_id"])
    return (
        translate("RowLog", "{who}'s sign-up for the series {value}")
        .format(who=who, value=series.title if series else "")
        .rstrip()
    )


class RowLog:
    """Collects, inside one transaction, the rows an action adds and the rows it is about to change."""

    def __init__(self) -> None:
        self._added: list[Any] = []
        self._before: dict[tuple[str, int], tuple[Any, dict[str, Any]]] = {}
        self.changes = RowChanges()

    def added(self, row: Any) -> None:
        """Note a row just given to the session with ``s.add``."""
        self._added.append(row)

    def changing(self, row: Any) -> None:
        """Note an existing row before the action changes it (its first state is the one kept)."""
        if row in self._added:
            return
        self._before.setdefault((row.__tablename__, row.id), (row, _values(row)))

    def finish(self, s: Session) -> RowChanges:
        """Before the transaction ends: write pending rows and keep what the action did, as stored."""
        s.flush()
        out = RowChanges()
        for row in self._added:
            s.refresh(row)
            values = _values(row)
            out.created.append(RowState(row.__tablename__, row.id, values, ""))
        for (table, rid), (row, before) in self._before.items():
            s.refresh(row)
            after = _values(row)
            if after != before:
                out.modified.append(
                    (RowState(table, rid, before, ""), RowState(table, rid, after, ""))
                )
        for state in [*out.created, *(pair[1] for pair in out.modified)]:
            state.label = _label(s, state.table, state.values)
        for before, after in out.modified:
            before.label = after.label
        self.changes = out
        return out


def _unstamped(values: dict[str, Any]) -> dict[str, Any]:
    """Values without the version stamps, which every write (an undo too) moves on."""
    return {k: v for k, v in values.items() if k not in STAMP_COLUMNS}


def _put(row: Any, values: dict[str, Any]) -> None:
    """Give a row these values, its time of change included (not stamped anew on write); the
    version and who changed it are stamped by the flush."""
    for key, value in _unstamped(values).items():
        setattr(row, key, value)
    if "updated_at" in values:
        flag_modified(row, "updated_at")


def _expect(s: Session, state: RowState) -> Any:
    """The row, when it is still exactly as given; ConflictError saying what moved otherwise."""
    row = s.get(MODELS[state.table], state.id)
    if row is None:
        raise ConflictError(
            translate("RowLog", "{label} was removed after this step.").format(label=state.label)
        )
    now = _values(row)
    if _unstamped(now) != _unstamped(state.values):
        status = now.get("status")
        detail = f" (now {status})" if status != state.values.get("status") else ""
        raise ConflictError(
            translate("RowLog", "{label} was changed after this step{detail}.").format(
                label=state.label, detail=detail
            )
        )
    return row


def _unused_contact(s: Session, state: RowState, leaving: set[tuple[str, int]]) -> None:
    for model in _CONTACT_LINKS:
        for rid in s.scalars(select(model.id).where(model.contact_id == state.id)):
            if (model.__tablename__, rid) not in leaving:
                raise ConflictError(
                    translate("RowLog", "{label} was used after this step.").format(
                        label=state.label
                    )
                )


def revert(db: Database, changes: RowChanges) -> None:
    """Undo: remove the added rows and give changed rows their earlier values, or change nothing."""
    with db.session() as s:
        added = [(state, _expect(s, state)) for state in changes.created]
        changed = [(before, _expect(s, after)) for before, after in changes.modified]
        leaving = {(state.table, state.id) for state in changes.created}
        for state, _row in added:
            if state.table == "contacts":
                _unused_contact(s, state, leaving)
        for before, row in changed:
            _put(row, before.values)
        # Links first, the contacts they point at last.
        for _state, row in reversed(added):
            s.delete(row)
            s.flush()


def reapply(db: Database, changes: RowChanges) -> RowChanges:
    """Redo: put the added rows back (same ids when free) and the changed rows' later values.

    Returns the changes with any new ids, for the next undo. ConflictError when a row can no
    longer go back (another row took its place, or a record it belongs to was deleted).
    """
    new_ids: dict[str, dict[int, int]] = {}
    with db.session() as s:
        changed = [(after, _expect(s, before)) for before, after in changes.modified]
        created: list[RowState] = []
        for state in changes.created:
            values = dict(state.values)
            if "contact_id" in values:
                values["contact_id"] = new_ids.get("contacts", {}).get(
                    values["contact_id"], values["contact_id"]
                )
            model = MODELS[state.table]
            key = {col: values[col] for col in UNIQUE[state.table]}
            if all(v is not None for v in key.values()) and s.scalar(
                select(model.id).filter_by(**key)
            ):
                raise ConflictError(
                    translate("RowLog", "{label} cannot come back: it exists again.").format(
                        label=state.label
                    )
                )
            # Back as a new version, never one a form may still hold from before the undo.
            if "version" in values:
                values["version"] = (values["version"] or 0) + 1
            free = s.get(model, state.id) is None
            row = model(**values, id=state.id) if free else model(**values)
            s.add(row)
            try:
                s.flush()
            except IntegrityError as exc:
                raise ConflictError(
                    translate(
                        "RowLog", "{label} cannot come back: a record it belongs to was deleted."
                    ).format(label=state.label)
                ) from exc
            new_ids.setdefault(state.table, {})[state.id] = row.id
            created.append(RowState(state.table, row.id, values, state.label))
        for after, row in changed:
            _put(row, after.values)
    return RowChanges(created, changes.modified)
