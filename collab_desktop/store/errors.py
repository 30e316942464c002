"""Errors about the database (a file or a server) itself, worded for the user."""

from __future__ import annotations


class DatabaseFileError(Exception):
    """The database cannot be used; the message says why and what to do."""


class NotACollabDatabase(DatabaseFileError):
    """The file exists but is not a Collab Desktop database."""


class SchemaTooNew(DatabaseFileError):
    """The file was written by a newer release; it is never downgraded."""


class MigrationFailed(DatabaseFileError):
    """Upgrading the schema failed; the database was left as it was."""


class SchemaTooOld(DatabaseFileError):
    """A server database of an older schema: upgraded only on purpose (``upgrade-db``)."""


class DatabaseUnavailable(DatabaseFileError):
    """The database server cannot be reached, or refuses this user or this database."""
