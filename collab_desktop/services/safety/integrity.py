"""Help > Check database: SQLite's own structure and link checks, reported in plain words."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from collab_desktop.domain.locale_format import whole_number
from collab_desktop.domain.record_words import count_text, table_words
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate
from collab_desktop.store import sqlite
from collab_desktop.store.database import Database
from collab_desktop.store.models import Base, Collaborative, Contact, LearningSession

_RESTORE_ADVICE = QT_TRANSLATE_NOOP(
    "Integrity",
    "Use File > Restore from backup... to go back to the most recent backup made before the "
    "problem, and keep a copy of this file for whoever supports you.",
)


@dataclass(slots=True)
class IntegrityReport:
    """The outcome of a check: ok, one paragraph for people, and the technical lines."""

    ok: bool
    summary: str
    details: list[str] = field(default_factory=list)


def _advice() -> str:
    return translate("Integrity", _RESTORE_ADVICE)


def describe_broken_links(problems: list[tuple[str, int, str]]) -> list[str]:
    """'2 registrations point to a contact that no longer exists', one line per kind of link."""
    lines = []
    for (table, parent), n in sorted(Counter((t, p) for t, _r, p in problems).items()):
        one, _many = table_words(parent)
        if n == 1:
            line = translate("Integrity", "{records} points to a {parent} that no longer exists.")
        else:
            line = translate("Integrity", "{records} point to a {parent} that no longer exists.")
        lines.append(line.format(records=count_text(table, n), parent=one))
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
    return [
        translate("Integrity", "{email} is held by %n contacts.", None, n).format(email=email)
        for email, n in conn.execute(query)
    ]


def _check_server(db: Database) -> IntegrityReport:
    with db.engine.connect() as conn:
        links = broken_links(conn)
        duplicates = duplicate_emails(conn)
    if links or duplicates:
        found = len(links)
        if found == 1:
            broken = translate("Integrity", "1 broken link")
        else:
            broken = translate("Integrity", "%n broken links", None, found)
        doubled = len(duplicates)
        if doubled == 1:
            twice = translate("Integrity", "1 duplicate e-mail address")
        else:
            twice = translate("Integrity", "%n duplicate e-mail addresses", None, doubled)
        return IntegrityReport(
            False,
            translate(
                "Integrity",
                "The team database has {broken} and {duplicates}. Ask the server's administrator "
                "to restore the most recent sound backup, and keep this report for them.",
            ).format(broken=broken, duplicates=twice),
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
            translate(
                "Integrity",
                "The database file is damaged and could not be checked completely. {advice}",
            ).format(advice=_advice()),
            [str(exc.orig)],
        )
    if structure:
        problems = len(structure)
        if problems == 1:
            summary = translate(
                "Integrity",
                "The database file is damaged: SQLite found 1 problem in its structure. {advice}",
            )
        else:
            summary = translate(
                "Integrity",
                "The database file is damaged: SQLite found %n problems in its structure. {advice}",
                None,
                problems,
            )
        return IntegrityReport(False, summary.format(advice=_advice()), structure[:50])
    if links:
        lines = describe_broken_links(links)
        found = len(links)
        if found == 1:
            summary = translate(
                "Integrity",
                "The file itself is sound, but 1 record points to records that no longer exist. "
                "{advice}",
            )
        else:
            summary = translate(
                "Integrity",
                "The file itself is sound, but %n records point to records that no longer "
                "exist. {advice}",
                None,
                found,
            )
        return IntegrityReport(False, summary.format(advice=_advice()), lines)
    if duplicates:
        doubled = len(duplicates)
        if doubled == 1:
            summary = translate(
                "Integrity",
                "The file itself is sound, but 1 e-mail address belong to more than one "
                "contact, which the database should have refused (a damaged index). {advice}",
            )
        else:
            summary = translate(
                "Integrity",
                "The file itself is sound, but %n e-mail addresses belong to more than one "
                "contact, which the database should have refused (a damaged index). {advice}",
                None,
                doubled,
            )
        return IntegrityReport(False, summary.format(advice=_advice()), duplicates[:50])
    return _healthy(db)


def _healthy(db: Database) -> IntegrityReport:
    with db.session() as s:
        counts = [
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Collaborative, Contact, LearningSession)
        ]
    collaboratives, contacts, sessions = counts
    return IntegrityReport(
        True,
        translate(
            "Integrity",
            "The database is healthy: its structure is intact and every link between records "
            "points to a record that exists ({collaboratives}, {contacts}, {sessions} checked).",
        ).format(
            collaboratives=_counted(
                collaboratives,
                translate("Integrity", "1 collaborative"),
                translate("Integrity", "{count} collaboratives"),
            ),
            contacts=_counted(
                contacts,
                translate("Integrity", "1 contact"),
                translate("Integrity", "{count} contacts"),
            ),
            sessions=_counted(
                sessions,
                translate("Integrity", "1 session"),
                translate("Integrity", "{count} sessions"),
            ),
        ),
    )


def _counted(n: int, one: str, many: str) -> str:
    """one for 1, else many with the count grouped as the language writes it (12,345)."""
    return one if n == 1 else many.format(count=whole_number(n))
