"""Allow ``python -m collab_desktop``."""

import sys

from collab_desktop.app import main

sys.exit(main())
