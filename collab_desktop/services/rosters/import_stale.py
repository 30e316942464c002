"""An import is undone only while its rows are as it left them, whichever way it is undone.

Edit > Undo, File > Import history and ``undo-import`` all go through undo_import, which runs
this check in its own transaction: the rows read here are locked (FOR UPDATE on a server; SQLite
holds its write lock once the undo writes), so no one's edit slips in between check and undo.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from collab_desktop.domain.translation import translate
from collab_desktop.services.safety.row_log import collaborative_label, person_label
from collab_desktop.services.safety.stale_refusal import (
    StaleStep,
    changed_by,
    refused,
    verb_word,
)
from collab_desktop.store.models import (
    Contact,
    ImportBatch,
    Membership,
    Registration,
    SeriesRegistration,
)

_CHUNK = 500
_MODELS: dict[str, type] = {"contact": Contact, "membership": Membership}


def expect_import_rows(s: Session, batch: ImportBatch, changes: Sequence[Sequence[Any]]) -> None:
    """The contacts and memberships the import added or changed must still carry its time stamp
    (no one changed them since) and its new contacts no links it did not make; StaleStep,
    naming the person and who changed them, otherwise.

    changes: the batch's (entity, entity_id, action, before) rows.
    """
    ids: dict[str, set[int]] = {"contact": set(), "membership": set()}
    added: dict[str, set[int]] = {"contact": set(), "membership": set()}
    for entity, entity_id, action, before in changes:
        last = json.loads(before).get("through", entity_id) if action == "added" else entity_id
        ids[entity].update(range(entity_id, last + 1))
        if action == "added":
            added[entity].update(range(entity_id, last + 1))
    stamp = _utc(batch.imported_at)
    undo = verb_word("undo")
    for entity, model in _MODELS.items():
        wanted = sorted(ids[entity])
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            rows = s.execute(
                select(model.id, model.updated_at).where(model.id.in_(chunk)).with_for_update()
            ).all()
            if len(rows) != len(chunk):
                gone = sorted(set(chunk) - {r[0] for r in rows})[0]
                raise refused(undo, _label(s, entity, gone), removed=True)
            for rid, changed_at in rows:
                if _utc(changed_at) != stamp:
                    raise refused(undo, _label(s, entity, rid), changed_by(s, model, rid))
    _expect_unused(s, sorted(added["contact"]), added["membership"])


def _expect_unused(s: Session, contacts: list[int], memberships: set[int]) -> None:
    """Contacts an import added have no links it did not make (undo would take them along)."""
    for start in range(0, len(contacts), _CHUNK):
        chunk = contacts[start : start + _CHUNK]
        for model in (Membership, Registration, SeriesRegistration):
            for rid, contact_id in s.execute(
                select(model.id, model.contact_id).where(model.contact_id.in_(chunk))
            ):
                if model is Membership and rid in memberships:
                    continue
                text = translate(
                    "UndoSafety",
                    "Cannot {verb}: {label} was signed up or added to a collaborative since, "
                    "by {who}",
                )
                who = changed_by(s, Contact, contact_id) or translate("UndoSafety", "someone else")
                raise StaleStep(
                    text.format(verb=verb_word("undo"), label=person_label(s, contact_id), who=who)
                )


def _label(s: Session, entity: str, rid: int) -> str:
    if entity == "contact":
        return person_label(s, rid)
    row = s.get(Membership, rid)
    if row is None:
        return translate("UndoSafety", "a membership the import added")
    return f"{person_label(s, row.contact_id)} in {collaborative_label(s, row.collaborative_id)}"


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)
