"""Run Collab Desktop from a source checkout: ``python main.py [--db PATH] [COMMAND ...]``."""

import sys

from collab_desktop.app import run

if __name__ == "__main__":
    sys.exit(run())
