"""Entry script of the standalone app: the same run() as the ``collab-desktop`` command.

It lives apart from the source tree so PyInstaller takes the package from the installed wheel.
"""

import sys

from collab_desktop.app import run

if __name__ == "__main__":
    sys.exit(run())
