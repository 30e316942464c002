"""How old something is, in words a coordinator reads at a glance ("3 hours old")."""

from __future__ import annotations

from datetime import timedelta

from collab_desktop.domain.translation import translate


def describe_age(age: timedelta) -> str:
    """'less than a minute old', '12 minutes old', '3 hours old', '2 days old'."""
    seconds = max(int(age.total_seconds()), 0)
    if seconds < 60:
        return translate("Ages", "less than a minute old")
    # (lupdate finds a plural only when its count is a plain name)
    if seconds < 3600:
        minutes = seconds // 60
        return translate("Ages", "%n minutes old", None, minutes)
    if seconds < 2 * 86400:
        hours = seconds // 3600
        return translate("Ages", "%n hours old", None, hours)
    days = seconds // 86400
    return translate("Ages", "%n days old", None, days)
