"""Help > Check database: SQLite's own structure and link checks, reported in plain words."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from collab_desktop.domain.record_words import count_text, table_words
from collab_desktop.store import sqlite
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, Contact, LearningSession

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


def check_database(db: Database) -> IntegrityReport:
    """Run PRAGMA integrity_check and foreign_key_check and say what they found."""
    if db.path is None:
        return IntegrityReport(
            True, "This database is not a file on this computer; nothing to check."
        )
    try:
        with db.engine.connect() as conn:
            structure = sqlite.integrity_problems(conn)
            links = sqlite.foreign_key_problems(conn)
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
