"""The optimistic lock every editing service applies: a save names the version it started from,
and a record stored at another version is refused with StaleRecord (who changed it, when, and the
record as it is now, for a merge)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm.exc import StaleDataError

from collab_desktop.services.errors import StaleRecord


def stale(kind: str, current: Any, your_version: int) -> StaleRecord:
    """The refusal for a save based on your_version of a record stored as current."""
    return StaleRecord(
        kind,
        current.id,
        current,
        current.updated_by,
        current.updated_at,
        current.version,
        your_version,
    )


def check_version(
    kind: str, stored_version: int, expected: int | None, current: Callable[[], Any]
) -> None:
    """Refuse (StaleRecord) when the editor started from another version than the stored one.

    expected None: the caller edits whatever is stored (a new record, a bulk change).
    current: the record as stored now, built only when the save is refused.
    """
    if expected is None or stored_version == expected:
        return
    raise stale(kind, current(), expected)


@contextmanager
def refused_when_overtaken(kind: str, expected: int | None, current: Callable[[], Any]) -> Iterator:
    """Turn a flush that found the row at another version (someone saved between our read and our
    write) into the same StaleRecord as a check before it."""
    try:
        yield
    except StaleDataError as exc:
        record = current()
        raise stale(kind, record, expected if expected is not None else record.version) from exc


def stamp_fields(row: Any, times: bool = True) -> dict[str, Any]:
    """A stored row's version and who created and changed it (and when), for its record."""
    values = {"version": row.version, "created_by": row.created_by, "updated_by": row.updated_by}
    if times:
        values["created_at"] = getattr(row, "created_at", None)
        values["updated_at"] = row.updated_at
    return values
