"""Entry point: with a command, run it headless; without one, open the window."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """``collab-desktop [--db PATH] [COMMAND ...]``; returns the process exit code."""
    from collab_desktop.cli import parse_args, run_command

    args = parse_args(argv)
    if args.command is None:
        from collab_desktop.ui.app import run_gui

        return run_gui(args.db)
    return run_command(args)
