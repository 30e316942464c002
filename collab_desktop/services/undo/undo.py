"""Changes that can be undone and redone: edits, creations, deletes (single or bulk), records put
back from the trash and roster imports.

Each change keeps what it needs to go both ways (the record before and after an edit, the trash
item of a delete), so the window's undo stack only calls ``undo(db)`` and ``redo(db)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from collab_desktop.domain.import_records import ImportPlan, ImportResult
from collab_desktop.domain.translation import translate
from collab_desktop.services.directory import collaboratives, contacts
from collab_desktop.services.safety.trash import (
    ROOTS,
    TrashRestore,
    delete_to_trash,
    delete_to_trash_in,
    restore_from_trash,
)
from collab_desktop.services.sessions import registrations, sessions, waitlist
from collab_desktop.services.undo.stale import (
    expect_places,
    expect_record,
    expect_records,
    expect_trash,
)
from collab_desktop.store.database import Database

SAVERS: dict[str, Callable[[Database, Any], Any]] = {
    "contact": contacts.save_contact,
    "collaborative": collaboratives.save_collaborative,
    "session": sessions.save_session,
}
GETTERS: dict[str, Callable[[Database, Any], Any]] = {
    "contact": contacts.get_contact,
    "collaborative": collaboratives.get_collaborative,
    "session": sessions.get_session,
}
# Links between records are "removed", records "deleted"; both go to the trash.
_LINKS = {"membership": "memberships", "registration": "registrations"}


class Change(Protocol):
    """Something done to the database that can be reverted and done again."""

    kind: str
    text: str

    def undo(self, db: Database) -> list[Any]: ...

    def redo(self, db: Database) -> list[Any]: ...


def _name(kind: str, rec: Any) -> str:
    if kind == "contact":
        return rec.display_name or translate("Undo", "(no name)")
    if kind == "session":
        return rec.title
    return rec.name


@dataclass
class EditChange:
    """A saved edit: undo saves the record as it was, redo saves it as it became."""

    kind: str
    before: Any
    after: Any
    text: str = ""

    def __post_init__(self) -> None:
        self.text = self.text or translate("Undo", "edit {name}").format(
            name=_name(self.kind, self.after)
        )

    def undo(self, db: Database) -> list[Any]:
        label = _name(self.kind, self.after)
        stored = expect_record(db, self.kind, self.after, label, "undo", GETTERS[self.kind])
        # Based on the version just checked: a save by someone else in between is refused
        # (StaleRecord) rather than undone too.
        return [SAVERS[self.kind](db, replace(self.before, version=stored.version)).id]

    def redo(self, db: Database) -> list[Any]:
        label = _name(self.kind, self.before)
        stored = expect_record(db, self.kind, self.before, label, "redo", GETTERS[self.kind])
        return [SAVERS[self.kind](db, replace(self.after, version=stored.version)).id]


@dataclass
class CreateChange:
    """A new record: undo moves it to the trash, redo takes it back out."""

    kind: str
    record_id: Any
    text: str = ""
    trash_id: int | None = None
    # The record as the creation left it, to refuse an undo once someone else changed it.
    after: Any = None

    @property
    def label(self) -> str:
        return _name(self.kind, self.after) if self.after is not None else self.text

    def undo(self, db: Database) -> list[Any]:
        if self.after is not None:
            self.after.id = self.record_id
            expect_record(db, self.kind, self.after, self.label, "undo", GETTERS[self.kind])
        else:
            expect_records(db, self.kind, [self.record_id], self.label, "undo")
        self.trash_id = delete_to_trash(db, self.kind, [self.record_id]).id
        return [self.record_id]

    def redo(self, db: Database) -> list[Any]:
        assert self.trash_id is not None
        expect_trash(db, [self.trash_id], self.label, "redo")
        (self.record_id,) = restore_from_trash(db, self.trash_id).ids
        self.trash_id = None
        return [self.record_id]


@dataclass
class DeleteChange:
    """A delete to the trash (one record or many as one item): undo restores it, redo deletes again."""

    kind: str
    ids: list[Any]
    trash_id: int | None
    text: str = ""
    label: str = ""

    def undo(self, db: Database) -> list[Any]:
        assert self.trash_id is not None
        expect_trash(db, [self.trash_id], self.label or self.text, "undo")
        self.ids = restore_from_trash(db, self.trash_id).ids
        self.trash_id = None
        return self.ids

    def redo(self, db: Database) -> list[Any]:
        expect_records(db, self.kind, self.ids, self.label or self.text, "redo")
        self.trash_id = delete_to_trash(db, self.kind, self.ids).id
        return self.ids


def save_with_undo(db: Database, kind: str, record: Any) -> tuple[Any, Change]:
    """Save a record (new or edited) and return it with the change that reverts the save."""
    before = GETTERS[kind](db, record.id) if record.id is not None else None
    saved = SAVERS[kind](db, record)
    if before is None:
        return saved, CreateChange(kind, saved.id, f"add {_name(kind, saved)}", after=saved)
    return saved, EditChange(kind, before, saved)


def edit_change(kind: str, before: Any, after: Any) -> Change:
    """The change for a save already done: an edit when there was a before, else a creation."""
    if before is None:
        return CreateChange(kind, after.id, f"add {_name(kind, after)}", after=after)
    return EditChange(kind, before, after)


def delete_with_undo(db: Database, kind: str, ids: Sequence[Any]) -> Change:
    """Delete records to the trash as one item (backed up first when there are several).

    Memberships and registrations are links, not records: removing several is not backed up,
    as the trash item and the undo step already hold all of them.
    """
    if kind == "contact":
        entry = contacts.delete_contacts(db, ids)
    else:
        if len(set(ids)) > 1 and kind not in _LINKS:
            from collab_desktop.services.safety.backups import backup_before

            backup_before(db, "before-bulk-delete")
        entry = delete_to_trash(db, kind, ids)
    verb = "remove" if kind in _LINKS else "delete"
    many = _LINKS.get(kind, f"{kind}s")
    text = f"{verb} {entry.label}" if len(ids) == 1 else f"{verb} {len(ids)} {many}"
    return DeleteChange(kind, list(ids), entry.id, text, entry.label)


@dataclass
class StatusChange:
    """Registrations marked attended, absent or cancelled: undo gives back each earlier mark."""

    before: registrations.Marks
    after: registrations.Marks
    text: str
    kind: str = "registration"
    # People a cancellation moved up from the waitlist, to tell the user who they are.
    promoted: list[waitlist.Moved] = field(default_factory=list)

    def undo(self, db: Database) -> list[Any]:
        expect_places(db, self.after, "undo")
        return registrations.put_statuses(db, self.before)

    def redo(self, db: Database) -> list[Any]:
        expect_places(db, self.before, "redo")
        return registrations.put_statuses(db, self.after)


def set_status_with_undo(
    db: Database,
    registration_ids: Sequence[int],
    status: str,
    versions: dict[int, int] | None = None,
) -> Change:
    """Mark registrations (one transaction) and return the change that puts the old marks back.

    versions: the ones the list showed; a registration changed since refuses (StaleRecord).
    """
    before, after = registrations.set_statuses(db, registration_ids, status, versions)
    n = len(set(registration_ids))
    text = f"mark {n} {'registration' if n == 1 else 'registrations'} {status}"
    promoted = waitlist.moved_up(db, before, after)
    if promoted:
        text += translate("Undo", " ({value} moved up)").format(
            value=", ".join(m.name for m in promoted)
        )
    return StatusChange(before, after, text, promoted=promoted)


@dataclass
class RestoreChange:
    """Trash items put back: undo moves their records to the trash again, redo puts them back."""

    restored: list[TrashRestore]
    text: str = ""
    # The trash items holding them again while the change is undone.
    trash_ids: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.text:
            count = len(self.restored)
            if count == 1:
                self.text = translate("Undo", "put back {label}").format(
                    label=self.restored[0].label
                )
            else:
                self.text = translate("Undo", "put back %n items", None, count)

    @property
    def kind(self) -> str:
        return self.restored[0].kind

    @property
    def also(self) -> tuple[str, ...]:
        """Every other kind: a contact put back brings its memberships and registrations."""
        return tuple(k for k in ROOTS if k != self.kind)

    def undo(self, db: Database) -> list[Any]:
        for r in self.restored:
            expect_records(db, r.kind, r.ids, r.label, "undo")
        with db.session() as s:  # all of them or none
            self.trash_ids = [delete_to_trash_in(s, r.kind, r.ids).id for r in self.restored]
        return self._ids()

    def redo(self, db: Database) -> list[Any]:
        expect_trash(db, self.trash_ids, self.text, "redo")
        self.restored = [restore_from_trash(db, trash_id) for trash_id in self.trash_ids]
        self.trash_ids = []
        return self._ids()

    def _ids(self) -> list[Any]:
        return [i for r in self.restored if r.kind == self.kind for i in r.ids]


@dataclass
class RosterImportChange:
    """A roster import: undo takes it back (import history), redo applies the same preview again."""

    plan: ImportPlan
    result: ImportResult
    undone: bool = False
    kind: str = "contact"
    also: tuple[str, ...] = ("membership", "registration", "collaborative")

    @property
    def text(self) -> str:
        return f"import {self.plan.file_name}"

    def undo(self, db: Database) -> list[Any]:
        from collab_desktop.services.rosters.import_history import undo_import

        assert self.result.batch_id is not None
        undo_import(db, self.result.batch_id)
        self.undone = True
        return []

    def redo(self, db: Database) -> list[Any]:
        from collab_desktop.services.rosters.roster_import import apply_import

        self.result = apply_import(db, self.plan)  # a new batch in the import history
        self.undone = False
        return []
