"""Run Collab Desktop from a source checkout: ``python main.py [--db PATH] [COMMAND ...]``."""

import sys

from collab_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
