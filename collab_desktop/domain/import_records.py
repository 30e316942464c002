"""Plain dataclasses for roster imports: the table read, the plan previewed, the result kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from collab_desktop.domain.translation import QT_TRANSLATE_NOOP

POLICIES = ("fill", "overwrite", "skip")
# Shown through translate("ImportRecords", POLICY_LABELS[policy]).
POLICY_LABELS = {
    "fill": QT_TRANSLATE_NOOP("ImportRecords", "Fill empty fields only"),
    "overwrite": QT_TRANSLATE_NOOP("ImportRecords", "Overwrite with the file's values"),
    "skip": QT_TRANSLATE_NOOP("ImportRecords", "Leave existing contacts as they are"),
}
OUTCOMES = ("new", "update", "unchanged", "duplicate", "error")


@dataclass(slots=True)
class RosterTable:
    """One sheet of a roster file from its header row down, with what the reader found."""

    path: Path
    sheet_names: list[str]
    sheet: str
    header_row: int  # zero-based index of the header within the sheet
    headers: list[str]
    rows: list[tuple[int, list[Any]]]  # (row number as the spreadsheet shows it, cells)
    hidden_columns: set[int] = field(default_factory=set)
    all_rows: list[list[Any]] = field(default_factory=list, repr=False)

    @property
    def file_name(self) -> str:
        return self.path.name


@dataclass(slots=True)
class ImportOptions:
    """What to do with existing contacts, and which collaborative people join (optional)."""

    policy: str = "fill"
    collaborative_id: int | None = None
    role: str = ""


@dataclass(slots=True)
class PlannedRow:
    """The outcome one source row will have, shown in the preview before anything is stored."""

    row: int
    outcome: str
    name: str = ""
    email: str = ""
    message: str = ""
    contact_id: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    source: list[Any] = field(default_factory=list, repr=False)

    def describe(self) -> str:
        """The changes or the reason in words, for the preview table."""
        if self.message:
            return self.message
        return "; ".join(
            f"{f}: {old or '(empty)'} -> {new}" for f, (old, new) in self.changes.items()
        )


@dataclass(slots=True)
class ImportPlan:
    """Every row's outcome plus what is needed to apply it in one transaction."""

    file_name: str
    headers: list[str]
    mapping: list[str]
    options: ImportOptions
    rows: list[PlannedRow]
    # Internal work orders built with the plan; apply_import executes them.
    new_contacts: list[dict[str, Any]] = field(default_factory=list, repr=False)
    contact_updates: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    contact_before: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    new_memberships: list[dict[str, Any]] = field(default_factory=list, repr=False)
    membership_updates: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    membership_before: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def errors(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.outcome == "error"]


@dataclass(slots=True)
class ImportResult:
    """What an applied import did."""

    batch_id: int | None
    added: int
    updated: int
    unchanged: int
    duplicates: int
    errors: list[tuple[int, str]]
    # New contacts of the preview that someone else had added meanwhile: matched, not added.
    rematched: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "errors": [{"row": r, "message": m} for r, m in self.errors],
            "rematched": self.rematched,
            "batch_id": self.batch_id,
        }


@dataclass(slots=True)
class ImportBatchRecord:
    """One past import, for the history view."""

    id: int
    file_name: str
    imported_at: datetime
    collaborative_name: str
    added: int
    updated: int
    unchanged: int
    errors: int
    undone_at: datetime | None = None
