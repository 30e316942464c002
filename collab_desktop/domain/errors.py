"""The one base of the errors the app raises for the user to read.

Services (services/errors.py) and file formats (io: a roster or sign-up sheet that cannot be
read) each raise their own subclasses; a front end that shows any of them as they are (the
command line's one error line) catches AppError.
"""

from __future__ import annotations


class AppError(Exception):
    """Something could not be done; str(exc) says what is wrong and what to do."""
