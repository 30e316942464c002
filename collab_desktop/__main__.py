"""Allow ``python -m collab_desktop``."""

import sys

from collab_desktop.app import run

sys.exit(run())
