"""Carry out a previewed roster import in one transaction and record it (undo: import_history).

New contacts, memberships and the undo log go in with bulk Core statements; a progress callback
may cancel (return False or raise), and any failure rolls back so the database is as it was.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import IntegrityError

from collab_desktop.domain import clock
from collab_desktop.domain.bulk import paused_gc
from collab_desktop.domain.import_records import (
    ImportOptions,
    ImportPlan,
    ImportResult,
    RosterTable,
)
from collab_desktop.domain.record_stamps import when_text
from collab_desktop.domain.records import CONTACT_TEXT_FIELDS
from collab_desktop.domain.timezones import to_local
from collab_desktop.domain.translation import translate
from collab_desktop.services.errors import ConflictError, ServiceError
from collab_desktop.services.rosters.import_recheck import CheckedOrders, recheck
from collab_desktop.store.acting_user import acting_user
from collab_desktop.store.database import Database
from collab_desktop.store.import_lock import ImportLockBusy, LockHolder, import_lock
from collab_desktop.store.models import (
    Contact,
    ImportBatch,
    ImportChange,
    Membership,
)
from collab_desktop.store.record_history import HistoryBatch
from collab_desktop.store.record_stamps import insert_stamps, update_stamps

Progress = Callable[[int, int], Any]
CHUNK = 2000


class ImportCancelled(ServiceError):
    """The user cancelled an import; nothing was changed."""


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# How long an import waits for another import into the same database before giving up.
IMPORT_WAIT_S = 8.0


class ImportBusy(ConflictError):
    """Another import into the database kept its lock for the whole wait; nothing was changed."""


def _holder_words(holder: LockHolder | None) -> str:
    """' (started by dana at 14:03)', or '' when the database cannot tell."""
    if holder is None or not (holder.user or holder.since):
        return ""
    if holder.user and holder.since:
        return translate("RosterImport", " (started by {user} at {time})").format(
            user=holder.user, time=f"{to_local(holder.since):%H:%M}"
        )
    if holder.user:
        return translate("RosterImport", " (started by {user})").format(user=holder.user)
    return translate("RosterImport", " (started at {time})").format(
        time=f"{to_local(holder.since):%H:%M}"
    )


def waiting_message(holder: LockHolder | None) -> str:
    """What a waiting import shows: who holds the database's import lock, where known."""
    return translate(
        "RosterImport", "Another import into this database is running{holder}; waiting…"
    ).format(holder=_holder_words(holder))


def rematched_message(count: int) -> str:
    """How many new contacts of the preview had been added by someone else and were matched."""
    if count == 1:  # the English source has no plural forms of its own
        return translate(
            "RosterImport", "1 contact had been added by someone else meanwhile and was matched"
        )
    return translate(
        "RosterImport",
        "%n contacts had been added by someone else meanwhile and were matched",
        None,
        count,
    )


@contextmanager
def _locked(  # noqa: ANN202
    s,  # noqa: ANN001
    user: str,
    wait_s: float,
    waiting: Callable[[str], object] | None,
    still_wanted: Callable[[], bool],
):
    told: list[LockHolder | None] = []

    def tell(holder: LockHolder | None) -> None:
        if waiting is not None and (not told or told[-1] != holder):
            waiting(waiting_message(holder))
        told.append(holder)
        if not still_wanted():  # Cancel while waiting: stop waiting at once
            raise ImportCancelled("The import was cancelled; nothing was changed.")

    try:
        with import_lock(s, user, wait_s, tell):
            yield
    except ImportLockBusy as exc:
        raise ImportBusy(
            translate(
                "RosterImport",
                "Another import into this database is still running{holder}. Nothing was "
                "changed; try again when it has finished.",
            ).format(holder=_holder_words(exc.holder))
        ) from None


@paused_gc()
def apply_import(
    db: Database,
    plan: ImportPlan,
    progress: Progress | None = None,
    waiting: Callable[[str], object] | None = None,
    wait_s: float = IMPORT_WAIT_S,
) -> ImportResult:
    """Store the plan's changes in one transaction and record them as an import batch.

    The transaction holds the database's import lock (a second import waits up to wait_s,
    told through waiting(message), then raises ImportBusy), and checks the preview's new
    contacts again inside it: one someone else added meanwhile is matched, not added twice.
    """
    total = (
        len(plan.new_contacts)
        + len(plan.contact_updates)
        + len(plan.new_memberships)
        + len(plan.membership_updates)
    )
    done = 0

    def still_wanted(of: int) -> bool:
        return progress is None or progress(done, of) is not False

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and progress(done, total) is False:
            raise ImportCancelled(
                translate("RosterImport", "The import was cancelled; nothing was changed.")
            )

    result = ImportResult(
        None,
        added=len(plan.new_contacts),
        updated=plan.count("update"),
        unchanged=plan.count("unchanged"),
        duplicates=plan.count("duplicate"),
        errors=[(r.row, r.message) for r in plan.errors],
    )
    if total:
        from collab_desktop.services.safety.backups import backup_before

        backup_before(db, "before-import")
    now = clock.now()
    try:
        with (
            db.session() as s,
            _locked(s, acting_user(db.engine), wait_s, waiting, lambda: still_wanted(total)),
        ):
            orders = recheck(s, plan)
            if orders.rematched:
                result.rematched = orders.rematched
                result.added -= orders.rematched
                result.updated += orders.rematched_changed
                result.unchanged += orders.rematched - orders.rematched_changed
            batch = ImportBatch(
                file_name=plan.file_name,
                imported_at=now,
                collaborative_id=plan.options.collaborative_id,
                added=result.added,
                updated=result.updated,
                unchanged=result.unchanged,
                errors=len(result.errors),
            )
            s.add(batch)
            s.flush()
            result.batch_id = batch.id
            _refuse_changed_since_preview(s, plan, orders)
            log: list[tuple[Any, ...]] = []
            history = HistoryBatch()
            ids = _insert_contacts(s, orders.new_contacts, now, log, tick)
            _update_contacts(s, orders, now, log, tick)
            added = _insert_memberships(s, orders.new_memberships, ids, now, log, tick)
            _membership_history(s, plan, added, history)
            _update_memberships(s, plan, now, log, tick)
            _contact_history(orders, ids, history)
            # One bulk write, in the import's transaction: its history commits with it.
            history.write(s.connection())
            changes = [(batch.id, *entry) for entry in log]
            _insert_rows(s, ImportChange.__table__, _CHANGE_INSERT, changes, lambda _n: None)
    except IntegrityError as exc:
        raise ConflictError(
            translate(
                "RosterImport",
                "The contacts changed since the preview (an email is now taken). Preview the import again.",
            )
        ) from exc
    if progress is not None:
        progress(total, total)
    return result


def _refuse_changed_since_preview(s, plan: ImportPlan, orders: CheckedOrders) -> None:  # noqa: ANN001
    """A field the import is about to overwrite must still hold what the preview read, or
    someone's edit made since would be overwritten unseen: ConflictError (nothing imported)
    names one of them. ("Fill" leaves a field someone filled meanwhile alone: the re-check has
    already dropped it from orders, so it is no reason to refuse.)

    Runs after the batch row is written, so the rows read here stay as read: SQLite's write lock
    is held by then, and on PostgreSQL the rows are locked (FOR UPDATE) until the import commits.
    """
    contacts = {
        cid: {f: plan.contact_before[cid].get(f) for f in fields if f in plan.contact_before[cid]}
        for cid, fields in orders.contact_updates.items()
        if cid in plan.contact_before
    }
    for model, before in ((Contact, contacts), (Membership, plan.membership_before)):
        ids = list(before)
        for chunk in _chunks(ids):
            table = model.__table__
            query = select(table).where(table.c.id.in_(chunk)).with_for_update()
            for row in s.execute(query):
                expected = before[row.id]
                if any(_stored(getattr(row, f)) != _stored(v) for f, v in expected.items()):
                    raise ConflictError(_changed_since_preview(model, row))


def _stored(value: Any) -> Any:
    return value or "" if value is None or isinstance(value, str) else value


def _changed_since_preview(model: type, row: Any) -> str:
    """ "Alice Kennedy was changed by dana at 14:03 after the preview; ..." for the refusal."""
    if model is Contact:
        what = f"{row.first_name} {row.last_name}".strip() or (row.email or f"contact {row.id}")
    else:
        what = translate("RosterImport", "membership {id}").format(id=row.id)
    return translate(
        "RosterImport",
        "{what} was changed by {who} {when} after the preview, so nothing was imported (the "
        "import would overwrite that change). Preview the file again.",
    ).format(
        what=what,
        who=row.updated_by or translate("RosterImport", "someone"),
        when=when_text(row.updated_at),
    )


def _insert_rows(
    s,  # noqa: ANN001
    table,  # noqa: ANN001
    columns: tuple[str, ...],
    rows: list[tuple],
    tick: Callable,
    constants: dict[str, Any] | None = None,
) -> list[int]:
    """Insert rows (tuples in column order) in bulk; returns their new ids in order.

    constants: columns with the same value in every row (a batch's time stamps), converted for
    the database once rather than per row.
    """
    constants = constants or {}
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        # The server's fastest way: ids drawn from the sequence at once, then rows by COPY.
        from collab_desktop.store.table_copy import insert_with_new_ids

        ids: list[int] = []
        for chunk in _chunks(rows):
            ids.extend(insert_with_new_ids(conn, table, columns, chunk, constants))
            tick(len(chunk))
        return ids
    # On SQLite, RETURNING in parameter order falls back to one statement per row. The batch
    # row written first holds the database's write lock, so the ids after max(id) are ours.
    start = conn.execute(select(func.max(table.c.id))).scalar() or 0
    processors = [
        (i, p)
        for i, c in enumerate(columns)
        if (p := table.c[c].type.bind_processor(conn.dialect)) is not None
    ]
    fixed = tuple(_bound(table.c[c], v, conn.dialect) for c, v in constants.items())
    names = (*columns, *constants)
    sql = f"INSERT INTO {table.name} (id, {', '.join(names)}) VALUES ({', '.join('?' * (len(names) + 1))})"
    next_id = start + 1
    for chunk in _chunks(rows):
        if processors:
            chunk = [_processed(row, processors) for row in chunk]
        params = [(i, *row, *fixed) for i, row in enumerate(chunk, next_id)]
        conn.exec_driver_sql(sql, params)
        next_id += len(params)
        tick(len(chunk))
    return list(range(start + 1, next_id))


def _bound(column, value: Any, dialect) -> Any:  # noqa: ANN001
    """A value as the driver takes it for this column (bool as int, datetime as ISO text)."""
    process = column.type.bind_processor(dialect)
    value = process(value) if process is not None else value
    # The text sqlite3 itself would make of a datetime, made once.
    return value.isoformat(" ") if isinstance(value, datetime) else value


def _processed(row: tuple, processors: list[tuple[int, Callable]]) -> tuple:
    values = list(row)
    for i, process in processors:
        values[i] = process(values[i])
    return tuple(values)


_CONTACT_INSERT = (*CONTACT_TEXT_FIELDS, "email_key")
_MEMBERSHIP_INSERT = ("contact_id", "collaborative_id", "role", "joined_on")
_CHANGE_INSERT = ("batch_id", "entity", "entity_id", "action", "before")


def _added_runs(entity: str, ids: list[int]) -> Iterator[tuple[str, int, str, str]]:
    """Undo-log rows for added ids: one per run of consecutive ids ({"through": last})."""
    start = prev = None
    for i in [*ids, None]:
        if start is not None and i != prev + 1:
            yield entity, start, "added", "{}" if prev == start else json.dumps({"through": prev})
            start = None
        if start is None:
            start = i
        prev = i


def _insert_contacts(s, new_contacts: list[dict], now, log: list, tick: Callable) -> dict[str, int]:  # noqa: ANN001
    rest = itemgetter(*CONTACT_TEXT_FIELDS[3:])
    rows = [
        (
            c["first_name"],
            c["last_name"],
            c["email"] or None,
            *rest(c),
            c["email"].lower() or None,
        )
        for c in new_contacts
    ]
    stamps = {"consent": False, "created_at": now, "updated_at": now, **insert_stamps(s.get_bind())}
    ids = _insert_rows(s, Contact.__table__, _CONTACT_INSERT, rows, tick, stamps)
    log.extend(_added_runs("contact", ids))
    return {c["ref"]: cid for c, cid in zip(new_contacts, ids, strict=True)}


def _grouped_updates(table, updates: dict[int, dict[str, Any]], extra: dict) -> Iterator:  # noqa: ANN001
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, fields in updates.items():
        groups.setdefault(tuple(sorted(fields)), []).append({"b_id": row_id, **fields})
    for keys, rows in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({**{k: bindparam(k) for k in keys}, **extra})
        )
        yield stmt, rows


def _update_contacts(s, plan: CheckedOrders, now, log: list, tick: Callable) -> None:  # noqa: ANN001
    updates = {}
    for cid, fields in plan.contact_updates.items():
        fields = dict(fields)
        if "email" in fields:
            fields["email_key"] = fields["email"].lower() or None
        updates[cid] = fields
        log.append(
            ("contact", cid, "updated", json.dumps(plan.contact_before[cid], ensure_ascii=False))
        )
    extra = {"updated_at": now, **update_stamps(Contact.__table__, s.get_bind())}
    for stmt, rows in _grouped_updates(Contact.__table__, updates, extra):
        for chunk in _chunks(rows):
            s.execute(stmt, chunk)
            tick(len(chunk))


def _contact_history(plan: CheckedOrders, ids: dict[str, int], history: HistoryBatch) -> None:
    """History lines for the contacts the import added and the fields it changed."""
    for c in plan.new_contacts:
        history.add("contacts", None, {**c, "id": ids[c["ref"]]})
    for cid, fields in plan.contact_updates.items():
        history.add("contacts", {**plan.contact_before[cid], "id": cid}, {**fields, "id": cid})


def _membership_history(s, plan: ImportPlan, added: list[tuple], history: HistoryBatch) -> None:  # noqa: ANN001
    """History lines for memberships the import adds, and those it changes (read before)."""
    for contact_id, collaborative_id, role, joined_on in added:
        values = {"contact_id": contact_id, "collaborative_id": collaborative_id}
        history.add("memberships", None, {**values, "role": role, "joined_on": joined_on})
    columns = (
        Membership.id,
        Membership.contact_id,
        Membership.collaborative_id,
        Membership.role,
        Membership.joined_on,
        Membership.active,
    )
    for chunk in _chunks(list(plan.membership_updates)):
        for row in s.execute(select(*columns).where(Membership.id.in_(chunk))).mappings():
            before = dict(row)
            history.add("memberships", before, {**before, **plan.membership_updates[row["id"]]})


def _insert_memberships(
    s, memberships: list[dict], ids: dict[str, int], now, log: list, tick: Callable
) -> list[tuple]:  # noqa: ANN001
    today = clock.today()
    rows = [
        (
            ids[m["ref"]] if isinstance(m["ref"], str) else m["ref"],
            m["collaborative_id"],
            m["role"],
            m["joined_on"] or today,
        )
        for m in memberships
    ]
    stamps = {"active": True, "created_at": now, "updated_at": now, **insert_stamps(s.get_bind())}
    ids_added = _insert_rows(s, Membership.__table__, _MEMBERSHIP_INSERT, rows, tick, stamps)
    log.extend(_added_runs("membership", ids_added))
    return rows


def _update_memberships(s, plan: ImportPlan, now, log: list, tick: Callable) -> None:  # noqa: ANN001
    for mid, before in plan.membership_before.items():
        saved = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in before.items()}
        log.append(("membership", mid, "updated", json.dumps(saved, ensure_ascii=False)))
    extra = {"updated_at": now, **update_stamps(Membership.__table__, s.get_bind())}
    for stmt, rows in _grouped_updates(Membership.__table__, plan.membership_updates, extra):
        s.execute(stmt, rows)
        tick(len(rows))


@paused_gc()
def import_roster(
    db: Database,
    source: Path | str | RosterTable | Future[RosterTable],
    options: ImportOptions | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    waiting: Callable[[str], object] | None = None,
) -> tuple[ImportPlan, ImportResult]:
    """Read, preview and (unless dry_run) apply a roster with the automatic mapping.

    source: the file; its table already read (read_roster; sheet is then ignored); or a read
    still under way (read_roster_in_background), in which case the stored contacts are loaded
    for matching while the file is still being parsed. waiting: told while another import into
    the database holds it up (see apply_import).
    """
    from collab_desktop.io.roster_reader import read_roster
    from collab_desktop.services.rosters.roster_plan import Planner, plan_import
    from collab_desktop.services.rosters.saved_mappings import mapping_for

    options = options or ImportOptions()
    planner = None
    if isinstance(source, Future):
        planner = Planner(db, options)
        table = source.result()
    elif isinstance(source, RosterTable):
        table = source
    else:
        table = read_roster(source, sheet=sheet)
    mapping = mapping_for(db, table)
    plan = plan_import(db, table, mapping, options, planner)
    if dry_run:
        return plan, ImportResult(
            None,
            len(plan.new_contacts),
            plan.count("update"),
            plan.count("unchanged"),
            plan.count("duplicate"),
            [(r.row, r.message) for r in plan.errors],
        )
    return plan, apply_import(db, plan, progress, waiting)
