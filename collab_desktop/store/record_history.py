"""History: every change to a contact, a collaborative or a learning session, field by field.

Rows go to ``record_changes`` in the transaction that makes the change, stamped with who
(``acting_user``) and when (``clock.now()``). ORM flushes are recorded by an ``after_flush``
hook (store/history_flush.py); the bulk paths that write with Core statements (the roster import, the trash) hand their rows to a
``HistoryBatch`` themselves, written in one go (executemany on SQLite, COPY on PostgreSQL).

A membership added, changed or removed is a line in the contact's history ("membership: Sepsis
Collaborative") and in the collaborative's ("member: Ana Ruiz"); a registration in the contact's
and the session's ("registration: ...").
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.engine import Connection

from collab_desktop.domain import clock
from collab_desktop.store import postgresql, sqlite
from collab_desktop.store.acting_user import acting_user
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    RecordChange,
)

# Table -> the kind its history is kept under (RecordChange.kind).
RECORD_KINDS: dict[str, str] = {
    "contacts": "contact",
    "collaboratives": "collaborative",
    "learning_sessions": "session",
}
LINK_TABLES = frozenset({"memberships", "registrations"})
# Bookkeeping, not something a coordinator edits (versions and stamps have their own columns).
NOT_HISTORY = frozenset(
    {"id", "version", "created_by", "updated_by", "created_at", "updated_at", "email_key"}
)
CREATED, DELETED, RESTORED = "created", "deleted", "restored"
MEMBERSHIP_PREFIX, MEMBER_PREFIX = "membership: ", "member: "
REGISTRATION_PREFIX = "registration: "
FIELD_WIDTH = 60  # RecordChange.field
# Links to other records, recorded by the other record's name rather than its id.
REFERENCES: dict[str, str] = {
    "collaborative_id": "collaboratives",
    "followup_of_id": "learning_sessions",
}
CHUNK = 500
_COLUMNS = ("kind", "record_id", "field", "old_value", "new_value")


def readable(value: Any) -> str | None:
    """A column value as history shows it: ISO dates and times (with offset), yes/no, text."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def fit_field(field: str) -> str:
    """A history line's field name cut to fit its column."""
    return field if len(field) <= FIELD_WIDTH else field[: FIELD_WIDTH - 1] + "…"


def record_label(table: str, values: Mapping[str, Any]) -> str:
    """How history names a contact, collaborative or session (its "created" line's value)."""
    if table == "contacts":
        name = f"{values.get('first_name') or ''} {values.get('last_name') or ''}".strip()
        return name or values.get("email") or f"#{values.get('id')}"
    if table == "learning_sessions":
        return _session_label(
            values.get("title") or "", values.get("start_at"), values.get("timezone")
        )
    return values.get("name") or f"#{values.get('id')}"


def _session_label(title: str, start: datetime | None, zone: str | None) -> str:
    """A session as history names it, e.g. "October gathering (2026-10-14)": the day (in the
    session's own zone) tells a series' occurrences apart."""
    if start is None:
        return title
    try:
        tz = ZoneInfo(zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    start = start if start.tzinfo else start.replace(tzinfo=UTC)
    return f"{title} ({start.astimezone(tz).date().isoformat()})"


def _membership_value(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    text = str(values.get("role") or "member")
    if values.get("joined_on"):
        text += f", joined {readable(values['joined_on'])}"
    if values.get("active") is not None and not values["active"]:
        text += ", inactive"
    return text


class HistoryBatch:
    """History rows gathered for one transaction, written together by ``write``."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, str, str | None, str | None]] = []
        # (kind, record id, prefix, linked table, linked id, old, new): labels resolved on write.
        self.links: list[tuple[str, int, str, str, int, str | None, str | None]] = []
        # (kind, record id, field, table pointed at, old id, new id): names resolved on write.
        self.references: list[tuple[str, int, str, str, Any, Any]] = []
        self.labels: dict[tuple[str, int], str] = {}

    def __len__(self) -> int:
        return len(self.rows) + len(self.links) + len(self.references)

    def add(
        self,
        table: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        restored: bool = False,
    ) -> None:
        """One row of table went from before to after (None: it did not exist / no longer does).

        For an edit, before and after may hold only the fields that were written.
        """
        if table in RECORD_KINDS:
            self._record(table, before, after, restored)
        elif table == "memberships":
            values = after if after is not None else before
            if values is not None:
                contact_id, collaborative_id = values["contact_id"], values["collaborative_id"]
                old, new = _membership_value(before), _membership_value(after)
                self._link(
                    "contact",
                    contact_id,
                    MEMBERSHIP_PREFIX,
                    "collaboratives",
                    collaborative_id,
                    old,
                    new,
                )
                self._link(
                    "collaborative",
                    collaborative_id,
                    MEMBER_PREFIX,
                    "contacts",
                    contact_id,
                    old,
                    new,
                )
        elif table == "registrations":
            values = after if after is not None else before
            if values is not None:
                old = before.get("status") if before is not None else None
                new = after.get("status") if after is not None else None
                contact_id, session_id = values["contact_id"], values["session_id"]
                prefix = REGISTRATION_PREFIX
                self._link("contact", contact_id, prefix, "learning_sessions", session_id, old, new)
                self._link("session", session_id, prefix, "contacts", contact_id, old, new)

    def _record(
        self,
        table: str,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any] | None,
        restored: bool,
    ) -> None:
        kind = RECORD_KINDS[table]
        values = after if after is not None else before
        if values is None:
            return
        record_id = values["id"]
        if before is None or after is None:
            label = record_label(table, values)
            self.labels[(table, record_id)] = label
            if before is None:
                self.rows.append((kind, record_id, RESTORED if restored else CREATED, None, label))
            else:
                self.rows.append((kind, record_id, DELETED, label, None))
            return
        for name, new in after.items():
            if name in NOT_HISTORY or name not in before:
                continue
            old = before[name]
            if name in REFERENCES:
                if old != new:
                    self.references.append((kind, record_id, name, REFERENCES[name], old, new))
                continue
            old_text, new_text = readable(old), readable(new)
            if old_text != new_text:
                self.rows.append((kind, record_id, name, old_text, new_text))

    def _link(
        self,
        kind: str,
        record_id: int,
        prefix: str,
        linked: str,
        linked_id: int,
        old: str | None,
        new: str | None,
    ) -> None:
        if old != new:
            self.links.append((kind, record_id, prefix, linked, linked_id, old, new))

    def write(self, conn: Connection) -> int:
        """Insert the gathered rows on conn in one go (executemany on SQLite, COPY on a server);
        how many. The batch empties."""
        if not self:
            return 0
        names = self._link_labels(conn)
        rows = list(self.rows)
        # A collaborative deleted or put back in this batch: its own line stands for its members
        # (each member's history still says they left or came back).
        whole = {(k, i) for k, i, field, _o, _n in self.rows if field in (DELETED, RESTORED)}
        for kind, record_id, prefix, linked, linked_id, old, new in self.links:
            if prefix == MEMBER_PREFIX and (kind, record_id) in whole:
                continue
            label = names.get((linked, linked_id), f"#{linked_id}")
            rows.append((kind, record_id, prefix + label, old, new))
        for kind, record_id, field, table, old_id, new_id in self.references:
            old, new = (
                None if i is None else names.get((table, i), f"#{i}") for i in (old_id, new_id)
            )
            rows.append((kind, record_id, field, old, new))
        stamp = {"changed_at": clock.now(), "changed_by": acting_user(conn.engine)}
        values = [(kind, rid, fit_field(field), old, new) for kind, rid, field, old, new in rows]
        table = RecordChange.__table__
        if conn.dialect.name == "postgresql":
            postgresql.copy_new_rows(conn, table, _COLUMNS, values, stamp)
        else:
            sqlite.insert_new_rows(conn, table, _COLUMNS, values, stamp)
        self.rows, self.links, self.references = [], [], []
        return len(rows)

    def _link_labels(self, conn: Connection) -> dict[tuple[str, int], str]:
        """Names of the collaboratives, sessions and contacts the links point at."""
        names = dict(self.labels)
        wanted: dict[str, set[int]] = {}
        pointers = [(linked, linked_id) for _k, _i, _p, linked, linked_id, _o, _n in self.links]
        for _k, _i, _f, table, old_id, new_id in self.references:
            pointers.extend((table, i) for i in (old_id, new_id) if i is not None)
        for parent, parent_id in pointers:
            if (parent, parent_id) not in names:
                wanted.setdefault(parent, set()).add(parent_id)
        for table, ids in wanted.items():
            names.update(_labels(conn, table, sorted(ids)))
        return names


def _labels(conn: Connection, table: str, ids: list[int]) -> dict[tuple[str, int], str]:
    model = {"contacts": Contact, "collaboratives": Collaborative}.get(table, LearningSession)
    columns = {
        "contacts": (Contact.id, Contact.first_name, Contact.last_name, Contact.email),
        "collaboratives": (Collaborative.id, Collaborative.name),
        "learning_sessions": (
            LearningSession.id,
            LearningSession.title,
            LearningSession.start_at,
            LearningSession.timezone,
        ),
    }[table]
    found = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        for row in conn.execute(select(*columns).where(model.id.in_(part))).mappings():
            found[(table, row["id"])] = record_label(table, row)
    return found
