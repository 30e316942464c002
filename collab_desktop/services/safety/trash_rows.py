"""How a trash item keeps rows: the tables a delete starts from, and row values as JSON."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import Column, Table
from sqlalchemy.types import Date

from collab_desktop.store.models import (
    Collaborative,
    Contact,
    LearningSession,
    Membership,
    Registration,
)
from collab_desktop.store.types import UTCDateTime

PAYLOAD_VERSION = 1
CHUNK = 500  # ids per IN (...) query, well under SQLite's limit on bound values
ROOTS: dict[str, Table] = {
    "contact": Contact.__table__,
    "collaborative": Collaborative.__table__,
    "session": LearningSession.__table__,
    "membership": Membership.__table__,
    "registration": Registration.__table__,
}


def primary_key(table: Table) -> Column:
    """The table's one primary key column (every table here has exactly one)."""
    (col,) = table.primary_key.columns
    return col


def chunks(values: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    """The values in slices of at most ``size``, for IN (...) queries."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def encode_value(value: object) -> object:
    """A column value as JSON can hold it (dates and times as ISO text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def decode_row(table: Table, raw: dict) -> dict:
    """A row read back from JSON, with its dates and times as Python values again."""
    values = {}
    for name, value in raw.items():
        col = table.columns[name]
        if value is not None and isinstance(col.type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(col.type, Date):
            value = date.fromisoformat(value)
        values[name] = value
    return values
