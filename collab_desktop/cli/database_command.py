"""``upgrade-db``: bring an older schema to this release's, on purpose (team databases)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "upgrade-db",
        help=translate(
            "DatabaseCommand",
            "upgrade the database's schema to this release (needed once for a team database; every workstation then needs this release)",
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("DatabaseCommand", "print JSON instead of a sentence"),
    )
    p.set_defaults(handler=run_upgrade, upgrade_older=True)


def run_upgrade(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli.output import print_json

    report = args.migration_report
    if args.json:
        print_json(
            {
                "database": db.describe(),
                "from_revision": report.from_revision,
                "to_revision": report.to_revision,
                "upgraded": report.upgraded,
                "backup": str(report.backup) if report.backup else None,
            }
        )
    elif not report.upgraded:
        print(
            translate(
                "DatabaseCommand", "{database} already has this release's schema ({to_revision})."
            ).format(database=db.describe(), to_revision=report.to_revision)
        )
    else:
        backup = f"; backup: {report.backup}" if report.backup else ""
        print(
            translate(
                "DatabaseCommand",
                "Upgraded {database} from schema {from_revision} to {to_revision}{backup}.",
            ).format(
                database=db.describe(),
                from_revision=report.from_revision,
                to_revision=report.to_revision,
                backup=backup,
            )
        )
    return 0
