"""``check``: the same database check as Help > Check database."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help=translate("CheckCommand", "check the database file for damage and broken links"),
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import fail
    from collab_desktop.services.safety.integrity import check_database

    report = check_database(db)
    print(report.summary)
    for line in report.details:
        print(f"  {line}")
    return (
        0
        if report.ok
        else fail(translate("CheckCommand", "the database has problems (see above)."))
    )
