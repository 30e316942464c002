"""A test that needs a tool this machine lacks: skipped on a workstation, failed in CI.

CI (.ci/run, CI=true) installs every tool the tests use, so there a missing one is a broken
set-up, not a reason to pass quietly.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def missing_tool(reason: str) -> NoReturn:
    """Skip with reason, or fail with it when CI=true."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (.ci/run installs it)")
    pytest.skip(reason)
