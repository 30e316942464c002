"""Errors services raise; each message is meant to be shown to the user as it is."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from collab_desktop.domain.errors import AppError


class ServiceError(AppError):
    """An operation could not be done; str(exc) says what is wrong and what to do."""


class NotFoundError(ServiceError):
    """The record asked for does not exist (any more)."""


class ConflictError(ServiceError):
    """The change would break a uniqueness rule (same email, same name)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ValidationError(ServiceError):
    """One or more fields are invalid; ``errors`` maps field name to message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


class StaleRecord(ConflictError):
    """A save based on an old version: someone changed the record since the form was loaded.

    ``current`` is the record as stored now (the dataclass of its kind), for a merge; the message
    reads "contact 12 was changed by dana at 14:03 (version 5; you had 4)".
    """

    def __init__(
        self,
        kind: str,
        record_id: object,
        current: Any,
        changed_by: str,
        changed_at: datetime | None,
        stored_version: int,
        your_version: int,
    ) -> None:
        from collab_desktop.domain.record_stamps import changed_text
        from collab_desktop.domain.translation import translate

        message = translate("StaleRecord", "{changed} (version {stored}; you had {yours})").format(
            changed=changed_text(kind, record_id, changed_by, changed_at),
            stored=stored_version,
            yours=your_version,
        )
        super().__init__(message)
        self.kind = kind
        self.record_id = record_id
        self.current = current
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.stored_version = stored_version
        self.your_version = your_version
