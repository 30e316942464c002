"""Unsaved form contents kept on this computer while the team database cannot be reached.

When a save fails because the server went away, or the window closes with edits it could not
save, the forms' records are written to a small JSON file in the per-user data folder, one file
per database (named from its address without the password). The next window on that database
offers them back. Writes are atomic (a temporary file, then a rename), so a crash leaves either
the old file or the new one, never half of one.

A form kept from the session editor also holds what the editor adds to the session: the repeat
pattern typed or changed there and the follow-up plan of a new session (format 2; files of
format 1, without them, still load as forms of the record tabs).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from collab_desktop import paths
from collab_desktop.domain import clock
from collab_desktop.domain.database_address import without_password
from collab_desktop.domain.records import (
    STAMP_FIELDS,
    CollaborativeRecord,
    ContactRecord,
    SessionRecord,
)
from collab_desktop.domain.series_records import FollowupPlan
from collab_desktop.domain.translation import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

FORMAT = 2
FOLDER = "kept work"
# The records a form can hold, by the kind the window's tabs use.
RECORD_TYPES: dict[str, type] = {
    "contact": ContactRecord,
    "collaborative": CollaborativeRecord,
    "session": SessionRecord,
}
# Where a form was typed: a record tab's form, or the session editor (a dialog).
TAB = "tab"
EDITOR = "editor"
# What the session editor holds beyond the record, named in "changed" like its fields.
RECURRENCE = "recurrence"
FOLLOWUP_PLAN = "followup_plan"
# Fields a form shows but never edits: left out of "what changed".
_NOT_EDITED = {
    "id",
    *STAMP_FIELDS,
    "collaboratives",
    "member_count",
    "collaborative_name",
    "registered_count",
    "held_on_old_day",
}
# The fields as the offer names them (translated when shown).
FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("KeptWork", "first name"),
    "last_name": QT_TRANSLATE_NOOP("KeptWork", "last name"),
    "email": QT_TRANSLATE_NOOP("KeptWork", "email"),
    "phone": QT_TRANSLATE_NOOP("KeptWork", "phone"),
    "organization": QT_TRANSLATE_NOOP("KeptWork", "organization"),
    "department": QT_TRANSLATE_NOOP("KeptWork", "department"),
    "job_title": QT_TRANSLATE_NOOP("KeptWork", "job title"),
    "participant_type": QT_TRANSLATE_NOOP("KeptWork", "participant type"),
    "notes": QT_TRANSLATE_NOOP("KeptWork", "notes"),
    "consent": QT_TRANSLATE_NOOP("KeptWork", "consent"),
    "name": QT_TRANSLATE_NOOP("KeptWork", "name"),
    "short_name": QT_TRANSLATE_NOOP("KeptWork", "short name"),
    "kind": QT_TRANSLATE_NOOP("KeptWork", "kind"),
    "focus": QT_TRANSLATE_NOOP("KeptWork", "focus"),
    "status": QT_TRANSLATE_NOOP("KeptWork", "status"),
    "start_date": QT_TRANSLATE_NOOP("KeptWork", "start date"),
    "sponsor": QT_TRANSLATE_NOOP("KeptWork", "sponsor"),
    "description": QT_TRANSLATE_NOOP("KeptWork", "description"),
    "colour": QT_TRANSLATE_NOOP("KeptWork", "colour"),
    "collaborative_id": QT_TRANSLATE_NOOP("KeptWork", "collaborative"),
    "title": QT_TRANSLATE_NOOP("KeptWork", "title"),
    "start": QT_TRANSLATE_NOOP("KeptWork", "start"),
    "end": QT_TRANSLATE_NOOP("KeptWork", "end"),
    "location": QT_TRANSLATE_NOOP("KeptWork", "location"),
    "presenters": QT_TRANSLATE_NOOP("KeptWork", "presenters"),
    "capacity": QT_TRANSLATE_NOOP("KeptWork", "capacity"),
    "restricted_role": QT_TRANSLATE_NOOP("KeptWork", "open to"),
    "cancelled": QT_TRANSLATE_NOOP("KeptWork", "cancelled"),
    "series_id": QT_TRANSLATE_NOOP("KeptWork", "series"),
    "followup_of_id": QT_TRANSLATE_NOOP("KeptWork", "follow-up"),
    RECURRENCE: QT_TRANSLATE_NOOP("KeptWork", "recurrence"),
    FOLLOWUP_PLAN: QT_TRANSLATE_NOOP("KeptWork", "follow-up session"),
}
# A session shows its collaborative's colour; a collaborative's own colour is edited.
_SHOWN_ONLY: dict[type, set[str]] = {SessionRecord: {"colour"}}


@dataclass(slots=True)
class KeptForm:
    """One form's unsaved record: its kind, a name to show, and the fields the user changed;
    from the session editor also its repeat pattern and follow-up plan."""

    kind: str
    record: Any  # a ContactRecord, CollaborativeRecord or SessionRecord
    label: str
    changed: list[str] = field(default_factory=list)
    source: str = TAB  # TAB or EDITOR: where it goes back to
    rule: str | None = None  # the editor's repeat pattern, when typed or changed there
    followup: FollowupPlan | None = None  # the follow-up plan of a new session in the editor
    # What the changed fields held when the edits began: a restore compares them with the
    # stored record, so a field someone else changed meanwhile shows as changed by both.
    before: dict[str, Any] = field(default_factory=dict)

    @property
    def record_id(self) -> int | None:
        return getattr(self.record, "id", None)

    @property
    def from_editor(self) -> bool:
        return self.source == EDITOR

    @property
    def key(self) -> tuple[str, int | None, str]:
        """Which record it is, and where it was typed: a newer copy replaces an older one (the
        editor's and a tab's edits of one session are both kept)."""
        return (self.kind, self.record_id, self.source)

    def summary(self) -> str:
        """'contact Ana Ruiz (organization, notes)': what the offer lists."""
        fields = ", ".join(
            translate("KeptWork", FIELD_NAMES[n]) if n in FIELD_NAMES else n.replace("_", " ")
            for n in self.changed
        )
        if self.kind == "contact":
            text = translate("KeptWork", "contact {name} ({fields})")
        elif self.kind == "collaborative":
            text = translate("KeptWork", "collaborative {name} ({fields})")
        elif self.from_editor and self.record_id is None:
            text = translate("KeptWork", "session editor: new session {name} ({fields})")
        elif self.from_editor:
            text = translate("KeptWork", "session editor: {name} ({fields})")
        else:
            text = translate("KeptWork", "session {name} ({fields})")
        if self.record_id is None and not self.from_editor:
            text = translate("KeptWork", "new {what}").format(what=text)
        return text.format(name=self.label, fields=fields)


@dataclass(slots=True)
class KeptWork:
    """What was kept for one database, and when."""

    database: str  # the address without the password
    saved_at: datetime
    forms: list[KeptForm]


def changed_fields(before: Any | None, after: Any) -> list[str]:
    """The edited fields that differ between the stored record and the form's (all set ones
    for a new record)."""
    skip = _NOT_EDITED | _SHOWN_ONLY.get(type(after), set())
    names = [f.name for f in dataclasses.fields(after) if f.name not in skip]
    if before is None:
        blank = type(after)()
        return [n for n in names if getattr(after, n) != getattr(blank, n)]
    return [n for n in names if getattr(before, n) != getattr(after, n)]


def typed_over(before: Any | None, changed: list[str]) -> dict[str, Any]:
    """The values the changed fields of before held (what the user typed over)."""
    if before is None:
        return {}
    return {n: getattr(before, n) for n in changed if hasattr(before, n)}


def edit_base(stored: Any, form: KeptForm, fields: Iterable[str]) -> Any:
    """The record the kept edits started from, as far as the file tells: the stored record with
    the fields the user left alone as they were then, the changed ones as they were before the
    typing (when the file says), and the version then. Saved on that version, a record changed
    meanwhile is refused and its merge sees what the others changed, in any field."""
    typed = form.record
    then = {n: getattr(typed, n) for n in fields if n not in form.changed}
    then.update({n: v for n, v in form.before.items() if n in fields})
    return dataclasses.replace(stored, **then, version=typed.version)


def kept_work_path(url: str) -> Path:
    """The file for the database at url: named by a digest of its address without password."""
    address = without_password(url)
    digest = hashlib.sha256(address.encode("utf-8")).hexdigest()[:24]
    folder = paths.data_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{digest}.json"


def merged(older: list[KeptForm], newer: list[KeptForm]) -> list[KeptForm]:
    """older's forms, each replaced by newer's of the same record, then newer's other forms."""
    keys = {f.key for f in newer if f.record_id is not None}
    return [f for f in older if f.record_id is None or f.key not in keys] + list(newer)


def keep_work(url: str, forms: list[KeptForm]) -> Path | None:
    """Write forms for the database at url (atomically); no forms removes the file."""
    path = kept_work_path(url)
    if not forms:
        discard_kept_work(url)
        return None
    data = {
        "format": FORMAT,
        "database": without_password(url),
        "saved_at": clock.now().isoformat(),
        "forms": [_form_to_json(f) for f in forms],
    }
    text = json.dumps(data, ensure_ascii=False, indent=1)
    handle, tmp = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_kept_work(url: str) -> KeptWork | None:
    """What was kept for the database at url, or None (none kept, or a file that cannot be
    read: it is then left in place for a person to look at, and logged)."""
    path = kept_work_path(url)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        forms = [_form_from_json(item) for item in data["forms"]]
        saved_at = datetime.fromisoformat(data["saved_at"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("kept work in %s cannot be read: %s", path, exc)
        return None
    forms = [f for f in forms if f is not None]
    if not forms:
        return None
    return KeptWork(str(data.get("database", "")), saved_at, forms)


def discard_kept_work(url: str) -> None:
    """Remove what was kept for the database at url."""
    kept_work_path(url).unlink(missing_ok=True)


# --- JSON ------------------------------------------------------------------------------------
def _form_to_json(form: KeptForm) -> dict[str, Any]:
    values = {
        f.name: _value_to_json(getattr(form.record, f.name))
        for f in dataclasses.fields(form.record)
    }
    item: dict[str, Any] = {
        "kind": form.kind,
        "label": form.label,
        "changed": form.changed,
        "record": values,
        "source": form.source,
    }
    if form.rule is not None:
        item["rule"] = form.rule
    if form.followup is not None:
        item["followup"] = dataclasses.asdict(form.followup)
    if form.before:
        item["before"] = {name: _value_to_json(v) for name, v in form.before.items()}
    return item


def _form_from_json(item: dict[str, Any]) -> KeptForm | None:
    record_type = RECORD_TYPES.get(item["kind"])
    if record_type is None:
        return None  # a kind a later release keeps: not this one's to restore
    known = {f.name: f for f in dataclasses.fields(record_type)}
    values = {
        name: _value_from_json(value) for name, value in item["record"].items() if name in known
    }
    followup = item.get("followup")
    if followup is not None:
        plan_fields = {f.name for f in dataclasses.fields(FollowupPlan)}
        followup = FollowupPlan(**{k: v for k, v in followup.items() if k in plan_fields})
    rule = item.get("rule")
    before = {
        name: _value_from_json(value)
        for name, value in (item.get("before") or {}).items()
        if name in known
    }
    return KeptForm(
        item["kind"],
        record_type(**values),
        str(item["label"]),
        list(item["changed"]),
        # Format 1 kept no source: its forms went back to the tabs.
        source=EDITOR if item.get("source") == EDITOR else TAB,
        rule=str(rule) if rule else None,
        followup=followup,
        before=before,
    )


def _value_to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _value_from_json(value: Any) -> Any:
    if isinstance(value, dict):
        if "datetime" in value:
            return datetime.fromisoformat(value["datetime"])
        if "date" in value:
            return date.fromisoformat(value["date"])
    return value
