"""The command line: ``collab-desktop [--db PATH|URL] [--user NAME] COMMAND ...``; no Qt is imported on this path.

Each command lives in its own module with a ``register(subparsers)`` function that adds its
parser and sets ``handler``; a handler takes (args, db) and returns an exit code. A command may
also set ``prepare``, called with args before the database layer is even imported, to start work
that needs no database (the roster import starts reading its file there). Command modules import
nothing heavy at the top, so parsing the command line costs no database imports.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from collab_desktop import __version__
from collab_desktop.cli.language_option import add_language_option, install_command_language
from collab_desktop.domain.translation import translate

# Modules that register commands, in the order their help is listed.
COMMAND_MODULES = (
    "collab_desktop.cli.list_command",
    "collab_desktop.cli.roster_command",
    "collab_desktop.cli.report_command",
    "collab_desktop.cli.summary_command",
    "collab_desktop.cli.contact_command",
    "collab_desktop.cli.edit_contact_command",
    "collab_desktop.cli.session_command",
    "collab_desktop.cli.attendance_command",
    "collab_desktop.cli.signup_sheet_command",
    "collab_desktop.cli.documents_command",
    "collab_desktop.cli.backup_command",
    "collab_desktop.cli.check_command",
    "collab_desktop.cli.trash_command",
    "collab_desktop.cli.history_command",
    "collab_desktop.cli.database_command",
    "collab_desktop.cli.copy_command",
)


class CliError(Exception):
    """Bad input on the command line; printed as ``error: <message>`` with exit 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="collab-desktop",
        description=translate(
            "Cli",
            "Collab Desktop: collaboratives, contacts, sessions and attendance. With no command, opens the window.",
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help=translate(
            "Cli",
            "database file, or a team database as postgresql://user@host:5432/dbname (default: $COLLAB_DESKTOP_DB, else the per-user file); passwords come from ~/.pgpass, PGPASSWORD or PGSERVICE",
        ),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=translate(
            "Cli",
            "the name your changes are recorded under (created by, changed by); default: the "
            "team database's user, else your login",
        ),
    )
    add_language_option(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line (in the language of --lang, installed first); argparse exits 2 on
    wrong usage."""
    install_command_language(sys.argv[1:] if argv is None else argv)
    return build_parser().parse_args(argv)


def fail(message: str) -> int:
    """Print one error line for the user and return the exit code for bad input."""
    print(translate("Cli", "error: {message}").format(message=message), file=sys.stderr)
    return 1


def run_command(args: argparse.Namespace) -> int:
    """Open the database and run the chosen command; errors become one line and exit 1."""
    from collab_desktop.domain.errors import AppError
    from collab_desktop.store.errors import DatabaseFileError

    quiet_library_logs()
    try:
        prepare = getattr(args, "prepare", None)
        if prepare is not None:
            prepare(args)
        if not getattr(args, "opens_database", True):
            # A command naming its own databases (copy-db); --db plays no part.
            return int(args.handler(args, None) or 0)
        db = open_cli_database(args)
        try:
            return int(args.handler(args, db) or 0)
        finally:
            db.dispose()
    except (CliError, AppError, DatabaseFileError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
    except KeyboardInterrupt:
        return fail(translate("Cli", "interrupted; nothing more was changed."))
    except Exception as exc:
        # A server that cannot be reached, refuses this user, or went away during the command.
        from collab_desktop.store.failures import server_failure_message

        message = server_failure_message(exc, getattr(args, "db", None))
        if message is None:
            raise
        return fail(message)


def quiet_library_logs() -> None:
    """Keep the libraries' own log records (psycopg's "error ignored terminating <Copy>" when a
    server goes away mid-copy) off standard error: the command says what happened in one line.
    Without any handler, Python's last-resort handler would print them."""
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def open_cli_database(args: argparse.Namespace):  # noqa: ANN201 - Database, imported lazily
    """The database named by --db (or COLLAB_DESKTOP_DB, or the default), migrated and ready."""
    from collab_desktop.services.safety.database_open import open_database_with_backups

    db, report = open_database_with_backups(
        args.db, upgrade_older=getattr(args, "upgrade_older", False)
    )
    args.migration_report = report
    if db.path is not None:
        from collab_desktop.store.file_location import location_warning

        if (warning := location_warning(db.path)) is not None:
            print(translate("Cli", "warning: {warning}").format(warning=warning), file=sys.stderr)
    return db
