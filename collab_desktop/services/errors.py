"""Errors services raise; each message is meant to be shown to the user as it is."""

from __future__ import annotations

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
