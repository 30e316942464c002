"""Copy every table of one database into another (a file to a server and back, or file to file).

Ids are kept, so links between records survive; the target is written in one transaction and its
row counts are checked against the source's before the commit. A target with no tables is set up
first (schema only, no first-run data); a target holding anything is replaced only on request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.schema import Table

from collab_desktop.domain.locale_format import whole_number
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ServiceError
from collab_desktop.store import sqlite, table_copy
from collab_desktop.store.failures import database_failure_line
from collab_desktop.store.location import database_url, describe
from collab_desktop.store.migrate import (
    MARKER_TABLE,
    SCHEMA_RELEASE_KEY,
    head_revision,
    migrate,
    revision_to_upgrade,
    set_up_at,
)
from collab_desktop.store.open import backup_before_upgrade

log = logging.getLogger(__name__)

# Called with (tables copied, tables to copy) as a copy goes.
Progress = Callable[[int, int], object]

# Tables the migrations themselves fill (the vocabularies): rows there alone are not data.
_FILLED_BY_MIGRATIONS = {"participant_types", "membership_roles"}


class CopyRefused(ServiceError):
    """The copy was not started: the source or the target is not fit for it; nothing changed."""


class CopyFailed(ServiceError):
    """The database refused the copy half-way (a broken rule, a server gone); its transaction
    rolled back, so the target holds nothing of it."""


@dataclass(slots=True)
class CopyResult:
    """What was copied: rows per table, in the order they were written."""

    source: str
    target: str
    tables: dict[str, int] = field(default_factory=dict)
    # The backup of an older target file, made before it was upgraded to be replaced.
    target_backup: Path | None = None
    # The table being copied (named when the copy fails).
    current: str | None = None

    def describe_counts(self) -> str:
        t = self.tables
        return translate(
            "CopyDatabase",
            "{collaboratives} collaboratives, {contacts} contacts, {sessions} sessions, "
            "{registrations} registrations",
        ).format(
            collaboratives=whole_number(t.get("collaboratives", 0)),
            contacts=whole_number(t.get("contacts", 0)),
            sessions=whole_number(t.get("learning_sessions", 0)),
            registrations=whole_number(t.get("registrations", 0)),
        )


def _check_source(url: str, any_schema: bool) -> str:
    """The source's schema revision; refuses what is not a Collab Desktop database."""
    where = describe(url)
    path = sqlite.path_from_url(url)
    if path is not None and not path.is_file():
        raise CopyRefused(
            translate(
                "CopyDatabase", "{where} does not exist; give the database to copy from."
            ).format(where=where)
        )
    tables = table_copy.table_names(url)
    if MARKER_TABLE not in tables or "alembic_version" not in tables:
        raise CopyRefused(
            translate(
                "CopyDatabase", "{where} holds no Collab Desktop database; nothing to copy."
            ).format(where=where)
        )
    with table_copy.snapshot(url) as conn:
        rev = table_copy.stored_revision(conn)
    if rev is None or (rev != head_revision() and not any_schema):
        raise CopyRefused(
            translate(
                "CopyDatabase",
                "{where} has schema {rev}, and this release copies schema {value}. Open it with this release first (or run upgrade-db on it), then copy it.",
            ).format(where=where, rev=rev, value=head_revision())
        )
    return rev


def _prepare_target(url: str, revision: str, replace: bool) -> tuple[bool, Path | None]:
    """Set up a target with no tables (schema only, in its own transaction, before the copy's);
    check an existing one is ours, at head. An older file is upgraded only to be replaced, and
    only after a backup of it. Returns (set up here, the older file's backup)."""
    path = sqlite.path_from_url(url)
    if path is not None:
        if path.is_dir():
            raise CopyRefused(
                translate(
                    "CopyDatabase", "{path} is a folder. Give the path of a database file."
                ).format(path=path)
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    new = not table_copy.table_names(url)
    if revision != head_revision():
        # A copy of an older database (a backup before an upgrade) keeps the older schema.
        if path is None or table_copy.table_names(url):
            raise CopyRefused(
                translate(
                    "CopyDatabase", "{value} must be a new file for a copy of schema {revision}."
                ).format(value=describe(url), revision=revision)
            )
        set_up_at(url, revision)
        return True, None
    backup = None
    if path is not None and not new and (older := revision_to_upgrade(url)) is not None:
        if not replace:
            raise CopyRefused(
                translate(
                    "CopyDatabase",
                    "{value} is a database of an older release (schema {older}) and holds data; nothing was copied or changed. Give --replace to overwrite it (it is backed up first), or choose a new file.",
                ).format(value=describe(url), older=older)
            )
        backup = backup_before_upgrade(path, older)
    # No first-run rows: the copy brings the data. An older server schema is refused here.
    migrate(url, upgrade_older=False, backup_hook=None)
    return new, backup


def _held(conn, tables: list[Table]) -> dict[str, int]:  # noqa: ANN001 - Connection
    """Rows the target already holds, per table (the schema's own bookkeeping left out)."""
    held = {}
    for table in tables:
        if table.name in _FILLED_BY_MIGRATIONS:
            continue
        if table.name == "app_meta":
            keys = conn.execute(select(table.c.key)).scalars().all()
            n = len([k for k in keys if k != SCHEMA_RELEASE_KEY])
        else:
            n = table_copy.count_rows(conn, table)
        if n:
            held[table.name] = n
    return held


def copy_database(
    source: str | Path,
    target: str | Path,
    *,
    replace: bool = False,
    any_schema: bool = False,
    progress: Progress | None = None,
) -> CopyResult:
    """Copy every table of source into target in one transaction; rows per table.

    Raises CopyRefused (nothing changed) when the source is not a database of this release
    (with any_schema, an older one is copied as it is, into a new file), or the target already
    holds data and replace is False. progress(tables done, tables) is called as it goes; an
    exception it raises (the user's Cancel) rolls the whole copy back.
    """
    src = database_url(str(source))
    dst = database_url(str(target))
    if _same(src, dst):
        raise CopyRefused(
            translate(
                "CopyDatabase",
                "The source and the target are the same database; choose another target.",
            )
        )
    revision = _check_source(src, any_schema)
    set_up, backup = _prepare_target(dst, revision, replace)
    result = CopyResult(describe(src), describe(dst), target_backup=backup)
    try:
        _copy_tables(src, dst, revision, replace, progress, result)
    except ServiceError:
        raise
    except Exception as exc:
        failure = _failed(exc, src, dst, result, set_up)
        if failure is exc:
            raise
        raise failure from exc
    log.info("copied %s to %s: %s", result.source, result.target, result.tables)
    return result


def _failed(exc: Exception, src: str, dst: str, result: CopyResult, set_up: bool) -> Exception:
    """A database error in the middle of the copy, as one line: which table, what the database
    said, and what the target holds now (nothing of the copy: its transaction rolled back)."""
    line = database_failure_line(exc, dst) or database_failure_line(exc, src)
    if line is None:
        return exc  # a bug, not the data or the server: the traceback is what helps
    if result.target_backup is not None:
        left = translate(
            "CopyDatabase",
            "it was upgraded to this release's schema first; its earlier state is in {backup}",
        ).format(backup=result.target_backup)
    elif set_up:
        left = translate("CopyDatabase", "it is set up and empty, ready for another try")
    else:
        left = translate("CopyDatabase", "it was left as it was")
    if "foreign key" in line.lower():
        left += translate(
            "CopyDatabase", " (`collab-desktop --db {source} check` lists the broken links)"
        ).format(source=result.source)
    if result.current:
        message = translate(
            "CopyDatabase",
            "Copying to {target} failed while copying {table}: {problem}. "
            "Nothing was copied; {left}.",
        )
    else:
        message = translate(
            "CopyDatabase", "Copying to {target} failed: {problem}. Nothing was copied; {left}."
        )
    return CopyFailed(
        message.format(
            target=result.target, table=result.current, problem=line.rstrip("."), left=left
        )
    )


def _copy_tables(
    src: str,
    dst: str,
    revision: str,
    replace: bool,
    progress: Progress | None,
    result: CopyResult,
) -> None:
    """The copy itself: one snapshot of the source, one transaction on the target."""
    with table_copy.snapshot(src) as reading, table_copy.bulk_transaction(dst) as writing:
        if revision == head_revision():
            tables = table_copy.copied_tables()
        else:
            tables = table_copy.tables_as_stored(reading)
        held = _held(writing, tables)
        if held and not replace:
            summary = ", ".join(f"{n:,} {name}" for name, n in held.items())
            raise CopyRefused(
                translate(
                    "CopyDatabase",
                    "{value} already holds data ({summary}); nothing was copied. Give --replace to overwrite all of it, or choose an empty database.",
                ).format(value=describe(dst), summary=summary)
            )
        table_copy.clear_tables(writing, tables)
        for done, table in enumerate(tables):
            if progress is not None:
                progress(done, len(tables))
            result.current = table.name
            expected = table_copy.count_rows(reading, table)
            written = table_copy.write_rows(writing, table, table_copy.read_rows(reading, table))
            if written != expected:
                raise ServiceError(
                    translate(
                        "CopyDatabase",
                        "Copying {name} read {written:,} rows where the source counts {expected:,}; nothing was copied.",
                    ).format(name=table.name, written=written, expected=expected)
                )
            result.tables[table.name] = written
        result.current = None
        table_copy.finish_writing(writing, tables)
        if progress is not None:
            progress(len(tables), len(tables))
        for table in tables:
            found = table_copy.count_rows(writing, table)
            if found != result.tables[table.name]:
                raise ServiceError(
                    translate(
                        "CopyDatabase",
                        "After copying, {name} holds {found:,} rows instead of {value:,}; nothing was copied.",
                    ).format(name=table.name, found=found, value=result.tables[table.name])
                )


def _same(a: str, b: str) -> bool:
    pa, pb = sqlite.path_from_url(a), sqlite.path_from_url(b)
    if pa is not None and pb is not None:
        return pa.expanduser().resolve() == pb.expanduser().resolve()
    return a == b
