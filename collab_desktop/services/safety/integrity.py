"""Help > Check database: SQLite's own structure and link checks, reported in plain words."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from collab_desktop.domain.record_words import count_text, table_words
from collab_desktop.store import sqlite
from collab_desktop.store.database import Database
from collab_desktop.store.models import Base, Collaborative, Contact, LearningSession

_RESTORE_ADVICE = (
    "Use File > Restore from backup... to go back to the most recent backup made before the "
    "problem, and keep a copy of this file for whoever supports you."
)


@dataclass(slots=True)
class IntegrityReport:
    """The outcome of a check: ok, one paragraph for people, and the technical lines."""

    ok: bool
    summary: str
    details: list[str] = field(default_factory=list)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def describe_broken_links(problems: list[tuple[str, int, str]]) -> list[str]:
    """'2 registrations point to a contact that no longer exists', one line per kind of link."""
    lines = []
    for (table, parent), n in sorted(Counter((t, p) for t, _r, p in problems).items()):
        one, _many = table_words(parent)
        verb = "points" if n == 1 else "point"
        lines.append(f"{count_text(table, n)} {verb} to a {one} that no longer exists.")
    return lines


def broken_links(conn) -> list[tuple[str, int, str]]:  # noqa: ANN001 - Connection
    """(table, id, missing parent table) for each row whose link points at nothing, found with
    plain queries (the same on both databases: a server's constraints can be switched off)."""
    from sqlalchemy import exists, or_

    found = []
    for table in Base.metadata.sorted_tables:
        key = table.primary_key.columns.values()[0]
        for fk in table.foreign_key_constraints:
            parent = fk.referred_table
            pairs = [(c, e.column) for c, e in zip(fk.columns, fk.elements, strict=True)]
            missing = ~exists().where(*[p == c for c, p in pairs])
            query = (
                select(key)
                .where(or_(*[c.is_not(None) for c, _p in pairs]), missing)
                .order_by(key)
                .limit(1000)
            )
            found += [(table.name, row_id, parent.name) for row_id in conn.execute(query).scalars()]
    return found


def duplicate_emails(conn) -> list[str]:  # noqa: ANN001 - Connection
    """Addresses held by more than one contact (ignoring case and spaces): the unique index
    should make this impossible, so any is a sign of a damaged index."""
    key = func.lower(func.trim(Contact.email))
    query = (
        select(key, func.count())
        .where(func.trim(Contact.email) != "")
        .group_by(key)
        .having(func.count() > 1)
        .order_by(key)
    )
    return [f"{email} is held by {n} contacts." for email, n in conn.execute(query)]


def _check_server(db: Database) -> IntegrityReport:
    with db.engine.connect() as conn:
        links = broken_links(conn)
        duplicates = duplicate_emails(conn)
    if links or duplicates:
        return IntegrityReport(
            False,
            f"The team database has {len(links)} broken link{'' if len(links) == 1 else 's'} and "
            f"{len(duplicates)} duplicate e-mail address{'' if len(duplicates) == 1 else 'es'}. "
            "Ask the server's administrator to restore the most recent sound backup, and keep "
            "this report for them.",
            describe_broken_links(links) + duplicates[:50],
        )
    return _healthy(db)


def check_database(db: Database) -> IntegrityReport:
    """Run PRAGMA integrity_check and foreign_key_check (links and e-mails on a server) and say
    what they found."""
    if db.path is None:
        return _check_server(db)
    try:
        with db.engine.connect() as conn:
            structure = sqlite.integrity_problems(conn)
            links = sqlite.foreign_key_problems(conn)
            duplicates = duplicate_emails(conn)
    except DBAPIError as exc:
        return IntegrityReport(
            False,
            f"The database file is damaged and could not be checked completely. {_RESTORE_ADVICE}",
            [str(exc.orig)],
        )
    if structure:
        return IntegrityReport(
            False,
            f"The database file is damaged: SQLite found {len(structure)} problem"
            f"{'' if len(structure) == 1 else 's'} in its structure. {_RESTORE_ADVICE}",
            structure[:50],
        )
    if links:
        lines = describe_broken_links(links)
        return IntegrityReport(
            False,
            f"The file itself is sound, but {len(links)} record{'' if len(links) == 1 else 's'} "
            f"point{'s' if len(links) == 1 else ''} to records that no longer exist. "
            f"{_RESTORE_ADVICE}",
            lines,
        )
    if duplicates:
        return IntegrityReport(
            False,
            f"The file itself is sound, but {len(duplicates)} e-mail address"
            f"{'' if len(duplicates) == 1 else 'es'} belong to more than one contact, which the "
            f"database should have refused (a damaged index). {_RESTORE_ADVICE}",
            duplicates[:50],
        )
    return _healthy(db)


def _healthy(db: Database) -> IntegrityReport:
    with db.session() as s:
        counts = [
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Collaborative, Contact, LearningSession)
        ]
    return IntegrityReport(
        True,
        "The database is healthy: its structure is intact and every link between records "
        f"points to a record that exists ({_plural(counts[0], 'collaborative')}, "
        f"{_plural(counts[1], 'contact')}, {_plural(counts[2], 'session')} checked).",
    )
