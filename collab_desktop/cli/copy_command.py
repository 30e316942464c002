"""``copy-db FROM TO [--replace] [--json]``: copy a whole database (file or server) to another."""

from __future__ import annotations

import argparse

from collab_desktop.domain.translation import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "copy-db",
        help=translate(
            "CopyCommand",
            "copy every record from one database to another (a file to a team server and back), keeping ids; --db is not used",
        ),
    )
    p.add_argument(
        "source",
        metavar="FROM",
        help=translate("CopyCommand", "database file or postgresql:// URL to copy"),
    )
    p.add_argument(
        "target",
        metavar="TO",
        help=translate(
            "CopyCommand",
            "database file or postgresql:// URL to write (a new file or an empty server database is set up)",
        ),
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help=translate("CopyCommand", "overwrite a target that already holds data"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=translate("CopyCommand", "print JSON instead of a sentence"),
    )
    p.set_defaults(handler=run_copy, opens_database=False)


def run_copy(args: argparse.Namespace, _db: None) -> int:
    from collab_desktop.cli.output import print_json
    from collab_desktop.services.safety.copy_database import copy_database
    from collab_desktop.store.failures import server_failure_message

    try:
        result = copy_database(args.source, args.target, replace=args.replace)
    except Exception as exc:
        for where in (args.target, args.source):
            message = server_failure_message(exc, where)
            if message is not None:
                from collab_desktop.cli import CliError

                raise CliError(message) from exc
        raise
    if args.json:
        out: dict[str, object] = {"tables": result.tables}
        if result.target_backup is not None:
            out["target_backup"] = str(result.target_backup)
        print_json(out)
    else:
        if result.target_backup is not None:
            print(
                translate(
                    "CopyCommand", "{target} was of an older release; backed up to {target_backup}."
                ).format(target=result.target, target_backup=result.target_backup)
            )
        print(
            translate("CopyCommand", "Copied {source} to {target} ({counts}).").format(
                source=result.source, target=result.target, counts=result.describe_counts()
            )
        )
    return 0
