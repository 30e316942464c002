"""Use cases, one function each, in a package per area; errors.py is shared by all of them.

Importing any service imports this first, so the features' hooks into shared machinery (the
trash) are registered whichever front end runs: the window, the command line or a test.
"""

from collab_desktop.services.sessions import hooks as _session_hooks  # noqa: F401 (registers)
