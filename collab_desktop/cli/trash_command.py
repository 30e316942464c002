"""``trash [list | restore ID | empty]``: what was deleted, put back, or deleted for good."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "trash",
        help=translate("TrashCommand", "list deleted records, put one back, or empty the trash"),
    )
    p.add_argument("action", nargs="?", choices=("list", "restore", "empty"), default="list")
    p.add_argument(
        "id",
        nargs="?",
        type=int,
        help=translate("TrashCommand", "trash item to restore (see 'trash list')"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("TrashCommand", "print JSON instead of a table"),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.cli.output import print_records
    from collab_desktop.services.safety import trash

    if args.action == "restore":
        if args.id is None:
            raise CliError(
                translate(
                    "TrashCommand",
                    "say which item to restore: trash restore ID (see 'trash list').",
                )
            )
        result = trash.restore_from_trash(db, args.id)
        print(
            translate("TrashCommand", "Put back {label} (ids {ids}).").format(
                label=result.label, ids=", ".join(str(i) for i in result.ids)
            )
        )
        if result.skipped:
            print(
                translate(
                    "TrashCommand",
                    "{skipped} link(s) to records deleted separately were not put back.",
                ).format(skipped=result.skipped)
            )
        return 0
    if args.action == "empty":
        print(
            translate("TrashCommand", "Deleted {count} item(s) for good.").format(
                count=trash.empty_trash(db)
            )
        )
        return 0
    entries = trash.list_trash(db)
    print_records(
        entries,
        args.json,
        lambda e: {
            "id": e.id,
            "kind": e.kind,
            "label": e.label,
            "deleted_at": e.deleted_at,
            "deleted_by": e.deleted_by,
            "counts": e.counts,
        },
        [
            translate("TrashCommand", "Id"),
            translate("TrashCommand", "Deleted (UTC)"),
            translate("TrashCommand", "By"),
            translate("TrashCommand", "Kind"),
            translate("TrashCommand", "What"),
            translate("TrashCommand", "With it"),
        ],
        lambda e: [
            e.id,
            f"{e.deleted_at:%Y-%m-%d %H:%M}",
            e.deleted_by,
            e.kind,
            e.label,
            e.describe(),
        ],
    )
    return 0
