"""Preview a roster import: each row's outcome (new, update, unchanged, duplicate, error).

Matching: the contact id column of our own export first, then the trimmed lower-cased email,
then (for rows without an email) a first+last name that matches exactly one contact. Nothing is
written here; apply_import in roster_import.py carries out the plan in one transaction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select

from collab_desktop.domain.bulk import paused_gc
from collab_desktop.domain.import_records import (
    POLICIES,
    ImportOptions,
    ImportPlan,
    PlannedRow,
    RosterTable,
)
from collab_desktop.domain.records import CONTACT_TEXT_FIELDS
from collab_desktop.domain.translation import translate
from collab_desktop.domain.validation import email_problem
from collab_desktop.domain.vocab import vocabulary_label
from collab_desktop.io.roster_mapping import IGNORE, cell_date, make_extractor
from collab_desktop.services.errors import NotFoundError, ValidationError
from collab_desktop.store.database import Database
from collab_desktop.store.models import Collaborative, Contact, Membership

# Dot-atom local part of letters and digits of any script plus RFC 5322's specials.
_LOCAL_PART = re.compile(r"^[\w!#$%&'*+/=?^`{|}~-]+(\.[\w!#$%&'*+/=?^`{|}~-]+)*\Z")
_ID_AND_FIELDS = ("id", *CONTACT_TEXT_FIELDS)
_CONTACT_COLUMNS = (
    Contact.id,
    *(func.coalesce(getattr(Contact, f), "").label(f) for f in CONTACT_TEXT_FIELDS),
)


@lru_cache(maxsize=4096)
def _domain_problem(domain: str) -> str | None:
    return email_problem(f"a@{domain}")


def fast_email_problem(email: str) -> str | None:
    """email_problem, with the common plain address checked by a pattern and a domain cache."""
    local, at, domain = email.rpartition("@")
    plain = at and len(local) <= 64 and len(email) <= 254 and _LOCAL_PART.match(local)
    if plain and _domain_problem(domain.lower()) is None:
        return None
    return email_problem(email)


def name_key(first: str, last: str) -> tuple[str, str]:
    """A first and last name compared case-blind and without the spaces around them."""
    return first.strip().casefold(), last.strip().casefold()


class Planner:
    """Walks the rows once, keeping the state each contact will have after earlier rows.

    Made with the stored contacts, memberships and collaboratives loaded; one per plan.
    """

    def __init__(self, db: Database, options: ImportOptions) -> None:
        self.options = options
        self.fields: dict[Any, dict[str, Any]] = {}  # contact ref -> current field values
        self.by_email: dict[str, Any] = {}
        # Built only when a row without email needs it (most rosters have emails throughout).
        self.by_name: dict[tuple[str, str], list[Any]] = defaultdict(list)
        self._unnamed: list[Any] = []
        self.memberships: dict[tuple[Any, int], dict[str, Any]] = {}
        self.collab_ids: dict[str, int] = {}
        self.seen: set[tuple[Any, int | None]] = set()
        with db.session() as s:
            # Core rows, blanks made "" by SQLite: no ORM loading and no per-value Python work.
            conn = s.connection()
            fields, by_email = self.fields, self.by_email
            for row in conn.execute(select(*_CONTACT_COLUMNS)).all():
                fields[row[0]] = current = dict(zip(_ID_AND_FIELDS, row, strict=True))
                del current["id"]
                key = current["email"].strip().lower()
                if key:
                    by_email[key] = row[0]
            self._unnamed.extend(fields)
            for cid, name, short in conn.execute(
                select(Collaborative.id, Collaborative.name, Collaborative.short_name)
            ):
                self.collab_ids[name.strip().lower()] = cid
                if short.strip():
                    self.collab_ids.setdefault(short.strip().lower(), cid)
            for mid, contact_id, collab_id, role, joined in conn.execute(
                select(
                    Membership.id,
                    Membership.contact_id,
                    Membership.collaborative_id,
                    Membership.role,
                    Membership.joined_on,
                )
            ):
                self.memberships[(contact_id, collab_id)] = {
                    "id": mid,
                    "role": role,
                    "joined_on": joined,
                }
            if options.collaborative_id is not None:
                exists = s.scalar(
                    select(func.count()).where(Collaborative.id == options.collaborative_id)
                )
                if not exists:
                    raise NotFoundError(
                        translate(
                            "RosterPlan", "No collaborative with id {collaborative_id}."
                        ).format(collaborative_id=options.collaborative_id)
                    )

    def _names(self) -> dict[tuple[str, str], list[Any]]:
        for ref in self._unnamed:
            values = self.fields[ref]
            if values["first_name"] or values["last_name"]:
                self.by_name[name_key(values["first_name"], values["last_name"])].append(ref)
        self._unnamed.clear()
        return self.by_name

    def match(self, values: dict[str, Any]) -> tuple[Any, str]:
        """(contact ref or None, note) for a row's values."""
        note = ""
        raw_id = values.get("contact_id", "")
        if raw_id:
            try:
                ref = int(raw_id)
            except ValueError:
                ref = None
            if ref in self.fields and not isinstance(ref, str):
                return ref, ""
            note = translate(
                "RosterPlan",
                "Contact id {raw_id} is not in this database; matched by email or name.",
            ).format(raw_id=raw_id)
        key = values.get("email", "").lower()
        if key:
            return self.by_email.get(key), note
        first, last = values.get("first_name", ""), values.get("last_name", "")
        candidates = self._names().get(name_key(first, last), [])
        if len(candidates) == 1:
            return candidates[0], note
        if len(candidates) > 1:
            return None, translate(
                "RosterPlan", "Several contacts are called {first} {last}; added as a new contact."
            ).format(first=first, last=last)
        return None, note


@paused_gc()
def plan_import(
    db: Database,
    table: RosterTable,
    mapping: list[str],
    options: ImportOptions,
    planner: Planner | None = None,
) -> ImportPlan:
    """The outcome of every row if the roster were imported now; changes nothing.

    planner: a fresh Planner(db, options) loaded beforehand (import_roster loads the stored
    contacts while the file is still being read); by default one is made here.
    """
    if options.policy not in POLICIES:
        raise ValidationError(
            {
                "policy": translate("RosterPlan", "Choose one of: {policies}.").format(
                    policies=", ".join(POLICIES)
                )
            }
        )
    mapped = set(mapping) - {IGNORE}
    if not mapped & {"email", "first_name", "last_name", "full_name", "full_name_last_first"}:
        raise ValidationError(
            {
                "mapping": translate(
                    "RosterPlan", "Map at least one column to Email, a name field or Full name."
                )
            }
        )
    planner = planner or Planner(db, options)
    plan = ImportPlan(table.file_name, list(table.headers), list(mapping), options, [])
    extract = make_extractor(mapping)
    add = plan.rows.append
    for number, cells in table.rows:
        add(_plan_row(planner, plan, number, cells, extract(cells)))
    return plan


def _row_error(number: int, values: dict[str, Any], cells: list[Any], message: str) -> PlannedRow:
    first, last = values.get("first_name", ""), values.get("last_name", "")
    name = f"{first} {last}" if first and last else first or last
    return PlannedRow(number, "error", name, values.get("email", ""), message, source=cells)


_BLANK_CONTACT = dict.fromkeys(CONTACT_TEXT_FIELDS, "")
_CONTACT_FIELD_COUNT = len(CONTACT_TEXT_FIELDS)


def _contact_values(values: dict[str, Any]) -> dict[str, Any]:
    """The row's contact fields (no collaborative, role, date or id), without copying if it can."""
    if values.keys() <= _BLANK_CONTACT.keys():
        return values
    return {f: v for f, v in values.items() if f in _BLANK_CONTACT}


def _plan_row(
    planner: Planner, plan: ImportPlan, number: int, cells: list[Any], values: dict[str, Any]
) -> PlannedRow:
    get = values.get
    email = get("email", "")
    first, last = get("first_name", ""), get("last_name", "")
    if not (first or last or email):
        return _row_error(number, values, cells, translate("RosterPlan", "No name and no email."))
    if email:
        problem = fast_email_problem(email)
        if problem:
            return _row_error(number, values, cells, problem)
    joined = None
    if "joined_on" in values:
        try:
            joined = cell_date(values["joined_on"])
        except ValueError as exc:
            return _row_error(
                number,
                values,
                cells,
                translate("RosterPlan", "Joined date: {exc}.").format(exc=exc),
            )
    collab_id = planner.options.collaborative_id
    if get("collaborative"):
        collab_id = planner.collab_ids.get(values["collaborative"].lower())
        if collab_id is None:
            return _row_error(
                number,
                values,
                cells,
                translate("RosterPlan", "No collaborative called {value!r}.").format(
                    value=values["collaborative"]
                ),
            )
    key = email.lower()
    if key and "contact_id" not in values:
        ref, note = planner.by_email.get(key), ""  # the common case of match(), inline
    else:
        ref, note = planner.match(values)
    if ref is not None:
        if (ref, collab_id) in planner.seen:
            dup = _row_error(
                number,
                values,
                cells,
                translate("RosterPlan", "Duplicate of an earlier row in this file."),
            )
            dup.outcome, dup.contact_id = "duplicate", ref if isinstance(ref, int) else None
            return dup
        if key and key != planner.fields[ref]["email"].lower():
            owner = planner.by_email.get(key)
            if owner is not None and owner != ref:
                return _row_error(
                    number,
                    values,
                    cells,
                    translate("RosterPlan", "{email} already belongs to another contact.").format(
                        email=email
                    ),
                )
    if ref is None:
        ref = f"new{len(plan.new_contacts)}"
        full = {**_BLANK_CONTACT, **values}
        if len(full) != _CONTACT_FIELD_COUNT:
            full = {f: full[f] for f in CONTACT_TEXT_FIELDS}
        planner.fields[ref] = full
        if key:
            planner.by_email[key] = ref
        planner._unnamed.append(ref)
        full["ref"] = ref
        plan.new_contacts.append(full)
        outcome, changes = "new", {}
    else:
        changes = field_changes(
            planner.fields[ref], _contact_values(values), planner.options.policy
        )
        if len(changes) > 1:  # in the contact form's field order, whatever the column order
            changes = {f: changes[f] for f in CONTACT_TEXT_FIELDS if f in changes}
        if changes:
            _record_contact_changes(planner, plan, ref, changes)
        outcome = "update" if changes else "unchanged"
    planner.seen.add((ref, collab_id))
    if collab_id is not None:
        role = get("role") or planner.options.role or "member"
        if _plan_membership(planner, plan, ref, collab_id, role, joined, values, changes):
            outcome = "update" if outcome == "unchanged" else outcome
    return PlannedRow(
        number,
        outcome,
        f"{first} {last}" if first and last else first or last,
        email,
        note,
        ref if isinstance(ref, int) else None,
        changes if outcome != "new" else {},
        cells,
    )


def field_changes(current: dict[str, Any], incoming: dict[str, Any], policy: str) -> dict:
    """Field -> (old, new) for the fields the policy changes; emails compare case-blind."""
    if policy == "fill":
        # An empty value (an "anonymous" email, the missing last name of a one-word full
        # name) fills nothing: it is no change.
        return {f: (old, new) for f, new in incoming.items() if new and not (old := current[f])}
    if policy != "overwrite":
        return {}
    changes = {}
    for f, new in incoming.items():
        old = current[f]
        if old != new and not (f == "email" and old.lower() == new.lower()):
            changes[f] = (old, new)
    return changes


def _record_contact_changes(planner: Planner, plan: ImportPlan, ref: Any, changes: dict) -> None:
    current = planner.fields[ref]
    if isinstance(ref, int):
        before = plan.contact_before.setdefault(ref, {})
        for f, (old, _new) in changes.items():
            before.setdefault(f, old)
        plan.contact_updates.setdefault(ref, {}).update({f: n for f, (_o, n) in changes.items()})
    else:
        plan.new_contacts[int(ref[3:])].update({f: n for f, (_o, n) in changes.items()})
    if "email" in changes:
        planner.by_email.pop(current["email"].lower(), None)
        planner.by_email[changes["email"][1].lower()] = ref
    current.update({f: n for f, (_o, n) in changes.items()})


def _plan_membership(
    planner: Planner,
    plan: ImportPlan,
    ref: Any,
    collab_id: int,
    role: str,
    joined: date | None,
    values: dict[str, Any],
    changes: dict,
) -> bool:
    """Add or adjust the row's membership; True when something will change."""
    existing = planner.memberships.get((ref, collab_id))
    if existing is None:
        item = {"ref": ref, "collaborative_id": collab_id, "role": role, "joined_on": joined}
        plan.new_memberships.append(item)
        planner.memberships[(ref, collab_id)] = {"id": None, "role": role, "joined_on": joined}
        changes["membership"] = (
            "",
            translate("RosterPlan", "joins as {role}").format(role=vocabulary_label(role)),
        )
        return True
    if existing["id"] is None or planner.options.policy == "skip":
        return False
    updates = {}
    if values.get("role") and planner.options.policy == "overwrite" and role != existing["role"]:
        updates["role"] = role
    if joined is not None and (
        existing["joined_on"] is None
        or (planner.options.policy == "overwrite" and joined != existing["joined_on"])
    ):
        updates["joined_on"] = joined
    if not updates:
        return False
    mid = existing["id"]
    before = plan.membership_before.setdefault(mid, {})
    for f, new in updates.items():
        before.setdefault(f, existing[f])
        changes[f] = (existing[f] or "", new)
    plan.membership_updates.setdefault(mid, {}).update(updates)
    existing.update(updates)
    return True
