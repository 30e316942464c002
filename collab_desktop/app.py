"""Entry point: with a command, run it headless; without one, open the window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """``collab-desktop [--db PATH] [--user NAME] [COMMAND ...]``; returns the process exit code."""
    from collab_desktop.cli import parse_args

    return _dispatch(parse_args(argv), ending=False)


def run() -> int:
    """The process's entry point (the installed command, ``python -m``, main.py): main() on sys.argv.

    Unlike main(), it knows the process ends next: after a command, every object still alive is
    frozen out of the garbage collector, because the interpreter's last collections over the
    loaded modules (SQLAlchemy and the models) took 0.25 s of a 0.8 s ``list`` command, and the
    memory goes back with the process anyway. The window's process ends as it always did.
    """
    from collab_desktop.cli import parse_args

    return _dispatch(parse_args(None), ending=True)


def _dispatch(args: argparse.Namespace, ending: bool) -> int:
    if getattr(args, "user", None):
        from collab_desktop.store.acting_user import set_user

        set_user(args.user)
    if args.command is None:
        from collab_desktop.ui.app import run_gui

        return run_gui(args.db, args.lang)
    from collab_desktop.cli import run_command

    code = run_command(args)
    if ending:
        import gc

        gc.freeze()
    return code
