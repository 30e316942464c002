"""``backup [OUT.sqlite]``, ``restore FROM.sqlite`` and ``backups`` (list, set the window)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from collab_desktop.domain.translation import translate

if TYPE_CHECKING:
    from collab_desktop.store.database import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "backup",
        help=translate(
            "BackupCommand", "back up the database (to OUT, or into the backups folder beside it)"
        ),
    )
    p.add_argument(
        "out", nargs="?", metavar="OUT.sqlite", help=translate("BackupCommand", "file to write")
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help=translate("BackupCommand", "replace OUT if it exists"),
    )
    p.set_defaults(handler=run_backup)

    p = sub.add_parser(
        "restore",
        help=translate(
            "BackupCommand",
            "replace the database with a backup (the current state is backed up first)",
        ),
    )
    p.add_argument(
        "source", metavar="FROM.sqlite", help=translate("BackupCommand", "backup file to restore")
    )
    p.set_defaults(handler=run_restore)

    p = sub.add_parser(
        "backups", help=translate("BackupCommand", "list the backups beside the database")
    )
    p.add_argument(
        "--keep-daily",
        type=int,
        metavar="N",
        help=translate("BackupCommand", "keep the newest backup of N days"),
    )
    p.add_argument(
        "--keep-monthly",
        type=int,
        metavar="N",
        help=translate("BackupCommand", "keep the newest backup of N months"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("BackupCommand", "print JSON instead of a table"),
    )
    p.set_defaults(handler=run_list)


def run_backup(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.services.safety.backups import backup_to, database_file, make_backup
    from collab_desktop.services.safety.server_backups import backup_server

    if db.path is None:
        info = backup_server(db, args.out, overwrite=args.overwrite)
    elif args.out:
        info = backup_to(db, args.out, overwrite=args.overwrite)
    else:
        info = make_backup(database_file(db), "manual")
    print(
        translate("BackupCommand", "Backed up to {path} ({counts}).").format(
            path=info.path, counts=info.describe_counts()
        )
    )
    return 0


def run_restore(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli import CliError
    from collab_desktop.services.safety.backups import (
        check_restorable,
        database_file,
        restore_backup,
    )
    from collab_desktop.store.window_lock import window_holding

    if db.path is None:
        raise CliError(
            translate(
                "BackupCommand",
                "restore replaces database files; to put a backup on this team database, run `collab-desktop copy-db {source} {database} --replace` (it replaces everything on the server; `backup` first keeps a copy of what is there now).",
            ).format(source=args.source, database=db.describe())
        )
    holder = window_holding(database_file(db))
    if holder is not None:
        raise CliError(
            translate(
                "BackupCommand",
                "{database} is open in a Collab Desktop window ({holder}). Close the window first, or use File > Restore from backup there.",
            ).format(database=db.describe(), holder=holder)
        )
    info = check_restorable(args.source)
    result = restore_backup(db, args.source)
    print(
        translate("BackupCommand", "Restored {database} from {restored_from} ({counts}).").format(
            database=db.describe(),
            restored_from=result.restored_from,
            counts=info.describe_counts(),
        )
    )
    if result.safety_backup is not None:
        print(
            translate("BackupCommand", "The state before the restore was saved to {path}.").format(
                path=result.safety_backup.path
            )
        )
    if result.migration is not None and result.migration.upgraded:
        print(
            translate(
                "BackupCommand", "The restored copy was upgraded to schema {to_revision}."
            ).format(to_revision=result.migration.to_revision)
        )
    return 0


def run_list(args: argparse.Namespace, db: Database) -> int:
    from collab_desktop.cli.output import print_records
    from collab_desktop.services.safety.backups import (
        database_file,
        list_backups,
        retention_policy,
        set_retention_policy,
    )

    policy = retention_policy(db)
    if args.keep_daily is not None or args.keep_monthly is not None:
        policy = set_retention_policy(
            db,
            args.keep_daily if args.keep_daily is not None else policy.daily,
            args.keep_monthly if args.keep_monthly is not None else policy.monthly,
        )
    items = list_backups(database_file(db))
    print_records(
        items,
        args.json,
        lambda b: {
            "file": str(b.path),
            "created": b.created,
            "reason": b.reason,
            "collaboratives": b.collaboratives,
            "contacts": b.contacts,
            "sessions": b.sessions,
            "schema": b.schema,
            "size_bytes": b.size_bytes,
        },
        [
            translate("BackupCommand", "Created"),
            translate("BackupCommand", "Why"),
            translate("BackupCommand", "Collaboratives"),
            translate("BackupCommand", "Contacts"),
            translate("BackupCommand", "Sessions"),
            translate("BackupCommand", "File"),
        ],
        lambda b: [
            b.created.strftime("%Y-%m-%d %H:%M"),
            b.reason_text,
            b.collaboratives if b.readable else "?",
            b.contacts if b.readable else "?",
            b.sessions if b.readable else "?",
            b.path.name,
        ],
    )
    if not args.json:  # the JSON stays one document
        print(
            translate(
                "BackupCommand", "Keeping the newest backup of {daily} days and {monthly} months."
            ).format(daily=policy.daily, monthly=policy.monthly)
        )
    return 0
