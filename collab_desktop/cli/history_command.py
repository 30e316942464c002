"""``history contact|collaborative|session ID [--json]``: who changed what in a record, and when."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "history",
        help="every change to a contact, collaborative or session: field, old and new value, "
        "who and when",
    )
    p.add_argument("kind", choices=("contact", "collaborative", "session"))
    p.add_argument("id", type=int, help="the record's id (see 'list ... --json')")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=run)


def _one_line(value: str | None) -> str:
    return (value or "").replace("\r\n", "\n").replace("\n", " / ")


def run(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli.output import print_records
    from collab_desktop.domain.history_fields import field_label
    from collab_desktop.domain.timezones import local_zone
    from collab_desktop.domain.translation import translate
    from collab_desktop.services.safety.history import record_history

    entries = record_history(db, args.kind, args.id)
    zone = local_zone()
    print_records(
        entries,
        args.json,
        lambda e: {
            "at": e.at.isoformat(),
            "user": e.user,
            "field": e.field,
            "old": e.old,
            "new": e.new,
        },
        [
            translate("HistoryCommand", "When"),
            translate("HistoryCommand", "Who"),
            translate("HistoryCommand", "Field"),
            translate("HistoryCommand", "Old value"),
            translate("HistoryCommand", "New value"),
        ],
        lambda e: [
            e.at.astimezone(zone).strftime("%Y-%m-%d %H:%M %z"),
            e.user,
            field_label(args.kind, e.field),
            _one_line(e.old),
            _one_line(e.new),
        ],
    )
    return 0
