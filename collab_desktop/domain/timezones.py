"""The workstation's named time zone (never a fixed offset) and conversions to and from UTC."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TZ_ENV = "COLLAB_DESKTOP_TZ"


@cache
def local_zone_name() -> str:
    """IANA name of the workstation's zone: COLLAB_DESKTOP_TZ, then TZ, then the system's."""
    for var in (TZ_ENV, "TZ"):
        name = os.environ.get(var, "").lstrip(":")
        if name:
            try:
                ZoneInfo(name)
                return name
            except (ZoneInfoNotFoundError, ValueError):
                pass
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name()
        if name:
            ZoneInfo(name)
            return name
    except Exception:  # noqa: BLE001 - any failure means "no usable system zone"
        pass
    return "UTC"


def local_zone() -> ZoneInfo:
    """The workstation's zone as a ZoneInfo."""
    return ZoneInfo(local_zone_name())


def localize(naive: datetime, zone: str | None = None) -> datetime:
    """Attach the named zone to a wall-clock time (an aware time is converted instead)."""
    tz = ZoneInfo(zone) if zone else local_zone()
    if naive.tzinfo is not None:
        return naive.astimezone(tz)
    return naive.replace(tzinfo=tz)


def to_utc(moment: datetime) -> datetime:
    """An aware time in UTC."""
    if moment.tzinfo is None:
        moment = localize(moment)
    return moment.astimezone(UTC)


def to_local(moment: datetime, zone: str | None = None) -> datetime:
    """An aware UTC time shown in the named (or workstation) zone."""
    tz = ZoneInfo(zone) if zone else local_zone()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz)
