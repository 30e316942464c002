"""Import history: list past roster imports and undo one (removes what it added, restores fields)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from collab_desktop.domain import clock
from collab_desktop.domain.import_records import ImportBatchRecord
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ConflictError, NotFoundError
from collab_desktop.services.rosters.import_stale import expect_import_rows
from collab_desktop.store.database import Database
from collab_desktop.store.models import (
    Collaborative,
    Contact,
    ImportBatch,
    ImportChange,
    Membership,
)
from collab_desktop.store.record_history import NOT_HISTORY, HistoryBatch

_UNDO_CHUNK = 500


def _chunks(items: list, size: int = _UNDO_CHUNK) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def undo_import(db: Database, batch_id: int) -> ImportBatchRecord:
    """Remove what an import added and put back the fields it changed, in one transaction.

    Refuses (StaleStep, changing nothing) when someone changed those rows since the import.
    """
    from collab_desktop.services.safety.backups import backup_before

    backup_before(db, "before-undo-import")
    with db.session() as s:
        # Locked: a colleague undoing the same import at the same moment waits, then is told.
        batch = s.get(ImportBatch, batch_id, with_for_update=True)
        if batch is None:
            raise NotFoundError(
                translate("ImportHistory", "No import with id {batch_id}.").format(
                    batch_id=batch_id
                )
            )
        if batch.undone_at is not None:
            raise _already_undone(batch)
        rows = s.execute(
            select(
                ImportChange.entity,
                ImportChange.entity_id,
                ImportChange.action,
                ImportChange.before,
            )
            .where(ImportChange.batch_id == batch_id)
            .order_by(ImportChange.id)
        ).all()
        # Marked first, so SQLite's write lock is held while the rows are checked; nothing the
        # import wrote may have been changed by anyone since (a refusal rolls all of it back).
        # Only if nobody marked it meanwhile: SQLite reads before this first write see other
        # commits, so the check above may be out of date by now.
        marked = s.execute(
            update(ImportBatch)
            .where(ImportBatch.id == batch_id, ImportBatch.undone_at.is_(None))
            .values(undone_at=clock.now())
        )
        if marked.rowcount != 1:
            raise _already_undone(batch)
        expect_import_rows(s, batch, rows)
        added = {"contact": [], "membership": []}
        for entity, entity_id, action, before in rows:
            if action == "added":
                last = json.loads(before).get("through", entity_id)
                added[entity].extend(range(entity_id, last + 1))
            else:
                _restore(s, entity, entity_id, json.loads(before))
        _record_removed(s, added)
        for entity, model in (("membership", Membership), ("contact", Contact)):
            for chunk in _chunks(added[entity]):
                s.execute(delete(model).where(model.id.in_(chunk)))
        try:
            s.flush()
        except IntegrityError as exc:
            raise ConflictError(
                translate(
                    "ImportHistory",
                    "This import cannot be undone: an email it changed now belongs to another contact.",
                )
            ) from exc
    return next(b for b in list_imports(db) if b.id == batch_id)


def _already_undone(batch: ImportBatch) -> ConflictError:
    return ConflictError(
        translate("ImportHistory", "Import {batch_id} ({file_name}) was already undone.").format(
            batch_id=batch.id, file_name=batch.file_name
        )
    )


def _record_removed(s, added: dict[str, list[int]]) -> None:  # noqa: ANN001
    """History: the contacts and memberships an undone import added are gone again."""
    history = HistoryBatch()
    for entity, model, table in (
        ("contact", Contact, "contacts"),
        ("membership", Membership, "memberships"),
    ):
        columns = [
            c for c in model.__table__.columns if c.name not in NOT_HISTORY or c.name == "id"
        ]
        for chunk in _chunks(added[entity]):
            for row in s.execute(select(*columns).where(model.id.in_(chunk))).mappings():
                history.add(table, dict(row), None)
    history.write(s.connection())


def _restore(s, entity: str, entity_id: int, before: dict[str, Any]) -> None:  # noqa: ANN001
    if entity == "contact":
        row = s.get(Contact, entity_id)
        if row is None:
            return
        for f, v in before.items():
            setattr(row, f, v if f != "email" else (v or None))
        if "email" in before:
            row.email_key = (before["email"] or "").strip().lower() or None
    else:
        row = s.get(Membership, entity_id)
        if row is None:
            return
        for f, v in before.items():
            setattr(row, f, date.fromisoformat(v) if f == "joined_on" and v else v)


def list_imports(db: Database) -> list[ImportBatchRecord]:
    """Past imports, newest first."""
    with db.session() as s:
        rows = s.execute(
            select(ImportBatch, Collaborative.name)
            .outerjoin(Collaborative, Collaborative.id == ImportBatch.collaborative_id)
            .order_by(ImportBatch.id.desc())
        ).all()
        return [
            ImportBatchRecord(
                b.id,
                b.file_name,
                b.imported_at,
                name or "",
                b.added,
                b.updated,
                b.unchanged,
                b.errors,
                b.undone_at,
            )
            for b, name in rows
        ]
