"""Argument types shared by commands: dates and counts checked by argparse itself."""

from __future__ import annotations

import argparse
from datetime import date

from collab_desktop.domain.translation import translate


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Arguments", "not a date (use YYYY-MM-DD): {text!r}").format(text=text)
        ) from None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("Arguments", "must be a whole number of at least 1: {text!r}").format(
                text=text
            )
        )
    return value
