"""How old something is, in words a coordinator reads at a glance ("3 hours old")."""

from __future__ import annotations

from datetime import timedelta

from collab_desktop.domain.translation import translate


def describe_age(age: timedelta) -> str:
    """'less than a minute old', '12 minutes old', '3 hours old', '2 days old'."""
    seconds = max(int(age.total_seconds()), 0)
    if seconds < 60:
        return translate("Ages", "less than a minute old")
    if seconds < 3600:
        return translate("Ages", "%n minutes old", None, seconds // 60)
    if seconds < 2 * 86400:
        return translate("Ages", "%n hours old", None, seconds // 3600)
    return translate("Ages", "%n days old", None, seconds // 86400)
