"""Notices of committed changes between windows on one team database (PostgreSQL NOTIFY).

A notice is a compact JSON text: the ids changed per kind (or "many"), who made the change and
which Database sent it (so a window skips its own). PostgreSQL refuses a payload of 8,000 bytes
or more, so a notice that would be larger names its largest kinds as "many" instead: the
receiver reloads those kinds.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from collab_desktop.domain.changes import ChangeSet, Kind

log = logging.getLogger(__name__)

CHANNEL = "collab_changes"
# PostgreSQL's limit is 8000 bytes (NOTIFY fails at or over it); keep a margin.
MAX_PAYLOAD_BYTES = 7900
VERSION = 1


@dataclass(frozen=True)
class ChangeNotice:
    """What another window committed: the changes, by whom, and from which Database."""

    changes: ChangeSet
    user: str
    origin: str


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def encode(changes: ChangeSet, user: str, origin: str, limit: int = MAX_PAYLOAD_BYTES) -> str:
    """The notice's payload; kinds with the most ids become "many" until it fits ``limit`` bytes."""
    ids = {kind.value: sorted(values, key=str) for kind, values in changes.changed.items()}
    many = sorted(kind.value for kind in changes.many)
    data: dict[str, Any] = {"v": VERSION, "o": origin, "u": user, "c": ids, "m": many}
    text = _dumps(data)
    while len(text.encode("utf-8")) > limit and ids:
        largest = max(ids, key=lambda k: len(_dumps(ids[k])))
        del ids[largest]
        many.append(largest)
        text = _dumps(data)
    if len(text.encode("utf-8")) > limit:  # only a very long user name could do this
        data["u"] = user[:50]
        text = _dumps(data)
    return text


def decode(payload: str) -> ChangeNotice | None:
    """The notice in a payload, or None for one that is not ours (logged, never raised)."""
    try:
        data = json.loads(payload)
        if not isinstance(data, dict) or data.get("v") != VERSION:
            raise ValueError("not a change notice")
        known = {k.value for k in Kind}
        ids = {
            Kind(kind): frozenset(values)
            for kind, values in dict(data.get("c") or {}).items()
            if kind in known
        }
        many = frozenset(Kind(kind) for kind in data.get("m") or () if kind in known)
        return ChangeNotice(ChangeSet(ids, many), str(data.get("u") or ""), str(data.get("o")))
    except (ValueError, TypeError) as exc:
        log.warning("ignored a change notice that could not be read: %s", exc)
        return None
