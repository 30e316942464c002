"""What a write changed: the kinds of records and their ids, or "many" where ids are not worth sending.

A ChangeSet is what the store reports for every committed transaction and what the window's
views refresh from: a view fetches the changed ids of its kind again, and reloads that kind
fully only when the change set says "many" for it (a bulk write, or everything after a restore).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

# Past this many ids, a kind is reported as "many": a view reloads it rather than fetch each id,
# and a notice to other windows stays small.
MANY_LIMIT = 1000


class Kind(StrEnum):
    """A kind of record; one per table (the values are stable, they may travel between windows)."""

    COLLABORATIVE = "collaborative"
    CONTACT = "contact"
    MEMBERSHIP = "membership"
    SESSION = "session"
    SERIES = "series"
    REGISTRATION = "registration"
    SERIES_REGISTRATION = "series_registration"
    PARTICIPANT_TYPE = "participant_type"
    MEMBERSHIP_ROLE = "membership_role"
    IMPORT_BATCH = "import_batch"
    IMPORT_CHANGE = "import_change"
    SAVED_MAPPING = "saved_mapping"
    TRASH = "trash"
    APP_META = "app_meta"


_NO_IDS: frozenset[Any] = frozenset()


@dataclass(frozen=True)
class ChangeSet:
    """Ids changed per kind, and the kinds changed in bulk ("many": reload that kind fully).

    A kind is either in ``many`` or has ids, never both; an empty ChangeSet is false.
    """

    changed: Mapping[Kind, frozenset[Any]] = field(default_factory=lambda: MappingProxyType({}))
    many: frozenset[Kind] = frozenset()

    def __post_init__(self) -> None:
        ids = {
            Kind(kind): frozenset(values)
            for kind, values in self.changed.items()
            if values and kind not in self.many
        }
        many = set(map(Kind, self.many))
        for kind, values in list(ids.items()):
            if len(values) > MANY_LIMIT:
                many.add(kind)
                del ids[kind]
        object.__setattr__(self, "changed", MappingProxyType(ids))
        object.__setattr__(self, "many", frozenset(many))

    # --- making one -----------------------------------------------------------------------
    @classmethod
    def of(cls, kind: Kind, ids: Iterable[Any]) -> ChangeSet:
        """These records of one kind changed (many of them: the kind becomes "many")."""
        return cls({kind: frozenset(ids)})

    @classmethod
    def many_of(cls, *kinds: Kind) -> ChangeSet:
        """These kinds changed in bulk, ids unknown."""
        return cls(many=frozenset(kinds))

    @classmethod
    def everything(cls) -> ChangeSet:
        """Every kind changed (a new database, a restore): every view reloads."""
        return cls(many=frozenset(Kind))

    @classmethod
    def unseen(cls) -> ChangeSet:
        """Anything may have changed unseen (notices were missed): every view reloads its records.

        Unlike ``everything()`` it is the same database, so ``is_everything()`` stays false and
        what belongs to the database (the undo history, the file's lock) is kept.
        """
        return cls(many=frozenset(k for k in Kind if k is not Kind.APP_META))

    def merge(self, other: ChangeSet) -> ChangeSet:
        """Both change sets in one."""
        if not other:
            return self
        if not self:
            return other
        many = self.many | other.many
        ids = {k: v for k, v in self.changed.items() if k not in many}
        for kind, values in other.changed.items():
            if kind not in many:
                ids[kind] = ids.get(kind, _NO_IDS) | values
        return ChangeSet(ids, many)

    __or__ = merge

    # --- reading one ----------------------------------------------------------------------
    def ids(self, kind: Kind) -> frozenset[Any]:
        """The changed ids of a kind (empty when untouched or "many")."""
        return self.changed.get(kind, _NO_IDS)

    def is_many(self, kind: Kind) -> bool:
        """True when the kind changed in bulk: views reload it fully."""
        return kind in self.many

    def touches(self, *kinds: Kind) -> bool:
        """True when any of these kinds changed (by id or in bulk)."""
        return any(k in self.many or k in self.changed for k in kinds)

    @property
    def kinds(self) -> frozenset[Kind]:
        """Every kind that changed."""
        return self.many | frozenset(self.changed)

    def is_everything(self) -> bool:
        """True when every kind changed in bulk (the whole database was replaced)."""
        return len(self.many) == len(Kind)

    def __bool__(self) -> bool:
        return bool(self.many or self.changed)

    def __hash__(self) -> int:
        return hash((frozenset(self.changed.items()), self.many))

    def __repr__(self) -> str:
        parts = [f"{k.value}={sorted(v, key=str)}" for k, v in sorted(self.changed.items())]
        parts += [f"{k.value}=many" for k in sorted(self.many)]
        return f"ChangeSet({', '.join(parts)})"
