"""``upgrade-db``: bring an older schema to this release's, on purpose (team databases)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "upgrade-db",
        help="upgrade the database's schema to this release (needed once for a team database; "
        "every workstation then needs this release)",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a sentence")
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
        print(f"{db.describe()} already has this release's schema ({report.to_revision}).")
    else:
        backup = f"; backup: {report.backup}" if report.backup else ""
        print(
            f"Upgraded {db.describe()} from schema {report.from_revision} "
            f"to {report.to_revision}{backup}."
        )
    return 0
