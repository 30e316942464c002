"""Remembered column mappings, one per source layout (the compact headers' signature)."""

from __future__ import annotations

import json

from sqlalchemy import select

from collab_desktop.domain.import_records import RosterTable
from collab_desktop.io.roster_mapping import layout_signature, suggest_mapping
from collab_desktop.store.database import Database
from collab_desktop.store.models import SavedMapping


def remembered_mapping(db: Database, headers: list[str]) -> list[str] | None:
    """The mapping last used for this source layout, if one was saved."""
    with db.session() as s:
        text = s.scalar(
            select(SavedMapping.mapping).where(SavedMapping.signature == layout_signature(headers))
        )
    if text is None:
        return None
    mapping = json.loads(text)
    return mapping if isinstance(mapping, list) and len(mapping) == len(headers) else None


def remember_mapping(db: Database, headers: list[str], mapping: list[str]) -> None:
    """Save the mapping used for this source layout, replacing an earlier one."""
    signature = layout_signature(headers)
    with db.session() as s:
        row = s.scalar(select(SavedMapping).where(SavedMapping.signature == signature))
        if row is None:
            row = SavedMapping(signature=signature)
            s.add(row)
        row.mapping = json.dumps(mapping)


def mapping_for(db: Database, table: RosterTable) -> list[str]:
    """The remembered mapping of the table's layout, else the one suggested from its headers."""
    return remembered_mapping(db, table.headers) or suggest_mapping(
        table.headers, table.hidden_columns
    )
